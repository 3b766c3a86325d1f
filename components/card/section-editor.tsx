"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState, type ReactNode } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { saveCardSectionAction } from "@/lib/actions/card-actions";
import { emptyCardContent, type CardContent } from "@/lib/domain/card-content";
import { sectionFields, sectionValue, type EditableCardSection } from "@/lib/domain/card-diff";
import { cardSectionValueSchemas } from "@/lib/schemas/card";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { VoteResetConfirm } from "@/components/forms/vote-reset-confirm";
import type { VoteReset } from "@/lib/domain/vote-resets";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { CardField, DataSourcesTable, type StoredField } from "./card-fields";
import { useCardRefresh } from "./card-refresh";
import { ConflictView, type Conflict } from "./conflict-view";
import { Markdown } from "./markdown";
import { DataSourcesInputs, LinkInputs, MarkdownField, type Form, type TextField } from "./section-inputs";

/** Read view of one section inside the editor (the same rendering as the card). */
function SectionReadView({ content, section }: { content: CardContent; section: EditableCardSection }) {
  if (section === "summary") {
    const l = content.links;
    return (
      <div className="flex flex-col gap-2 text-sm">
        <p>
          Code: {l.code || "—"} · External project page: {l.project || "—"} · Requirements document:{" "}
          {l.requirements || "—"}
        </p>
        <Markdown text={content.coupledComponents} empty="No coupled components listed." />
      </div>
    );
  }
  const fields = sectionFields(section);
  return (
    <div className="flex flex-col gap-3">
      {fields.map((f) =>
        f === "dataSources" ? (
          <DataSourcesTable key={f} sources={content.dataSources} />
        ) : (
          <CardField key={f} content={content} field={f as StoredField} multi={fields.length > 1} headingLevel="h3" />
        ),
      )}
    </div>
  );
}

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
}: {
  projectId: string;
  section: EditableCardSection;
  title: string;
  content: CardContent;
  latestNumber: number;
  mark?: ReactNode;
  /** The current votes a save resets (an open review re-pins): confirmed before the save. */
  voteResets?: readonly VoteReset[];
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
    reset(sectionValue(content, section));
    setBase(latestNumber);
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
    if (data.status === "conflict") {
      setConflict({
        number: data.currentNumber,
        author: data.theirAuthor,
        at: data.theirAt,
        theirs: { ...emptyCardContent, ...data.theirs },
        mine: { ...emptyCardContent, ...value },
      });
      // The editor has now seen their version: the next save is based on it.
      setBase(data.currentNumber);
      setMessage({
        tone: "error",
        text: `Not saved: ${data.theirAuthor ?? "someone"} changed this section in revision ${data.currentNumber} while you were editing. Compare both versions below, merge them in the form, then save again.`,
      });
      return;
    }
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
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {mark}
        </div>
        {!editing ? (
          <Button variant="secondary" size="sm" onClick={open} disabled={refreshing}>
            Edit<span className="sr-only"> {title}</span>
          </Button>
        ) : null}
      </div>
      <div>
        <ActionMessage message={message} />
      </div>
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
          <p className="text-sm text-slate-600">Editing from revision {base}.</p>
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
