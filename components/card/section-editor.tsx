"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState, type ReactNode } from "react";
import {
  useFieldArray,
  useForm,
  useWatch,
  type Control,
  type FieldErrors,
  type Path,
  type Resolver,
  type UseFormRegister,
} from "react-hook-form";
import { saveCardSectionAction } from "@/lib/actions/card-actions";
import { emptyCardContent, type CardContent } from "@/lib/domain/card-content";
import {
  CARD_FIELD_LABELS,
  sectionFields,
  sectionValue,
  type EditableCardSection,
  type SectionValue,
} from "@/lib/domain/card-diff";
import { cardSectionValueSchemas } from "@/lib/schemas/card";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { CardField, DataSourcesTable, type StoredField } from "./card-fields";
import { useCardRefresh } from "./card-refresh";
import { ConflictView, type Conflict } from "./conflict-view";
import { Markdown } from "./markdown";

type Form = SectionValue;
type TextField =
  | "tldr"
  | "modelInfo"
  | "intendedUse"
  | "unacceptableUse"
  | "testingStatus"
  | "dataFindings"
  | "trainingConditions"
  | "caveats"
  | "coupledComponents";

const HINTS: Partial<Record<keyof CardContent, string>> = {
  tldr: "Two or three sentences: what it is, for whom, and where it stands.",
  modelInfo: "Written for a domain expert who is not an ML specialist.",
  intendedUse: "Who uses it, for what, in which setting (most detailed from L5 on).",
  unacceptableUse: "Uses it must not be put to, and why.",
  testingStatus: "What is tested, how, and what is not tested yet.",
  dataFindings: "What the data showed: quality, gaps, biases.",
  trainingConditions: "Exact conditions: data versions, preprocessing, hardware, seeds.",
  caveats: "Caveats, edge cases, biases and recommendations.",
  coupledComponents: "Other systems or components this one depends on or feeds.",
};

/** A Markdown field with its live preview beside it (below it on phones). */
function MarkdownField({
  id,
  field,
  control,
  register,
  error,
}: {
  id: string;
  field: TextField;
  control: Control<Form>;
  register: UseFormRegister<Form>;
  error?: string;
}) {
  const text = (useWatch({ control, name: field }) as string | undefined) ?? "";
  const hint = HINTS[field];
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <div>
        <Label htmlFor={`${id}-${field}`}>{CARD_FIELD_LABELS[field]} (Markdown)</Label>
        {hint ? (
          <p id={`${id}-${field}-hint`} className="mb-1 text-sm text-slate-600">
            {hint}
          </p>
        ) : null}
        <Textarea
          id={`${id}-${field}`}
          rows={field === "tldr" ? 5 : 10}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [hint ? `${id}-${field}-hint` : "", error ? `${id}-${field}-error` : ""].join(" ").trim() || undefined
          }
          className="font-mono text-sm"
          {...register(field)}
        />
        <FieldError id={`${id}-${field}-error`} message={error} />
      </div>
      <div
        role="region"
        aria-label={`Preview of ${CARD_FIELD_LABELS[field]}`}
        className="min-h-24 rounded-md border border-dashed border-slate-300 bg-white p-3"
      >
        <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600">Preview</p>
        <Markdown text={text} empty="Nothing to preview yet." />
      </div>
    </div>
  );
}

