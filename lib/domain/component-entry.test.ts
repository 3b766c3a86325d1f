import { describe, expect, it } from "vitest";
import {
  claimLabel,
  claimPendingReasons,
  decideComponentStart,
  decideEntryGraduation,
  decideImportClaim,
  decideWithdrawClaim,
  entryComponentReasons,
  reviewKindLevelReasons,
  reviewedSetReasons,
  startLevelReasons,
  weakestLinkRise,
} from "./component-entry";
import { decideKeyDecision } from "./key-decisions";
import { assertTransition } from "./transitions";

/**
 * Regression: creating a component accepted a starting level 0–9 and importing copied the source's
 * level, so a contributor raised a level-4 project to 9 without a review. A component now starts at
 * 0; anything higher is a claim an entry review confirms.
 */
const codes = (d: { ok: boolean; reasons?: { code: string }[] } | { code: string }[]) =>
  Array.isArray(d) ? d.map((r) => r.code) : d.ok ? [] : (d.reasons ?? []).map((r) => r.code);
const claimed = (id: string, claimedLevel: number | null, level = 0) => ({
  id,
  name: id,
  level,
  claimedLevel,
  status: "active" as const,
});

describe("where a component starts", () => {
  it.each([
    [undefined, null],
    [null, null],
    [0, null],
    [3, 3],
    [9, 9],
  ])("claimedLevel %s → level 0, claim %s", (input, claim) => {
    expect(decideComponentStart({ claimedLevel: input })).toEqual({
      ok: true,
      value: { level: 0, claimedLevel: claim },
    });
  });

  it("refuses a claim that is not a level", () => {
    expect(codes(decideComponentStart({ claimedLevel: 10 }))).toEqual(["level_invalid"]);
    expect(codes(decideComponentStart({ claimedLevel: 1.5 }))).toEqual(["level_invalid"]);
  });

  it("imports the source's confirmed level as a claim, never its own unconfirmed claim", () => {
    expect(decideImportClaim({ level: 9, claimedLevel: null, status: "active" })).toEqual({
      ok: true,
      value: { level: 0, claimedLevel: 9 },
    });
    expect(decideImportClaim({ level: 0, claimedLevel: 8, status: "active" })).toEqual({
      ok: true,
      value: { level: 0, claimedLevel: null },
    });
    expect(codes(decideImportClaim({ level: 4, claimedLevel: null, status: "archived" }))).toEqual(["import_archived"]);
  });

  it("lets a start above 0 through only with the review that earned it", () => {
    expect(codes(startLevelReasons(0, null))).toEqual([]);
    expect(codes(startLevelReasons(7, null))).toEqual(["start_above_zero"]);
    expect(codes(startLevelReasons(2, "review-1"))).toEqual([]);
  });

  it("labels a pending claim", () => {
    expect(claimLabel({ claimedLevel: 7 })).toBe("claimed L7, unconfirmed");
    expect(claimLabel({ claimedLevel: null })).toBeNull();
  });
});

describe("entry reviews", () => {
  it("take only components at 0 claiming exactly the review's level", () => {
    expect(codes(entryComponentReasons(3, [claimed("a", 3)]))).toEqual([]);
    expect(codes(entryComponentReasons(3, [claimed("a", 4)]))).toEqual(["component_claim_differs"]);
    expect(codes(entryComponentReasons(3, [claimed("a", null)]))).toEqual(["component_not_claimed"]);
    expect(codes(reviewedSetReasons("entry", 3, ["a"], [claimed("a", 3)]))).toEqual([]);
  });

  it("have levels 1–9 (9 included: a deployed part can claim it); gate reviews 0–8", () => {
    expect(codes(reviewKindLevelReasons("entry", 9))).toEqual([]);
    expect(codes(reviewKindLevelReasons("entry", 0))).toEqual(["entry_level_invalid"]);
    expect(codes(reviewKindLevelReasons("gate", 9))).toEqual(["level_not_reviewable"]);
  });

  it("keep claimed components out of gate reviews", () => {
    expect(codes(claimPendingReasons([claimed("a", 5)]))).toEqual(["component_claim_pending"]);
    expect(codes(reviewedSetReasons("gate", 0, ["a"], [claimed("a", 5)]))).toEqual(["component_claim_pending"]);
    expect(codes(reviewedSetReasons("gate", 0, ["a"], [claimed("a", null)]))).toEqual([]);
  });

  it("graduate claims 0 → claimed level with `entry` transitions, once", () => {
    const review = { id: "r", status: "open" as const, level: 6, componentIds: ["a"] };
    expect(decideEntryGraduation({ review, outcome: { status: "graduated" }, components: [claimed("a", 6)] })).toEqual({
      ok: true,
      value: [{ componentId: "a", kind: "entry", fromLevel: 0, toLevel: 6, reviewId: "r" }],
    });
    expect(
      codes(decideEntryGraduation({ review, outcome: { status: "graduated" }, components: [claimed("a", null, 6)] })),
    ).toEqual(["component_not_claimed"]);
    expect(
      codes(
        decideEntryGraduation({
          review: { ...review, status: "graduated" },
          outcome: { status: "graduated" },
          components: [claimed("a", 6)],
        }),
      ),
    ).toEqual(["review_not_open"]);
  });

  it("record no key decision (an L2 entry review must not open a research track)", () => {
    const input = {
      projectStatus: "active" as const,
      decision: "path_a_b" as const,
      now: new Date("2026-01-01"),
    };
    expect(codes(decideKeyDecision({ ...input, review: { status: "graduated", level: 2, kind: "entry" } }))).toEqual([
      "entry_review_no_key_decision",
    ]);
    expect(decideKeyDecision({ ...input, review: { status: "graduated", level: 2, kind: "gate" } }).ok).toBe(true);
  });

  it("entry transitions leave 0 only", () => {
    expect(assertTransition(0, 7, "entry").ok).toBe(true);
    expect(codes(assertTransition(3, 7, "entry"))).toEqual(["entry_not_from_zero"]);
    expect(codes(assertTransition(0, 0, "entry"))).toEqual(["entry_not_from_zero"]);
  });
});

describe("withdrawing a claim and archiving the weakest link", () => {
  it("withdraws a pending claim unless the component is under a live review", () => {
    expect(decideWithdrawClaim({ component: claimed("a", 4), underLiveReview: false })).toEqual({
      ok: true,
      value: { claimedLevel: null, withdrawn: 4 },
    });
    expect(codes(decideWithdrawClaim({ component: claimed("a", 4), underLiveReview: true }))).toEqual([
      "component_under_review",
    ]);
    expect(codes(decideWithdrawClaim({ component: claimed("a", null), underLiveReview: false }))).toEqual([
      "component_not_claimed",
    ]);
  });

  it.each([
    [2, 5, { from: 2, to: 5 }],
    [4, 4, null],
    [4, 0, null],
    [4, null, null],
    [null, 3, null],
  ])("system level %s → %s is a rise: %j", (before, after, rise) => {
    expect(weakestLinkRise(before, after)).toEqual(rise);
  });
});
