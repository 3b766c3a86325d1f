import { describe, expect, it } from "vitest";
import { decideChairPause, decideKeyDecision, type KeyDecisionInput } from "./key-decisions";
import type { KeyDecision, ReviewStatus } from "./vocabulary";

const now = new Date("2026-06-01T12:00:00Z");
const later = new Date("2026-09-01T00:00:00Z");
const input = (
  level: number,
  status: ReviewStatus,
  decision: KeyDecision,
  over: Partial<KeyDecisionInput> = {},
): KeyDecisionInput => ({
  review: { status, level },
  projectStatus: "active",
  decision,
  now,
  ...over,
});
const codes = (i: KeyDecisionInput) => {
  const d = decideKeyDecision(i);
  return d.ok ? [] : d.reasons.map((r) => r.code);
};
const none = { createResearchTrack: false, pauseProject: false, deploymentTargetDate: null };

describe("decideKeyDecision: each value", () => {
  it.each<[number, ReviewStatus, KeyDecision, Partial<KeyDecisionInput>, object]>([
    [2, "graduated", "path_a", {}, none],
    [2, "graduated", "path_a_b", {}, { ...none, createResearchTrack: true }],
    [2, "returned", "path_b", {}, none],
    [4, "graduated", "continue", {}, none],
    [4, "graduated", "pause", {}, { ...none, pauseProject: true }],
    [4, "returned", "pause", {}, { ...none, pauseProject: true }],
    [8, "graduated", "go", { targetDate: later }, { ...none, deploymentTargetDate: later }],
    [8, "graduated", "no_go", {}, none],
    [8, "returned", "no_go", {}, none],
  ])("L%i %s review: %s", (level, status, decision, over, effect) => {
    expect(decideKeyDecision(input(level, status, decision, over))).toEqual({
      ok: true,
      value: { decision, ...effect },
    });
  });
});

describe("decideKeyDecision refusals", () => {
  it.each<[string, KeyDecisionInput, string[]]>([
    ["wrong level (go at L2)", input(2, "graduated", "go", { targetDate: later }), ["key_decision_wrong_level"]],
    ["wrong level (pause at L8)", input(8, "returned", "pause"), ["key_decision_wrong_level"]],
    ["level without key decision", input(3, "graduated", "continue"), ["no_key_decision_at_level"]],
    ["go without date", input(8, "graduated", "go"), ["target_date_missing"]],
    [
      "go with past date",
      input(8, "graduated", "go", { targetDate: new Date("2026-05-01T00:00:00Z") }),
      ["target_date_past"],
    ],
    ["go with date equal to now", input(8, "graduated", "go", { targetDate: now }), ["target_date_past"]],
    ["go with invalid date", input(8, "graduated", "go", { targetDate: new Date("nope") }), ["target_date_missing"]],
    ["no_go with a date", input(8, "graduated", "no_go", { targetDate: later }), ["target_date_unexpected"]],
    ["go on a returned review", input(8, "returned", "go", { targetDate: later }), ["key_decision_wrong_outcome"]],
    ["path_a on a returned review", input(2, "returned", "path_a"), ["key_decision_wrong_outcome"]],
    ["path_b on a graduated review", input(2, "graduated", "path_b"), ["key_decision_wrong_outcome"]],
    ["continue on a returned review", input(4, "returned", "continue"), ["key_decision_wrong_outcome"]],
    ["before the decision (open)", input(4, "open", "continue"), ["review_not_decided"]],
    ["withdrawn review", input(4, "withdrawn", "pause"), ["review_not_decided"]],
    [
      "already recorded",
      input(4, "graduated", "pause", { review: { status: "graduated", level: 4, keyDecision: "continue" } }),
      ["key_decision_recorded"],
    ],
    ["pause on a paused project", input(4, "graduated", "pause", { projectStatus: "paused" }), ["project_not_active"]],
  ])("%s", (_n, i, expected) => {
    expect(codes(i)).toEqual(expected);
  });

  it("lists the valid choices for the level", () => {
    const d = decideKeyDecision(input(4, "graduated", "go", { targetDate: later }));
    expect(d.ok ? "" : d.reasons[0]!.message).toBe(
      '"go" is not a key decision of level 4; choose "continue" or "pause".',
    );
  });
});

describe("decideChairPause (returned review, any level)", () => {
  const base = {
    review: { status: "returned" as ReviewStatus },
    projectStatus: "active" as const,
    rationale: "Funding moved.",
  };
  it("pauses with a rationale", () => {
    expect(decideChairPause(base)).toEqual({ ok: true, value: { pauseProject: true, rationale: "Funding moved." } });
  });
  it.each<[string, object, string[]]>([
    ["graduated review", { review: { status: "graduated" } }, ["review_not_returned"]],
    ["already paused", { projectStatus: "paused" }, ["project_not_active"]],
    ["no rationale", { rationale: " " }, ["rationale_missing"]],
  ])("refuses: %s", (_n, over, expected) => {
    const d = decideChairPause({ ...base, ...over });
    expect(d.ok ? [] : d.reasons.map((r) => r.code)).toEqual(expected);
  });
});
