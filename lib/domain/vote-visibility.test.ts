import { describe, expect, it } from "vitest";
import type { ReviewStatus } from "./vocabulary";
import { visibleVote } from "./vote-visibility";

const vote = { choice: "return", comment: "More tests" };

describe("visibleVote", () => {
  const cases: [status: ReviewStatus, viewer: string, shown: boolean][] = [
    ["open", "other", false],
    ["open", "holder", true],
    ["draft", "other", false],
    ["withdrawn", "other", false],
    ["graduated", "other", true],
    ["returned", "other", true],
    ["returned", "holder", true],
  ];
  it.each(cases)("on a %s review, viewer %s sees it: %s", (reviewStatus, viewerId, shown) => {
    expect(visibleVote({ reviewStatus, seatUserId: "holder", viewerId, vote })).toBe(shown ? vote : null);
  });

  it("answers null when the seat has no vote, even once decided", () => {
    expect(visibleVote({ reviewStatus: "graduated", seatUserId: "holder", viewerId: "holder", vote: undefined })).toBe(
      null,
    );
  });
});
