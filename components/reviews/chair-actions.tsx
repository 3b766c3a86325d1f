"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useForm, useWatch, type FieldValues } from "react-hook-form";
import { recordDebriefAction, recordKeyDecisionAction } from "@/lib/actions/review-actions";
import type { ActionResult } from "@/lib/actions/result";
import type { ReviewPageDto } from "@/lib/dal/reviews/review-page-types";
import { DEFAULT_DEBRIEF_QUESTIONS } from "@/lib/domain/debrief";
import { KEY_DECISION_REQUIRES } from "@/lib/domain/key-decisions";
import type { KeyDecision } from "@/lib/domain/vocabulary";
import {
  debriefSchema,
  keyDecisionSchema,
  type DebriefInput,
  type KeyDecisionData,
} from "@/lib/schemas/review-decision";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ActionMessage } from "@/components/forms/action-message";
import { schemaResolver } from "@/components/forms/schema-resolver";
import { useServerAction, type ServerActionForm } from "@/components/forms/use-server-action";
import { KEY_DECISION_EFFECTS, KEY_DECISION_LABELS } from "./labels";

type Props = { review: ReviewPageDto };

/** The chair's forms land on their message, and the page refreshes after a success. */
export function useRefreshRunner<T extends FieldValues>(form?: ServerActionForm<T>) {
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  const runner = useServerAction(form);
  async function act<R>(fn: () => Promise<ActionResult<R>>, success: string) {
    const r = await runner.run(fn, { success: () => success });
    ref.current?.focus();
    if (r.ok) router.refresh();
    return r;
  }
  return { ...runner, ref, act };
}

type KeyDecisionValues = { reviewId: string; decision: KeyDecision | ""; targetDate: string; note: string };

/** Only a "go" carries a target date; an empty date is none. */
const keyDecisionResolver = schemaResolver(keyDecisionSchema, (v: KeyDecisionValues) => ({
  reviewId: v.reviewId,
  decision: v.decision as KeyDecision,
  note: v.note,
  targetDate: v.decision === "go" ? v.targetDate || null : null,
}));

/** L2 A/B/A+B, L4 continue/pause, L8 go/no-go — only the options valid for this outcome. */
export function KeyDecisionForm({ review }: Props) {
  const outcome = review.status === "graduated" ? "graduated" : "returned";
  const options = review.keyDecisionOptions.filter((d) => KEY_DECISION_REQUIRES[d].includes(outcome));
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    control,
    formState: { errors },
  } = useForm<KeyDecisionValues, unknown, KeyDecisionData>({
    resolver: keyDecisionResolver,
    defaultValues: { reviewId: review.id, decision: "", targetDate: "", note: "" },
  });
  const decision = useWatch({ control, name: "decision" });
  const { message, pending, ref, act } = useRefreshRunner({ setError, getValues, formState: { errors } });
  const onSubmit = handleSubmit((input) => act(() => recordKeyDecisionAction(input), "The key decision is recorded."));
  return (
    <form className="flex flex-col gap-3" noValidate onSubmit={onSubmit}>
      <fieldset aria-describedby={errors.decision ? "key-decision-error" : undefined}>
        <legend className="mb-1 text-sm font-semibold text-slate-900">Key decision of level {review.level}</legend>
        {options.map((d) => (
          <label key={d} className="flex min-h-11 items-center gap-2 text-sm text-slate-900">
            <input type="radio" value={d} className="size-4 accent-blue-700" {...register("decision")} />
            {KEY_DECISION_LABELS[d]}
          </label>
        ))}
        <FieldError id="key-decision-error" message={errors.decision?.message} />
      </fieldset>
      {decision === "go" ? (
        <div className="max-w-xs">
          <Label htmlFor="key-decision-date">Deployment target date</Label>
          <Input
            id="key-decision-date"
            type="date"
            aria-invalid={errors.targetDate ? true : undefined}
            aria-describedby={errors.targetDate ? "key-decision-date-error" : undefined}
            {...register("targetDate")}
          />
          <FieldError id="key-decision-date-error" message={errors.targetDate?.message} />
        </div>
      ) : null}
      <div>
        <Label htmlFor="key-decision-note">Note (optional)</Label>
        <Textarea
          id="key-decision-note"
          rows={2}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? "key-decision-note-error" : undefined}
          {...register("note")}
        />
        <FieldError id="key-decision-note-error" message={errors.note?.message} />
      </div>
      {decision ? (
        <p className="rounded-md border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-900">
          What will happen: {KEY_DECISION_EFFECTS[decision]}
        </p>
      ) : null}
      <ActionMessage ref={ref} message={message} />
      <div>
        <Button type="submit" disabled={!decision || pending}>
          {pending ? "Recording…" : "Record the key decision"}
        </Button>
      </div>
    </form>
  );
}

/** The chair's stage debrief; recording again replaces it (the audit log keeps each version). */
export function DebriefForm({ review }: Props) {
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors },
  } = useForm<DebriefInput>({
    resolver: zodResolver(debriefSchema),
    defaultValues: {
      reviewId: review.id,
      answers: DEFAULT_DEBRIEF_QUESTIONS.map((q) => ({
        key: q.key,
        answer: review.debrief.find((d) => d.key === q.key)?.answer ?? "",
      })),
    },
  });
  const { message, pending, ref, act } = useRefreshRunner({ setError, getValues, formState: { errors } });
  const onSubmit = handleSubmit((input) => act(() => recordDebriefAction(input), "The debrief is recorded."));
  return (
    <form className="flex flex-col gap-3" noValidate onSubmit={onSubmit}>
      {DEFAULT_DEBRIEF_QUESTIONS.map((q, i) => {
        const error = errors.answers?.[i]?.answer?.message;
        return (
          <div key={q.key}>
            <Label htmlFor={`debrief-${q.key}`}>{q.label}</Label>
            <Textarea
              id={`debrief-${q.key}`}
              rows={2}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `debrief-${q.key}-error` : undefined}
              {...register(`answers.${i}.answer`)}
            />
            <FieldError id={`debrief-${q.key}-error`} message={error} />
          </div>
        );
      })}
      <ActionMessage ref={ref} message={message} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Recording…" : review.debriefAt ? "Update the debrief" : "Record the debrief"}
        </Button>
      </div>
    </form>
  );
}
