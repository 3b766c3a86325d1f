"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import {
  recordDebriefAction,
  recordKeyDecisionAction,
  recordReviewSwitchbackAction,
} from "@/lib/actions/review-actions";
import type { ActionResult } from "@/lib/actions/result";
import type { ReviewPageDto } from "@/lib/dal/review-reads";
import { DEFAULT_DEBRIEF_QUESTIONS } from "@/lib/domain/debrief";
import { KEY_DECISION_REQUIRES } from "@/lib/domain/key-decisions";
import type { KeyDecision } from "@/lib/domain/vocabulary";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { KEY_DECISION_EFFECTS, KEY_DECISION_LABELS } from "./labels";

type Props = { review: ReviewPageDto };

function useRefreshRunner() {
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  const runner = useServerAction();
  async function act<R>(fn: () => Promise<ActionResult<R>>, success: string) {
    const r = await runner.run(fn, { success: () => success });
    ref.current?.focus();
    if (r.ok) router.refresh();
    return r;
  }
  return { ...runner, ref, act };
}

/** L2 A/B/A+B, L4 continue/pause, L8 go/no-go — only the options valid for this outcome. */
export function KeyDecisionForm({ review }: Props) {
  const outcome = review.status === "graduated" ? "graduated" : "returned";
  const options = review.keyDecisionOptions.filter((d) => KEY_DECISION_REQUIRES[d].includes(outcome));
  const [decision, setDecision] = useState<KeyDecision | "">("");
  const [note, setNote] = useState("");
  const [date, setDate] = useState("");
  const { message, pending, ref, act } = useRefreshRunner();
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!decision) return;
        void act(
          () =>
            recordKeyDecisionAction({
              reviewId: review.id,
              decision,
              note,
              targetDate: decision === "go" ? date || null : null,
            }),
          "The key decision is recorded.",
        );
      }}
    >
      <fieldset>
        <legend className="mb-1 text-sm font-semibold text-slate-900">Key decision of level {review.level}</legend>
        {options.map((d) => (
          <label key={d} className="flex min-h-11 items-center gap-2 text-sm text-slate-900">
            <input
              type="radio"
              name="key-decision"
              value={d}
              checked={decision === d}
              onChange={() => setDecision(d)}
              className="size-4 accent-blue-700"
            />
            {KEY_DECISION_LABELS[d]}
          </label>
        ))}
      </fieldset>
      {decision === "go" ? (
        <div className="max-w-xs">
          <Label htmlFor="key-decision-date">Deployment target date</Label>
          <Input id="key-decision-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
      ) : null}
      <div>
        <Label htmlFor="key-decision-note">Note (optional)</Label>
        <Textarea id="key-decision-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
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

/** On a returned review: move some of its components down (review switchback), or pause the project. */
export function ReturnedActionsForm({
  review,
  canSwitchback,
  canPause,
}: Props & { canSwitchback: boolean; canPause: boolean }) {
  const [kind, setKind] = useState<"switchback" | "pause">(canSwitchback ? "switchback" : "pause");
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [rationale, setRationale] = useState("");
  const [confirming, setConfirming] = useState(false);
  const { message, pending, ref, act } = useRefreshRunner();
  const moves = Object.entries(targets)
    .filter(([, v]) => v !== "")
    .map(([componentId, v]) => ({ componentId, toLevel: Number(v) }));
  const name = (id: string) => review.components.find((c) => c.id === id)?.name ?? id;
  const current = (id: string) => review.components.find((c) => c.id === id)?.currentLevel ?? review.level;
  return (
    <div className="flex flex-col gap-3">
      <fieldset>
        <legend className="mb-1 text-sm font-semibold text-slate-900">After the return</legend>
        {canSwitchback ? (
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="radio"
              name="returned-kind"
              checked={kind === "switchback"}
              onChange={() => {
                setKind("switchback");
                setConfirming(false);
              }}
              className="size-4 accent-blue-700"
            />
            Review switchback: move components to a lower level
          </label>
        ) : null}
        {canPause ? (
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="radio"
              name="returned-kind"
              checked={kind === "pause"}
              onChange={() => {
                setKind("pause");
                setConfirming(false);
              }}
              className="size-4 accent-blue-700"
            />
            Pause the project
          </label>
        ) : null}
      </fieldset>
      {kind === "switchback" ? (
        <ul className="flex flex-col gap-2">
          {review.components
            .filter((c) => !review.supersededComponentIds.includes(c.id))
            .map((c) => (
              <li key={c.id}>
                <Label htmlFor={`sb-${c.id}`}>
                  {c.name} (now level {c.currentLevel}) moves to
                </Label>
                <Select
                  id={`sb-${c.id}`}
                  className="max-w-xs"
                  value={targets[c.id] ?? ""}
                  onChange={(e) => {
                    setTargets({ ...targets, [c.id]: e.target.value });
                    setConfirming(false);
                  }}
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
          value={rationale}
          onChange={(e) => {
            setRationale(e.target.value);
            setConfirming(false);
          }}
        />
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
            disabled={!rationale.trim() || (kind === "switchback" && moves.length === 0)}
            onClick={() => setConfirming(true)}
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
                  () =>
                    recordReviewSwitchbackAction(
                      kind === "pause"
                        ? { kind, reviewId: review.id, rationale }
                        : { kind, reviewId: review.id, moves, rationale },
                    ),
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

/** The chair's stage debrief; recording again replaces it (the audit log keeps each version). */
export function DebriefForm({ review }: Props) {
  const initial = Object.fromEntries(
    DEFAULT_DEBRIEF_QUESTIONS.map((q) => [q.key, review.debrief.find((d) => d.key === q.key)?.answer ?? ""]),
  );
  const [answers, setAnswers] = useState<Record<string, string>>(initial);
  const { message, pending, ref, act } = useRefreshRunner();
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        void act(
          () =>
            recordDebriefAction({
              reviewId: review.id,
              answers: DEFAULT_DEBRIEF_QUESTIONS.map((q) => ({ key: q.key, answer: answers[q.key] ?? "" })),
            }),
          "The debrief is recorded.",
        );
      }}
    >
      {DEFAULT_DEBRIEF_QUESTIONS.map((q) => (
        <div key={q.key}>
          <Label htmlFor={`debrief-${q.key}`}>{q.label}</Label>
          <Textarea
            id={`debrief-${q.key}`}
            rows={2}
            value={answers[q.key] ?? ""}
            onChange={(e) => setAnswers({ ...answers, [q.key]: e.target.value })}
          />
        </div>
      ))}
      <ActionMessage ref={ref} message={message} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Recording…" : review.debriefAt ? "Update the debrief" : "Record the debrief"}
        </Button>
      </div>
    </form>
  );
}
