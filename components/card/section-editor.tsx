"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState, type ReactNode } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { holdCardSectionAction, saveCardSectionAction } from "@/lib/actions/card-actions";
import { emptyCardContent, type CardContent } from "@/lib/domain/card-content";
import { sectionFields, sectionValue, type EditableCardSection, type SectionValue } from "@/lib/domain/card-diff";
import { cardSectionValueSchemas } from "@/lib/schemas/card";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { VoteResetConfirm } from "@/components/forms/vote-reset-confirm";
import type { VoteReset } from "@/lib/domain/vote-resets";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useCardRefresh } from "./card-refresh";
import { ConflictView, type Conflict } from "./conflict-view";
import { SectionReadView } from "./section-read-view";
import { Badge } from "@/components/ui/badge";
import { DataSourcesInputs, LinkInputs, MarkdownField, type Form, type TextField } from "./section-inputs";

type TheirVersion = { currentNumber: number; theirs: SectionValue; theirAuthor: string | null; theirAt: string };

/** Server field paths are "value.tldr" / "value.dataSources.0.name"; the form's are without "value.". */
const formPath = (key: string) => key.replace(/^value\./, "");

/**
 * One card section: read view, or a form (react-hook-form + the section's zod schema, the same
 * one the action checks) with a live preview. A save carries the revision the form was opened
 * on; the server rebases onto newer revisions or answers with a conflict, shown side by side.
 */
