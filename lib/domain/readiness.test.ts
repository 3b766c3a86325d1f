import { describe, expect, it } from "vitest";
import { readiness, type ReadinessInput } from "./readiness";

const now = new Date("2026-06-01T12:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const base: ReadinessInput = {
  level: 3,
  requirements: [{ number: 1, statement: "It shall hold.", status: "verified" }],
  criteria: [{ key: "unit_tests", label: "Unit tests", latestAt: daysAgo(2) }],
  openReviews: [],
  freshnessDays: 30,
  now,
};

describe("readiness", () => {
  it.each<[string, Partial<ReadinessInput>, string[]]>([
    ["all fresh and verified", {}, []],
    ["no level yet: nothing to check", { level: null, criteria: [{ key: "k", label: "K", latestAt: null }] }, []],
    [
      "a regressed requirement",
      { requirements: [{ number: 2, statement: "x", status: "regressed" }] },
      ["regressed_requirement"],
    ],
    [
      "open and waived requirements are not problems",
      { requirements: [{ number: 2, statement: "x", status: "open" }] },
      [],
    ],
    ["criterion without evidence", { criteria: [{ key: "k", label: "K", latestAt: null }] }, ["missing_evidence"]],
    ["stale evidence", { criteria: [{ key: "k", label: "K", latestAt: daysAgo(31) }] }, ["stale_evidence"]],
    [
      "a shorter window",
      { freshnessDays: 1, criteria: [{ key: "k", label: "K", latestAt: daysAgo(2) }] },
      ["stale_evidence"],
    ],
    ["an overdue review", { openReviews: [{ level: 3, dueAt: daysAgo(3) }] }, ["overdue_review"]],
    ["a review not yet due", { openReviews: [{ level: 3, dueAt: daysAgo(-3) }] }, []],
    ["a review without a due date", { openReviews: [{ level: 3, dueAt: null }] }, []],
    [
      "everything at once, in order",
      {
        requirements: [{ number: 2, statement: "x", status: "regressed" }],
        criteria: [
          { key: "a", label: "A", latestAt: null },
          { key: "b", label: "B", latestAt: daysAgo(90) },
        ],
        openReviews: [{ level: 3, dueAt: daysAgo(1) }],
      },
      ["regressed_requirement", "missing_evidence", "stale_evidence", "overdue_review"],
    ],
  ])("%s", (_n, patch, kinds) => {
    const r = readiness({ ...base, ...patch });
    expect(r.problems.map((p) => p.kind)).toEqual(kinds);
    expect(r.ok).toBe(kinds.length === 0);
    expect(r.level).toBe(patch.level === undefined ? 3 : patch.level);
  });

  it("messages name the requirement, the criterion and the age", () => {
    const r = readiness({
      ...base,
      requirements: [{ number: 7, statement: "Accuracy holds.", status: "regressed" }],
      criteria: [{ key: "k", label: "Known", latestAt: daysAgo(40) }],
    });
    expect(r.problems[0]!.message).toContain("R7");
    expect(r.problems[1]!.message).toContain("40 days old");
  });
});
