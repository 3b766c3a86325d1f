"use client";

import { useWatch, type UseFormReturn } from "react-hook-form";
import type { DraftEditorDto } from "@/lib/dal/reviews/read-draft-editor";
import type { Reason } from "@/lib/domain/decision";
import { CRITERION_STATES, ETHICS_ANSWERS } from "@/lib/domain/vocabulary";
import { FieldError } from "@/components/ui/field-error";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { COMPONENT_KIND_LABELS } from "@/components/shared/labels";
import { CRITERION_STATE_LABELS, ETHICS_ANSWER_LABELS } from "../labels";
import { InlineReasons, reasonsAt } from "./readiness";
import type { ChecklistValues } from "./form-values";

type Form = UseFormReturn<ChecklistValues>;
const box = "rounded-lg border bg-white p-4";
const boxTone = (bad: boolean) => (bad ? "border-red-600" : "border-slate-200");

function Criterion({ form, index, label, reasons }: { form: Form; index: number; label: string; reasons: Reason[] }) {
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const state = useWatch({ control, name: `criteria.${index}.state` });
  const key = form.getValues(`criteria.${index}.key`);
  const id = `criterion-${key}`;
  const err = errors.criteria?.[index];
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`${box} ${boxTone(reasons.length > 0)}`}
      aria-describedby={reasons.length ? `${id}-reasons` : undefined}
    >
      <legend className="px-1 text-sm font-semibold text-slate-900">{label}</legend>
      <div className="flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-4">
        {CRITERION_STATES.map((s) => (
          <label key={s} className="flex min-h-11 items-center gap-2 text-sm text-slate-900">
            <input type="radio" value={s} className="size-4 accent-blue-700" {...register(`criteria.${index}.state`)} />
            {CRITERION_STATE_LABELS[s]}
          </label>
        ))}
      </div>
      {state === "done" ? (
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <div>
            <Label htmlFor={`${id}-url`}>Evidence link</Label>
            <Input
              id={`${id}-url`}
              type="url"
              inputMode="url"
              placeholder="https://…"
              aria-invalid={err?.evidenceUrl ? true : undefined}
              aria-describedby={err?.evidenceUrl ? `${id}-url-error` : undefined}
              {...register(`criteria.${index}.evidenceUrl`)}
            />
            <FieldError id={`${id}-url-error`} message={err?.evidenceUrl?.message} />
          </div>
          <div>
            <Label htmlFor={`${id}-note`}>Evidence note</Label>
            <Textarea id={`${id}-note`} rows={2} {...register(`criteria.${index}.note`)} />
            <FieldError id={`${id}-note-error`} message={err?.note?.message} />
          </div>
        </div>
      ) : null}
      {state === "not_applicable" ? (
        <div className="mt-2">
          <Label htmlFor={`${id}-na`}>Why it does not apply</Label>
          <Textarea id={`${id}-na`} rows={2} {...register(`criteria.${index}.naReason`)} />
          <FieldError id={`${id}-na-error`} message={err?.naReason?.message} />
        </div>
      ) : null}
      <InlineReasons id={`${id}-reasons`} reasons={reasons} />
    </fieldset>
  );
}

export function CriteriaSection({ form, draft, shown }: { form: Form; draft: DraftEditorDto; shown: Reason[] }) {
  return (
    <section aria-labelledby="criteria-heading" className="flex flex-col gap-3">
      <h2 id="criteria-heading" className="text-xl font-semibold text-slate-900">
        Gate criteria of level {draft.level}
      </h2>
      <p className="text-sm text-slate-700">
        Each criterion is either done, with an evidence link or note, or not applicable, with the reason.
      </p>
      {draft.criteria.map((c, i) => (
        <Criterion key={c.key} form={form} index={i} label={c.label} reasons={reasonsAt(shown, `criterion-${c.key}`)} />
      ))}
    </section>
  );
}

function EthicsItem({ form, index, label, reasons }: { form: Form; index: number; label: string; reasons: Reason[] }) {
  const { register } = form;
  const key = form.getValues(`ethics.${index}.key`);
  const id = `ethics-${key}`;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`${box} ${boxTone(reasons.length > 0)}`}
      aria-describedby={reasons.length ? `${id}-reasons` : undefined}
    >
      <legend className="px-1 text-sm font-semibold text-slate-900">{label}</legend>
      <div className="flex flex-wrap gap-x-4">
        {ETHICS_ANSWERS.map((a) => (
          <label key={a} className="flex min-h-11 items-center gap-2 text-sm text-slate-900">
            <input type="radio" value={a} className="size-4 accent-blue-700" {...register(`ethics.${index}.answer`)} />
            {ETHICS_ANSWER_LABELS[a]}
          </label>
        ))}
      </div>
      <Label htmlFor={`${id}-note`}>Note explaining the answer</Label>
      <Textarea id={`${id}-note`} rows={2} {...register(`ethics.${index}.note`)} />
      <InlineReasons id={`${id}-reasons`} reasons={reasons} />
    </fieldset>
  );
}

export function EthicsSection({ form, draft, shown }: { form: Form; draft: DraftEditorDto; shown: Reason[] }) {
  return (
    <section aria-labelledby="ethics-heading" className="flex flex-col gap-3">
      <h2 id="ethics-heading" className="text-xl font-semibold text-slate-900">
        Ethics checklist
      </h2>
      <p className="text-sm text-slate-700">
        Every review answers every item — yes, no or not applicable — with a note: items are phrased either way round.
      </p>
      {draft.ethics.map((e, i) => (
        <EthicsItem key={e.key} form={form} index={i} label={e.label} reasons={reasonsAt(shown, `ethics-${e.key}`)} />
      ))}
    </section>
  );
}

export function ComponentsFieldset({ form, draft, shown }: { form: Form; draft: DraftEditorDto; shown: Reason[] }) {
  const {
    register,
    formState: { errors },
  } = form;
  const reasons = reasonsAt(shown, "components");
  return (
    <fieldset id="components" tabIndex={-1} className={`${box} ${boxTone(reasons.length > 0)}`}>
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {draft.kind === "entry"
          ? `Components claiming level ${draft.level} (at level 0 until confirmed)`
          : `Components at level ${draft.level} under review`}
      </legend>
      <ul className="flex flex-col">
        {draft.components.map((c) => (
          <li key={c.id}>
            <label className="flex min-h-11 items-center gap-2 text-sm text-slate-900">
              <input
                type="checkbox"
                value={c.id}
                disabled={!!c.liveReviewId && !c.selected}
                className="size-4 accent-blue-700"
                {...register("componentIds")}
              />
              <span>
                {c.name} <span className="text-slate-600">({COMPONENT_KIND_LABELS[c.kind]})</span>
                {c.liveReviewId && !c.selected ? <span className="text-slate-600"> — under another review</span> : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <FieldError id="componentIds-error" message={errors.componentIds?.message} />
      <div className="mt-3 max-w-xs">
        <Label htmlFor="dueAt">Votes due by (optional)</Label>
        <Input id="dueAt" type="date" {...register("dueAt")} />
        <FieldError id="dueAt-error" message={errors.dueAt?.message} />
      </div>
      <InlineReasons id="components-reasons" reasons={reasons} />
    </fieldset>
  );
}
