import { describe, expect, it } from "vitest";
import { canTransition, decideReviewTransition, isDecided, isLive } from "./review-state";
import { REVIEW_STATUSES, type ReviewStatus } from "./vocabulary";

const ALLOWED: [ReviewStatus, ReviewStatus][] = [
  ["draft", "open"],
  ["draft", "withdrawn"],
  ["open", "withdrawn"],
  ["open", "graduated"],
  ["open", "returned"],
];

describe("review state machine", () => {
  const all = REVIEW_STATUSES.flatMap((from) => REVIEW_STATUSES.map((to) => [from, to] as const));
  it.each(all)("%s → %s", (from, to) => {
    const expected = ALLOWED.some(([f, t]) => f === from && t === to);
    expect(canTransition(from, to)).toBe(expected);
    expect(decideReviewTransition(from, to).ok).toBe(expected);
  });

  it("explains refusals", () => {
    const final = decideReviewTransition("graduated", "returned");
    const wrong = decideReviewTransition("draft", "graduated");
    expect(final.ok ? "" : final.reasons[0]!.message).toBe("A graduated review is final; it cannot become returned.");
    expect(wrong.ok ? "" : wrong.reasons[0]!.message).toBe(
      "A draft review can only become open or withdrawn, not graduated.",
    );
  });

  it("classifies statuses", () => {
    expect(REVIEW_STATUSES.filter(isDecided)).toEqual(["graduated", "returned"]);
    expect(REVIEW_STATUSES.filter(isLive)).toEqual(["draft", "open"]);
  });
});
