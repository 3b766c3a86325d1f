import { describe, expect, it } from "vitest";
import { summariseLiveReview, type LiveReviewInput } from "./live-review";

const now = new Date("2026-12-02T10:00:00Z");
const base: LiveReviewInput = {
  status: "open",
  pinRound: 2,
  dueAt: null,
  seatCount: 3,
  votes: [],
  unconfirmedItems: [],
  requiredSections: [],
  filledSections: [],
  openReturnTasks: 0,
};

describe("summariseLiveReview", () => {
  it("counts current votes of the pin round and stale votes of earlier rounds", () => {
    const s = summariseLiveReview({ ...base, votes: [{ pinRound: 2 }, { pinRound: 1 }, { pinRound: 0 }] }, now);
    expect([s.currentVotes, s.seatCount, s.staleVotes]).toEqual([1, 3, 2]);
  });

  it("a draft has no votes to count", () => {
    const s = summariseLiveReview({ ...base, status: "draft", votes: [{ pinRound: 0 }] }, now);
    expect([s.currentVotes, s.staleVotes]).toEqual([0, 0]);
  });

  it.each<[string, string | null, number | null, number]>([
    ["no due date", null, null, 0],
    ["due later today", "2026-12-02T23:00:00Z", 0, 0],
    ["due in three days", "2026-12-05T09:00:00Z", 3, 0],
    ["overdue by four days", "2026-11-28T09:00:00Z", -4, 4],
  ])("%s", (_name, due, dueInDays, overdueDays) => {
    const s = summariseLiveReview({ ...base, dueAt: due ? new Date(due) : null }, now);
    expect([s.dueInDays, s.overdueDays]).toEqual([dueInDays, overdueDays]);
  });

  it("lists what the researcher owes, and is settled only when nothing is owed", () => {
    expect(summariseLiveReview(base, now).settled).toBe(true);
    const s = summariseLiveReview(
      {
        ...base,
        unconfirmedItems: ["panel", "criterion:a"],
        requiredSections: ["summary", "tldr", "caveats"],
        filledSections: ["summary"],
        openReturnTasks: 1,
      },
      now,
    );
    expect(s.owes).toEqual({ unconfirmedItems: 2, missingSections: ["tldr", "caveats"], openReturnTasks: 1 });
    expect(s.settled).toBe(false);
  });
});
