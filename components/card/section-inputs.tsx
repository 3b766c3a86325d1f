"use client";

import {
  useFieldArray,
  useWatch,
  type Control,
  type FieldErrors,
  type Path,
  type UseFormRegister,
} from "react-hook-form";
import type { CardContent } from "@/lib/domain/card-content";
import { CARD_FIELD_LABELS, type SectionValue } from "@/lib/domain/card-diff";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Markdown } from "./markdown";

/** The inputs of the card section editor: Markdown fields with preview, links, data sources. */

export type Form = SectionValue;
export type TextField =
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
export function MarkdownField({
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

export function LinkInputs({
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

export function DataSourcesInputs({
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
