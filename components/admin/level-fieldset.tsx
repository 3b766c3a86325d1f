"use client";

import { useState } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { keyFromLabel } from "@/lib/domain/item-keys";
import type { PublishLevelDefinitionsInput } from "@/lib/schemas/levels";
import { CARD_SECTIONS, CARD_SECTION_LABELS, DISCIPLINES, DISCIPLINE_LABELS } from "@/lib/domain/vocabulary";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { FieldError } from "@/components/ui/field-error";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export type LevelMeta = { level: number; name: string; keyDecision: string | null; hasReview: boolean };

const numberOrNaN = (v: unknown) => (v === "" || v === null ? Number.NaN : Number(v));
const invalid = (message?: string, id?: string) =>
  message ? { "aria-invalid": true as const, "aria-describedby": id } : {};

/** One level of the editor: its gate criteria, panel seats, required card sections and settings. */
export function LevelFieldset({ index: i, meta }: { index: number; meta: LevelMeta }) {
  const { control, register, getValues, setValue, formState } = useFormContext<PublishLevelDefinitionsInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: `levels.${i}.criteria` });
  const e = formState.errors.levels?.[i];
  const n = meta.level;
  const id = (what: string) => `level-${n}-${what}`;
  const criteriaError = e?.criteria?.message ?? e?.criteria?.root?.message;
  const seatsError = e?.seats?.message ?? e?.seats?.root?.message;
  const problems = e ? Object.keys(e).length : 0;
  // Opened by the admin or by an error, a level stays open once its errors are fixed.
  const [open, setOpen] = useState(false);

  return (
    <details
      open={open || problems > 0}
      onToggle={(ev) => setOpen(ev.currentTarget.open)}
      className="rounded-md border border-slate-200 bg-white"
    >
      <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-2 px-3 py-2 font-medium">
        Level {n}: {meta.name}
        {problems > 0 ? <span className="text-sm font-normal text-red-700">(check this level)</span> : null}
      </summary>
      <div className="flex flex-col gap-5 border-t border-slate-200 p-3">
        <fieldset className="flex flex-col gap-3" aria-describedby={criteriaError ? id("criteria-error") : undefined}>
          <legend className="mb-1 text-sm font-semibold text-slate-900">
            {meta.hasReview ? "Gate criteria" : "Operating checklist"}
          </legend>
          <ol className="flex flex-col gap-3">
            {fields.map((f, j) => {
              const le = e?.criteria?.[j]?.label?.message;
              const ke = e?.criteria?.[j]?.key?.message;
              return (
                <li key={f.id} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
                  <div className="grid gap-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
                    <div>
                      <Label htmlFor={id(`criterion-${j}-label`)}>
                        Criterion {j + 1}
                        <span className="sr-only"> of level {n}</span>
                      </Label>
                      <Textarea
                        id={id(`criterion-${j}-label`)}
                        rows={2}
                        {...invalid(le, id(`criterion-${j}-label-error`))}
                        {...register(`levels.${i}.criteria.${j}.label`, {
                          onBlur: () => {
                            const label = getValues(`levels.${i}.criteria.${j}.label`);
                            if (getValues(`levels.${i}.criteria.${j}.key`) || !label.trim()) return;
                            const taken = getValues(`levels.${i}.criteria`).flatMap((c, k) => (k === j ? [] : [c.key]));
                            setValue(`levels.${i}.criteria.${j}.key`, keyFromLabel(label, taken), {
                              shouldValidate: true,
                            });
                          },
                        })}
                      />
                      <FieldError id={id(`criterion-${j}-label-error`)} message={le} />
                    </div>
                    <div>
                      <Label htmlFor={id(`criterion-${j}-key`)}>
                        Key <span className="sr-only">of criterion {j + 1}</span>
                      </Label>
                      <Input
                        id={id(`criterion-${j}-key`)}
                        className="font-mono text-sm"
                        {...invalid(ke, id(`criterion-${j}-key-error`))}
                        {...register(`levels.${i}.criteria.${j}.key`)}
                      />
                      <FieldError id={id(`criterion-${j}-key-error`)} message={ke} />
                    </div>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <Button size="sm" variant="secondary" onClick={() => move(j, j - 1)} disabled={j === 0}>
                      Move up<span className="sr-only"> criterion {j + 1}</span>
                    </Button>
                    <Button
                      size="sm"
                      variant="secondary"
                      onClick={() => move(j, j + 1)}
                      disabled={j === fields.length - 1}
                    >
                      Move down<span className="sr-only"> criterion {j + 1}</span>
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => remove(j)}>
                      Remove<span className="sr-only"> criterion {j + 1}</span>
                    </Button>
                  </div>
                </li>
              );
            })}
          </ol>
          <FieldError id={id("criteria-error")} message={criteriaError} />
          <div>
            <Button size="sm" variant="secondary" onClick={() => append({ key: "", label: "" })}>
              Add a criterion<span className="sr-only"> to level {n}</span>
            </Button>
          </div>
          <p className="text-sm text-slate-600">
            Keys link the reviews&apos; checklists to a criterion: keep a key when you only reword it.
          </p>
        </fieldset>

        {meta.hasReview ? (
          <fieldset aria-describedby={seatsError ? id("seats-error") : undefined}>
            <legend className="mb-1 text-sm font-semibold text-slate-900">Required panel seats</legend>
            <p className="mb-2 text-sm text-slate-600">The least number of seats per discipline (0: not required).</p>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
              {DISCIPLINES.map((d) => {
                const se = e?.seats?.[d]?.message;
                return (
                  <div key={d}>
                    <Label htmlFor={id(`seats-${d}`)} className="first-letter:uppercase">
                      {DISCIPLINE_LABELS[d]}
                    </Label>
                    <Input
                      id={id(`seats-${d}`)}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={5}
                      {...invalid(se, id(`seats-${d}-error`))}
                      {...register(`levels.${i}.seats.${d}`, { setValueAs: numberOrNaN })}
                    />
                    <FieldError id={id(`seats-${d}-error`)} message={se} />
                  </div>
                );
              })}
            </div>
            <FieldError id={id("seats-error")} message={seatsError} />
          </fieldset>
        ) : null}

        <CheckboxGroup
          legend="Required card sections"
          hint={meta.hasReview ? "Filled before this level's review can be submitted." : undefined}
          name={id("sections")}
          options={CARD_SECTIONS.map((s) => ({ value: s, label: CARD_SECTION_LABELS[s] }))}
          inputProps={() => register(`levels.${i}.cardSections`)}
          error={e?.cardSections?.message ?? e?.cardSections?.root?.message}
        />

        {meta.hasReview ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <Label htmlFor={id("overdue")}>Escalate when overdue by (days)</Label>
              <Input
                id={id("overdue")}
                type="number"
                inputMode="numeric"
                min={1}
                className="max-w-32"
                {...invalid(e?.overdueDays?.message, id("overdue-error"))}
                {...register(`levels.${i}.overdueDays`, { setValueAs: numberOrNaN })}
              />
              <FieldError id={id("overdue-error")} message={e?.overdueDays?.message} />
            </div>
            <div>
              <label htmlFor={id("chair")} className="flex min-h-11 items-center gap-2 text-sm text-slate-900">
                <input
                  id={id("chair")}
                  type="checkbox"
                  className="size-4 accent-blue-700"
                  {...register(`levels.${i}.chairConfirmation`)}
                />
                A manager or admin confirms the chair before the review opens
              </label>
              <p className="text-sm text-slate-700">
                Key decision: {meta.keyDecision ?? "none"} <span className="text-slate-600">(set by MLTRL)</span>
              </p>
            </div>
          </div>
        ) : null}
      </div>
    </details>
  );
}
