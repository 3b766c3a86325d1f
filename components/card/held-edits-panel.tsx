"use client";

import { useState } from "react";
import { discardHeldCardEditsAction, publishHeldCardEditsAction } from "@/lib/actions/card-actions";
import type { EditableCardSection } from "@/lib/domain/card-diff";
import type { VoteReset } from "@/lib/domain/vote-resets";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { VoteResetConfirm } from "@/components/forms/vote-reset-confirm";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useCardRefresh } from "./card-refresh";

export type HeldSectionView = { section: EditableCardSection; title: string; conflict: boolean };

/**
 * The caller's held card edits (lib/dal/cards/held-edits.ts), above the section editors: which
 * sections wait, then "Publish as one revision" (one re-pin, confirmed like a save when it resets
 * votes) or "Discard" (after a confirmation: held work is lost). Only its author sees this.
 */
export function HeldEditsPanel({
  projectId,
  edits,
  voteResets,
}: {
  projectId: string;
  edits: readonly HeldSectionView[];
  voteResets: readonly VoteReset[];
}) {
  const { refresh, refreshing } = useCardRefresh();
  const [step, setStep] = useState<"idle" | "confirm-publish" | "confirm-discard">("idle");
  /** The one section whose held edit waits for "Yes, discard". */
  const [discarding, setDiscarding] = useState<EditableCardSection | null>(null);
  const { message, pending, run } = useServerAction();
  const [note, setNote] = useState("");
  const n = edits.length;
  const conflicts = edits.filter((e) => e.conflict);

  async function publish() {
    const result = await run(
      () => publishHeldCardEditsAction({ projectId, acknowledgedVoteResets: voteResets.length, note }),
      {
        success: (d) =>
          `Published as revision ${d?.number}${d?.repinnedReviewIds.length ? "; the open review now judges it and its panel votes again" : ""}.`,
      },
    );
    // Refused because the panel voted since the page loaded: keep the confirmation open with the
    // reloaded names. Any other refusal may come from a stale tab (published or discarded in
    // another one): reload the panel too.
    setStep(!result.ok && result.fieldErrors?.acknowledgedVoteResets ? "confirm-publish" : "idle");
    refresh();
  }

  async function discard(section?: EditableCardSection) {
    await run(() => discardHeldCardEditsAction({ projectId, ...(section ? { section } : {}) }), {
      success: (d) => `Discarded ${d?.discarded.length === 1 ? "1 held edit" : `${d?.discarded.length} held edits`}.`,
    });
    setStep("idle");
    setDiscarding(null);
    refresh();
  }

  return (
    <section
      aria-labelledby="held-edits-title"
      className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      {n > 0 ? (
        <>
          <h2 id="held-edits-title" className="text-base font-semibold">
            {n === 1 ? "1 edit" : `${n} edits`} held back from the panel: {edits.map((e) => e.title).join(", ")}
          </h2>
          <p>
            Only you see held edits. The card, the open review and its votes change when you publish them, all in one
            revision.
          </p>
          <ul className="flex flex-col gap-1">
            {edits.map((e) => (
              <li key={e.section} className="flex flex-wrap items-center gap-2">
                <a href={`#section-${e.section}`} className="underline">
                  {e.title}
                </a>
                {e.conflict ? <span>— changed by someone since you held it: open it to merge.</span> : null}
                {discarding === e.section ? (
                  <span role="alert" className="flex flex-wrap items-center gap-2">
                    Discard the held edit of {e.title}? It cannot be recovered.
                    <Button size="sm" variant="danger" onClick={() => void discard(e.section)} disabled={pending}>
                      Yes, discard
                    </Button>
                    <Button size="sm" variant="secondary" onClick={() => setDiscarding(null)} disabled={pending}>
                      Keep it
                    </Button>
                  </span>
                ) : (
                  <Button size="sm" variant="ghost" onClick={() => setDiscarding(e.section)} disabled={pending}>
                    Discard<span className="sr-only"> the held edit of {e.title}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <h2 id="held-edits-title" className="text-base font-semibold">
          No edits held back from the panel
        </h2>
      )}
      <ActionMessage message={message} />
      {step === "confirm-publish" ? (
        <VoteResetConfirm
          resets={voteResets}
          verb="Publish"
          pending={pending}
          onConfirm={() => void publish()}
          onCancel={() => setStep("idle")}
        />
      ) : null}
      {step === "confirm-discard" ? (
        <div role="alert" className="flex flex-wrap items-center gap-2">
          <span>Discard all {n === 1 ? "1 held edit" : `${n} held edits`}? They cannot be recovered.</span>
          <Button size="sm" variant="danger" onClick={() => void discard()} disabled={pending}>
            {pending ? "Discarding…" : "Yes, discard"}
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setStep("idle")} disabled={pending}>
            Keep them
          </Button>
        </div>
      ) : null}
      {n > 0 ? (
        <div className="max-w-xl">
          <Label htmlFor="held-edits-note">What changed (optional, the revision’s note in the history)</Label>
          <Input id="held-edits-note" value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
        </div>
      ) : null}
      {n > 0 && step === "idle" ? (
        <div className="flex flex-wrap gap-2">
          <Button
            onClick={() => (voteResets.length > 0 ? setStep("confirm-publish") : void publish())}
            // A held section someone else changed must be merged first (the server refuses it too).
            disabled={pending || refreshing || conflicts.length > 0}
            aria-describedby={conflicts.length > 0 ? "held-edits-conflicts" : undefined}
          >
            {pending ? "Publishing…" : "Publish as one revision"}
          </Button>
          <Button variant="secondary" onClick={() => setStep("confirm-discard")} disabled={pending}>
            Discard
          </Button>
          {conflicts.length > 0 ? (
            <p id="held-edits-conflicts" className="w-full">
              Merge {conflicts.map((e) => e.title).join(", ")} first: someone changed{" "}
              {conflicts.length === 1 ? "it" : "them"} since you held {conflicts.length === 1 ? "it" : "them"}.
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
