"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { castVoteAction } from "@/lib/actions/review-actions";
import { castVoteSchema, type CastVoteData } from "@/lib/schemas/review-decision";
import type { VoteChoice } from "@/lib/domain/vocabulary";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Textarea } from "@/components/ui/input";
import { cx } from "@/components/ui/cx";
import { plural } from "@/components/shared/format";
import { Label } from "@/components/ui/label";
import { schemaResolver } from "@/components/forms/schema-resolver";
import { ActionMessage } from "@/components/forms/action-message";
import { focusById, useServerAction } from "@/components/forms/use-server-action";

type Task = { text: string; metric: string; target: string };
type Values = { reviewId: string; pinRound: number; choice: VoteChoice | ""; tasks: Task[]; comment: string };

/** A graduate vote sends no tasks (the ones typed stay in the form, should the voter switch back). */
const resolver = schemaResolver(castVoteSchema, (v: Values) => ({
  ...v,
  choice: v.choice as VoteChoice,
  tasks: v.choice === "return" ? v.tasks : [],
}));

/**
 * Graduate, or return with at least one task (a sentence, ideally a metric and target). The form
 * sends the pin round the page was rendered with: if the card or a version changed meanwhile the
 * server refuses the vote as stale and the page reloads with the diff.
 */
export function VoteForm({
  reviewId,
  pinRound,
  current,
  seatCount,
}: {
  reviewId: string;
  pinRound: number;
  seatCount: number;
  current: {
    choice: VoteChoice;
    tasks: { text: string; metric: string | null; target: string | null }[];
    comment: string;
  } | null;
}) {
  const router = useRouter();
  const msgId = "vote-message";
  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    formState: { errors },
  } = useForm<Values, unknown, CastVoteData>({
    resolver,
    defaultValues: {
      reviewId,
      pinRound,
      choice: current?.choice ?? "",
      tasks: current?.tasks.map((t) => ({ text: t.text, metric: t.metric ?? "", target: t.target ?? "" })) ?? [],
      comment: current?.comment ?? "",
    },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "tasks" });
  const choice = useWatch({ control, name: "choice" });
  const { message, pending, run } = useServerAction({ setError, getValues, formState: { errors } });
  // The server refused the vote as stale (its "pin" reason): say so at the top, with the way on.
  const [stale, setStale] = useState(false);

  const onSubmit = handleSubmit(async (input) => {
    // The pin round comes from the latest render (a refresh may bring a new round), not the defaults.
    setStale(false);
    const r = await run(() => castVoteAction({ ...input, reviewId, pinRound }), {
      success: (d) =>
        d?.status === "graduated"
          ? "Your vote completed the panel: the review graduated."
          : d?.status === "returned"
            ? "Your vote completed the panel: the review was returned with its task list."
            : d?.decidedMeanwhile
              ? `Your vote is recorded, and the last vote came in at the same moment: the review ${d.decidedMeanwhile === "graduated" ? "graduated" : "was returned"}.`
              : d?.recorded === "unchanged"
                ? "Your vote was already recorded exactly like this."
                : `Your vote is recorded${current ? " (changed)" : ""}. The decision comes when all ${seatCount} seats have voted.`,
    });
    if (!r.ok && r.fieldErrors?.pin) setStale(true);
    if (r.ok && (r.data?.status === "graduated" || r.data?.status === "returned" || r.data?.decidedMeanwhile)) {
      // The vote form goes away with the decision: land on the decision instead.
      router.push(`/reviews/${reviewId}?decided=1`);
      return;
    }
    focusById(msgId);
    router.refresh();
    // A colleague's last vote may land a moment after ours (the server already waits for votes
    // queued with ours): look once more, so the decision replaces this form without a reload.
    setTimeout(() => router.refresh(), 3000);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <ActionMessage id={msgId} message={message} />
      {stale ? (
        <div className="flex flex-wrap items-center gap-3 text-sm text-slate-800">
          <span>Your choice and tasks are kept below.</span>
          <Button variant="secondary" size="sm" onClick={() => router.refresh()}>
            Reload the review
          </Button>
        </div>
      ) : null}
      <p id="vote-rule" className="text-sm text-slate-800">
        <strong>How the panel decides:</strong> nothing is decided until every seat has a current vote ({seatCount}{" "}
        {plural(seatCount, "seat")}). Then the review graduates if every vote is graduate; a single return vote returns
        it, with the tasks of every return vote.
      </p>
      <fieldset aria-describedby={cx("vote-rule", errors.choice && "vote-choice-error")}>
        <legend className="mb-1 text-sm font-semibold text-slate-900">Your vote</legend>
        <div className="flex flex-col gap-1">
          <label className="flex min-h-11 items-center gap-2 text-sm text-slate-900">
            <input type="radio" value="graduate" className="size-4 accent-blue-700" {...register("choice")} />
            Graduate — every reviewed component moves up one level
          </label>
          <label className="flex min-h-11 items-center gap-2 text-sm text-slate-900">
            <input
              type="radio"
              value="return"
              className="size-4 accent-blue-700"
              {...register("choice", {
                onChange: (e: { target: { value: string } }) =>
                  e.target.value === "return" && fields.length === 0 && append({ text: "", metric: "", target: "" }),
              })}
            />
            Return — with tasks to do first
          </label>
        </div>
        <FieldError id="vote-choice-error" message={errors.choice?.message} />
      </fieldset>

      {choice === "return" ? (
        <fieldset
          className="flex flex-col gap-3"
          aria-describedby={errors.tasks?.message ? "vote-tasks-error" : undefined}
        >
          <legend className="mb-1 text-sm font-semibold text-slate-900">Tasks before the next review</legend>
          <p className="text-sm text-slate-600">One specific task each; a metric and target make it checkable.</p>
          <FieldError id="vote-tasks-error" message={errors.tasks?.message ?? errors.tasks?.root?.message} />
          {fields.map((f, i) => {
            const e = errors.tasks?.[i];
            return (
              <div key={f.id} className="grid grid-cols-2 gap-2 rounded-md border border-slate-200 bg-white p-3">
                <div className="col-span-2">
                  <Label htmlFor={`task-${i}-text`}>Task {i + 1}</Label>
                  <Textarea
                    id={`task-${i}-text`}
                    rows={2}
                    aria-invalid={e?.text ? true : undefined}
                    aria-describedby={e?.text ? `task-${i}-text-error` : undefined}
                    {...register(`tasks.${i}.text`)}
                  />
                  <FieldError id={`task-${i}-text-error`} message={e?.text?.message} />
                </div>
                <div>
                  <Label htmlFor={`task-${i}-metric`}>Metric (optional)</Label>
                  <Textarea id={`task-${i}-metric`} rows={2} {...register(`tasks.${i}.metric`)} />
                </div>
                <div>
                  <Label htmlFor={`task-${i}-target`}>Target (optional)</Label>
                  <Textarea id={`task-${i}-target`} rows={2} {...register(`tasks.${i}.target`)} />
                </div>
                <div className="col-span-2">
                  <Button variant="ghost" size="sm" onClick={() => remove(i)}>
                    Remove<span className="sr-only"> task {i + 1}</span>
                  </Button>
                </div>
              </div>
            );
          })}
          <div>
            <Button variant="secondary" size="sm" onClick={() => append({ text: "", metric: "", target: "" })}>
              Add a task
            </Button>
          </div>
        </fieldset>
      ) : null}

      <div>
        <Label htmlFor="vote-comment">Comment (optional)</Label>
        <Textarea id="vote-comment" rows={3} {...register("comment")} />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Recording your vote…" : current ? "Change my vote" : "Cast my vote"}
        </Button>
      </div>
    </form>
  );
}
