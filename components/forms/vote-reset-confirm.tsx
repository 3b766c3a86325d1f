"use client";

import { voteResetWarning, type VoteReset } from "@/lib/domain/vote-resets";
import { Button } from "@/components/ui/button";

/**
 * The step between "Save" and the save when the save would re-pin an open review: who votes
 * again, then confirm or keep editing. The save sends `resets.length` as the resets confirmed; the
 * server refuses it if the panel voted meanwhile (the page then reloads with the new list).
 */
export function VoteResetConfirm({
  resets,
  pending,
  onConfirm,
  onCancel,
  verb = "Save",
}: {
  resets: readonly VoteReset[];
  /** "Save" (a section, a requirement) or "Publish" (held card edits as one revision). */
  verb?: "Save" | "Publish";
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <p>
        <strong>{voteResetWarning(resets)}</strong> A review of this project is open: the {verb.toLowerCase()} moves it
        to the new revision, and {resets.length === 1 ? "this reviewer votes" : "these reviewers vote"} again.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={onConfirm} disabled={pending}>
          {pending
            ? `${verb === "Save" ? "Saving" : "Publishing"}…`
            : `${verb} and reset ${resets.length === 1 ? "1 vote" : `${resets.length} votes`}`}
        </Button>
        <Button size="sm" variant="secondary" onClick={onCancel} disabled={pending}>
          Keep editing
        </Button>
      </div>
    </div>
  );
}
