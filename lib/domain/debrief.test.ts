import { describe, expect, it } from "vitest";
import { DEFAULT_DEBRIEF_QUESTIONS, decideDebrief } from "./debrief";

const answers = DEFAULT_DEBRIEF_QUESTIONS.map((q) => ({ key: q.key, answer: ` Answer to ${q.key} ` }));
const base = { review: { status: "graduated" as const }, answers };

describe("debrief", () => {
  it("has the rules' four default questions", () => {
    expect(DEFAULT_DEBRIEF_QUESTIONS.map((q) => q.key)).toEqual(["accomplished", "punted", "learned", "debt"]);
  });

  it.each(["graduated", "returned"] as const)("the chair records it on a %s review", (status) => {
    const d = decideDebrief({ ...base, review: { status } });
    expect(d.ok && d.value).toEqual(
      DEFAULT_DEBRIEF_QUESTIONS.map((q) => ({ key: q.key, answer: `Answer to ${q.key}` })),
    );
  });

  it.each<[string, object, string[]]>([
    ["open review", { review: { status: "open" } }, ["review_not_decided"]],
    ["withdrawn review", { review: { status: "withdrawn" } }, ["review_not_decided"]],
    [
      "empty answer",
      { answers: answers.map((a, i) => (i === 2 ? { ...a, answer: "  " } : a)) },
      ["debrief_answer_missing"],
    ],
    ["missing answer", { answers: answers.slice(1) }, ["debrief_answer_missing"]],
    ["duplicate answer", { answers: [...answers, answers[0]!] }, ["debrief_answer_duplicate"]],
    ["unknown question", { answers: [...answers, { key: "mood", answer: "good" }] }, ["debrief_unknown_question"]],
  ])("refuses: %s", (_n, over, expected) => {
    const d = decideDebrief({ ...base, ...over });
    expect(d.ok ? [] : d.reasons.map((r) => r.code)).toEqual(expected);
  });

  it("accepts custom questions", () => {
    expect(
      decideDebrief({ ...base, questions: [{ key: "q", label: "Q?" }], answers: [{ key: "q", answer: "A" }] }).ok,
    ).toBe(true);
  });
});
