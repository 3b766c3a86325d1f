import { decide, duplicates, hasText, reason, type Decision, type Reason } from "./decision";
import { isDecided } from "./review-state";
import type { ReviewStatus } from "./vocabulary";

export type DebriefQuestion = { key: string; label: string };
export type DebriefAnswer = { key: string; answer: string };

/** The rules' four default questions of the stage debrief. */
export const DEFAULT_DEBRIEF_QUESTIONS: readonly DebriefQuestion[] = [
  { key: "accomplished", label: "What was accomplished, and by whom?" },
  { key: "punted", label: "What was punted or de-scoped?" },
  { key: "learned", label: "What was learned?" },
  { key: "debt", label: "What technical debt was gained or paid off?" },
];

/**
 * The chair records the debrief after the decision (graduated or returned), answering every
 * question. Recording again replaces the text; the audit log keeps earlier versions. Who records
 * it is the permission table's `record_chair_decision` rule.
 */
export function decideDebrief(input: {
  review: { status: ReviewStatus };
  questions?: readonly DebriefQuestion[];
  answers: readonly DebriefAnswer[];
}): Decision<DebriefAnswer[]> {
  const questions = input.questions ?? DEFAULT_DEBRIEF_QUESTIONS;
  const out: Reason[] = [];
  if (!isDecided(input.review.status)) {
    out.push(
      reason(
        "review_not_decided",
        `The debrief is recorded after the panel decides; this review is ${input.review.status}.`,
        "status",
      ),
    );
  }
  for (const q of questions) {
    const a = input.answers.find((x) => x.key === q.key);
    if (!a || !hasText(a.answer))
      out.push(
        reason("debrief_answer_missing", `The debrief question "${q.label}" has no answer.`, `answers.${q.key}`),
      );
  }
  for (const k of duplicates(input.answers.map((a) => a.key))) {
    out.push(
      reason("debrief_answer_duplicate", `The debrief question "${k}" is answered more than once.`, `answers.${k}`),
    );
  }
  for (const a of input.answers.filter((x) => !questions.some((q) => q.key === x.key))) {
    out.push(reason("debrief_unknown_question", `"${a.key}" is not a debrief question.`, `answers.${a.key}`));
  }
  return decide(out, () =>
    questions.map((q) => ({ key: q.key, answer: (input.answers.find((a) => a.key === q.key)?.answer ?? "").trim() })),
  );
}
