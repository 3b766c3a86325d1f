"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { recordReviewSwitchbackAction } from "@/lib/actions/review-actions";
import type { ReviewPageDto } from "@/lib/dal/reviews/review-page-types";
import {
  reviewSwitchbackSchema,
  type ReviewSwitchbackData,
  type ReviewSwitchbackInput,
} from "@/lib/schemas/review-decision";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { ActionMessage } from "@/components/forms/action-message";
import { schemaResolver } from "@/components/forms/schema-resolver";
import { useRefreshRunner } from "./chair-actions";

type Props = { review: ReviewPageDto };

type Values = {
  kind: "switchback" | "pause";
  reviewId: string;
  targets: { componentId: string; toLevel: string }[];
  rationale: string;
};

/** "Stays where it is" is no move. */
const movesOf = (targets: Values["targets"]) =>
  targets.filter((t) => t.toLevel !== "").map((t) => ({ componentId: t.componentId, toLevel: Number(t.toLevel) }));

function toInput(v: Values): ReviewSwitchbackInput {
  return v.kind === "pause"
    ? { kind: "pause", reviewId: v.reviewId, rationale: v.rationale }
    : { kind: "switchback", reviewId: v.reviewId, moves: movesOf(v.targets), rationale: v.rationale };
}
const resolver = schemaResolver(reviewSwitchbackSchema, toInput);

/** On a returned review: move some of its components down (review switchback), or pause the project. */
export function ReturnedActionsForm({
  review,
  canSwitchback,
  canPause,
}: Props & { canSwitchback: boolean; canPause: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const movable = review.components.filter((c) => !review.supersededComponentIds.includes(c.id));
  const {
    register,
    handleSubmit,
    getValues,
    control,
    formState: { errors },
  } = useForm<Values, unknown, ReviewSwitchbackData>({
    resolver,
    defaultValues: {
      kind: canSwitchback ? "switchback" : "pause",
      reviewId: review.id,
      targets: movable.map((c) => ({ componentId: c.id, toLevel: "" })),
      rationale: "",
    },
  });
  const [kind, targets, rationale] = useWatch({ control, name: ["kind", "targets", "rationale"] });
  // Every change takes the chair back to the first step, so what is confirmed is what was shown.
  const edit = { onChange: () => setConfirming(false) };
  // The server's field messages have no field on this form (moves are renumbered): they are its message.
  const { message, pending, ref, act } = useRefreshRunner();
  const moves = movesOf(targets);
  const name = (id: string) => review.components.find((c) => c.id === id)?.name ?? id;
  const current = (id: string) => review.components.find((c) => c.id === id)?.currentLevel ?? review.level;
  return (
    <div className="flex flex-col gap-3">
      <fieldset>
        <legend className="mb-1 text-sm font-semibold text-slate-900">After the return</legend>
        {canSwitchback ? (
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="radio" value="switchback" className="size-4 accent-blue-700" {...register("kind", edit)} />
            Review switchback: move components to a lower level
          </label>
        ) : null}
        {canPause ? (
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="radio" value="pause" className="size-4 accent-blue-700" {...register("kind", edit)} />
            Pause the project
          </label>
        ) : null}
      </fieldset>
      {kind === "switchback" ? (
        <ul className="flex flex-col gap-2">
          {movable.map((c, i) => (
            <li key={c.id}>
              <Label htmlFor={`sb-${c.id}`}>
                {c.name} (now level {c.currentLevel}) moves to
              </Label>
              <Select
                id={`sb-${c.id}`}
                className="max-w-xs"
                {...register(`targets.${i}.toLevel`, edit)}
                options={[
                  { value: "", label: "Stays where it is" },
                  ...Array.from({ length: c.currentLevel }, (_, l) => ({ value: String(l), label: `Level ${l}` })),
                ]}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <div>
        <Label htmlFor="returned-rationale">Rationale</Label>
        <Textarea
          id="returned-rationale"
          rows={2}
          aria-invalid={errors.rationale ? true : undefined}
          aria-describedby={errors.rationale ? "returned-rationale-error" : undefined}
          {...register("rationale", edit)}
        />
        <FieldError id="returned-rationale-error" message={errors.rationale?.message} />
      </div>
      {confirming ? (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-semibold">What will happen:</p>
          {kind === "pause" ? (
            <p>{review.project.name} is paused: no review can open until an owner or admin resumes it.</p>
          ) : (
            <ul className="list-disc pl-5">
              {moves.map((m) => (
                <li key={m.componentId}>
                  {name(m.componentId)} moves from level {current(m.componentId)} to level {m.toLevel} (review
                  switchback).
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      <ActionMessage ref={ref} message={message} />
      <div className="flex flex-wrap gap-3">
        {!confirming ? (
          <Button
            disabled={!rationale?.trim() || (kind === "switchback" && moves.length === 0)}
            onClick={handleSubmit(() => setConfirming(true))}
          >
            {kind === "pause" ? "Pause the project…" : "Move components down…"}
          </Button>
        ) : (
          <>
            <Button
              variant="danger"
              disabled={pending}
              onClick={() =>
                void act(
                  () => recordReviewSwitchbackAction(toInput(getValues())),
                  kind === "pause" ? "The project is paused." : "The components moved down.",
                )
              }
            >
              {pending
                ? "Recording…"
                : kind === "pause"
                  ? "Confirm: pause the project"
                  : "Confirm the review switchback"}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Back
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