export function SectionEditor({
  projectId,
  section,
  title,
  content,
  latestNumber,
  mark,
  voteResets = [],
  canHold = false,
  held,
}: {
  projectId: string;
  section: EditableCardSection;
  title: string;
  content: CardContent;
  latestNumber: number;
  mark?: ReactNode;
  /** The current votes a save resets (an open review re-pins): confirmed before the save. */
  voteResets?: readonly VoteReset[];
  /** An open review: "Hold for one revision" keeps the edit back from the panel (held-edits-panel.tsx). */
  canHold?: boolean;
  /** The caller's held edit of this section: the editor opens on it. */
  held?: { value: SectionValue; baseRevision: number; conflict: boolean };
}) {
  const id = useId().replace(/:/g, "");
  const { refresh, refreshing } = useCardRefresh();
  const [base, setBase] = useState<number | null>(null);
  const [note, setNote] = useState("");
  const [conflict, setConflict] = useState<Conflict | null>(null);
  /** The values waiting for "Save and reset N votes". */
  const [confirming, setConfirming] = useState<Form | null>(null);
  const [saving, setSaving] = useState(false);
  const resolver = zodResolver(cardSectionValueSchemas[section] as never) as unknown as Resolver<Form>;
  const { control, register, handleSubmit, reset, setError, getValues, formState } = useForm<Form>({
    resolver,
    defaultValues: sectionValue(content, section),
  });
  const { message, setMessage, run } = useServerAction({ setError, getValues, formState });
  const editing = base !== null;
  // No confirmation left to ask when a reload finds no current votes any more.
  const confirmOpen = confirming !== null && voteResets.length > 0;
  const fields = sectionFields(section);

  function open() {
    // A held edit carries its own base: a change made since then is shown as a conflict to merge.
    reset(held ? { ...sectionValue(content, section), ...held.value } : sectionValue(content, section));
    setBase(held ? held.baseRevision : latestNumber);
    setConflict(null);
    setNote("");
    setMessage(null);
    setConfirming(null);
  }

  const onSubmit = handleSubmit(async (value) => {
    if (voteResets.length > 0) {
      setMessage(null);
      setConfirming(value);
      return;
    }
    await save(value);
  });

  function showConflict(data: TheirVersion, value: Form, verb: "saved" | "held") {
    setConflict({
      number: data.currentNumber,
      author: data.theirAuthor,
      at: data.theirAt,
      theirs: { ...emptyCardContent, ...data.theirs },
      mine: { ...emptyCardContent, ...value },
    });
    // The editor has now seen their version: the next save or hold is based on it.
    setBase(data.currentNumber);
    setMessage({
      tone: "error",
      text: `Not ${verb}: ${data.theirAuthor ?? "someone"} changed this section in revision ${data.currentNumber} since you started from revision ${base}. Compare both versions below, merge them in the form, then ${verb === "saved" ? "save" : "hold"} again.`,
    });
  }

  /** Keeps the edit back from the panel: no revision, no re-pin, no vote reset until published. */
  const onHold = handleSubmit(async (value) => {
    const result = await run(() => holdCardSectionAction({ projectId, section, baseRevision: base ?? 0, value }), {
      path: formPath,
    });
    if (!result.ok) return;
    const data = result.data!;
    if (data.status === "conflict") return showConflict(data, value, "held");
    setBase(null);
    setConflict(null);
    setMessage({
      tone: "success",
      text: `Held back from the panel (${data.heldCount} ${data.heldCount === 1 ? "edit" : "edits"} held). Nobody else sees it until you publish.`,
    });
    refresh();
  });

  async function save(value: Form) {
    setSaving(true);
    const result = await run(
      () =>
        saveCardSectionAction({
          projectId,
          section,
          baseRevision: base ?? 0,
          value,
          note,
          acknowledgedVoteResets: voteResets.length,
        }),
      { path: formPath },
    );
    setSaving(false);
    // Refused because the panel voted since the page loaded: reload who would vote again and keep
    // the confirmation open, so the editor confirms the new list without saving twice.
    if (!result.ok && result.fieldErrors?.acknowledgedVoteResets) {
      setConfirming(value);
      return refresh();
    }
    setConfirming(null);
    if (!result.ok) return;
    const data = result.data!;
    if (data.status === "conflict") return showConflict(data, value, "saved");
    setBase(null);
    setConflict(null);
    const extra = [
      data.rebased ? "merged with changes to other sections saved meanwhile" : "",
      data.repinnedReviewIds.length ? "the open review now judges this revision and its panel votes again" : "",
    ].filter(Boolean);
    setMessage({
      tone: "success",
      text: `Saved as revision ${data.number}${extra.length ? ` (${extra.join("; ")})` : ""}.`,
    });
    refresh();
  }

  return (
    <section
      id={`section-${section}`}
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {mark}
          {held ? (
            <Badge tone={held.conflict ? "red" : "amber"}>
              {held.conflict ? "Held · changed since, merge before publishing" : "Held · not yet published"}
            </Badge>
          ) : null}
        </div>
        {!editing ? (
          <Button variant="secondary" size="sm" onClick={open} disabled={refreshing}>
            {held ? "Edit held version" : "Edit"}
            <span className="sr-only"> {title}</span>
          </Button>
        ) : null}
      </div>
      <div>
        <ActionMessage message={message} />
      </div>
      {!editing && held ? (
        <p className="text-sm text-slate-700">
          The card below is the published version; your held edit (started from revision {held.baseRevision}) is shown
          when you open it.
        </p>
      ) : null}
      {!editing ? <SectionReadView content={content} section={section} /> : null}
      {editing ? (
        <form noValidate onSubmit={onSubmit} aria-label={`Edit ${title}`} className="flex flex-col gap-4">
          {conflict ? (
            <ConflictView
              conflict={conflict}
              fields={fields}
              onUseTheirs={() => reset(sectionValue(conflict.theirs, section))}
              onUseMine={() => reset(sectionValue(conflict.mine, section))}
            />
          ) : null}
          {fields.includes("links") ? <LinkInputs id={id} register={register} errors={formState.errors} /> : null}
          {fields.map((f) =>
            f === "links" ? null : f === "dataSources" ? (
              <DataSourcesInputs key={f} id={id} control={control} register={register} errors={formState.errors} />
            ) : (
              <MarkdownField
                key={f}
                id={id}
                field={f as TextField}
                control={control}
                register={register}
                error={formState.errors[f]?.message as string | undefined}
              />
            ),
          )}
          <div className="max-w-xl">
            <Label htmlFor={`${id}-note`}>What changed (optional, shown in the history)</Label>
            <Input id={`${id}-note`} value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
          </div>
          <p id={`${id}-base`} className="text-sm text-slate-600">
            Editing from revision {base}.
            {canHold
              ? " A review is open: “Hold for one revision” keeps this edit from the panel until you publish all held edits together (one re-pin, one vote reset)."
              : ""}
          </p>
          {confirmOpen ? (
            <VoteResetConfirm
              resets={voteResets}
              pending={saving || refreshing}
              onConfirm={() => confirming && void save(confirming)}
              onCancel={() => setConfirming(null)}
            />
          ) : null}
          <div className={confirmOpen ? "hidden" : "flex flex-wrap gap-2"}>
            <Button type="submit" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? "Saving…" : conflict ? "Save merged version" : "Save section"}
            </Button>
            {canHold || held ? (
              <Button
                variant="secondary"
                onClick={() => void onHold()}
                disabled={formState.isSubmitting}
                aria-describedby={`${id}-base`}
              >
                Hold for one revision
              </Button>
            ) : null}
            <Button
              variant="secondary"
              onClick={() => {
                setBase(null);
                setConflict(null);
                setMessage(null);
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