function LinkInputs({
  id,
  register,
  errors,
}: {
  id: string;
  register: UseFormRegister<Form>;
  errors: FieldErrors<Form>;
}) {
  const items = [
    ["code", "Code repository"],
    ["project", "External project page"],
    ["requirements", "Requirements document"],
  ] as const;
  return (
    <fieldset className="grid gap-3 sm:grid-cols-3">
      <legend className="mb-1 text-sm font-medium text-slate-800">Links (http:// or https://, or empty)</legend>
      {items.map(([k, label]) => {
        const err = errors.links?.[k]?.message;
        return (
          <div key={k}>
            <Label htmlFor={`${id}-links-${k}`}>{label}</Label>
            <Input
              id={`${id}-links-${k}`}
              type="url"
              inputMode="url"
              aria-invalid={err ? true : undefined}
              aria-describedby={err ? `${id}-links-${k}-error` : undefined}
              {...register(`links.${k}`)}
            />
            <FieldError id={`${id}-links-${k}-error`} message={err} />
          </div>
        );
      })}
    </fieldset>
  );
}

function DataSourcesInputs({
  id,
  control,
  register,
  errors,
}: {
  id: string;
  control: Control<Form>;
  register: UseFormRegister<Form>;
  errors: FieldErrors<Form>;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: "dataSources" });
  const cols = [
    ["name", "Dataset"],
    ["version", "Version"],
    ["owner", "Owner"],
    ["datasheetUrl", "Datasheet link"],
  ] as const;
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-sm font-medium text-slate-800">
        Data sources (name, version, owner, datasheet)
      </legend>
      {fields.length === 0 ? <p className="text-sm italic text-slate-600">No data sources yet.</p> : null}
      {fields.map((f, i) => (
        <div
          key={f.id}
          className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[repeat(4,minmax(0,1fr))_auto] sm:items-end"
        >
          {cols.map(([k, label]) => {
            const err = errors.dataSources?.[i]?.[k]?.message;
            const fid = `${id}-ds-${i}-${k}`;
            return (
              <div key={k}>
                <Label htmlFor={fid}>
                  {label} <span className="sr-only">of data source {i + 1}</span>
                </Label>
                <Input
                  id={fid}
                  aria-invalid={err ? true : undefined}
                  aria-describedby={err ? `${fid}-error` : undefined}
                  {...register(`dataSources.${i}.${k}` as Path<Form>)}
                />
                <FieldError id={`${fid}-error`} message={err} />
              </div>
            );
          })}
          <Button variant="secondary" size="sm" onClick={() => remove(i)}>
            Remove<span className="sr-only"> data source {i + 1}</span>
          </Button>
        </div>
      ))}
      <div>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => append({ name: "", version: "", owner: "", datasheetUrl: "" })}
        >
          Add a data source
        </Button>
      </div>
    </fieldset>
  );
}

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
const formPath = (key: string) => key.replace(/^value\./, "") as Path<Form>;

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
}: {
  projectId: string;
  section: EditableCardSection;
  title: string;
  content: CardContent;
  latestNumber: number;
  mark?: ReactNode;
}) {
  const id = useId().replace(/:/g, "");
  const { refresh, refreshing } = useCardRefresh();
  const [base, setBase] = useState<number | null>(null);
  const [note, setNote] = useState("");
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const resolver = zodResolver(cardSectionValueSchemas[section] as never) as unknown as Resolver<Form>;
  const { control, register, handleSubmit, reset, setError, formState } = useForm<Form>({
    resolver,
    defaultValues: sectionValue(content, section),
  });
  const editing = base !== null;
  const fields = sectionFields(section);

  function open() {
    reset(sectionValue(content, section));
    setBase(latestNumber);
    setConflict(null);
    setNote("");
    setMessage(null);
  }

  const onSubmit = handleSubmit(async (value) => {
    setMessage(null);
    let result: Awaited<ReturnType<typeof saveCardSectionAction>>;
    try {
      result = await saveCardSectionAction({ projectId, section, baseRevision: base ?? 0, value, note });
    } catch {
      result = { ok: false, message: "The server could not be reached. Check your connection and try again." };
    }
    if (!result.ok) {
      for (const [k, text] of Object.entries(result.fieldErrors ?? {}))
        setError(formPath(k), { type: "server", message: text });
      setMessage({ tone: "error", text: result.message ?? "Check the highlighted fields." });
      return;
    }
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
  });

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
        <FormMessage message={message} />
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
          <div className="flex flex-wrap gap-2">
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
