/**
 * Regression: the chair of a returned L4 review recorded a review switchback after a later review
 * had graduated the same components to L5, sending a component back to L4 from a review that no
 * longer spoke for it. These tests pin the rule that a later decision supersedes a review.
 */
import { describe, expect, it } from "vitest";
import { allowedActions } from "./allowed-actions";
import { decideChairPause, decideKeyDecision } from "./key-decisions";
import {
  supersededComponentIds,
  supersededReasons,
  supersedingReviews,
  type DecidedReview,
  type SupersessionInput,
} from "./supersession";
import { decideReviewSwitchback } from "./switchbacks";

const t = (day: number) => new Date(Date.UTC(2026, 5, day));
const review = { id: "r4", decidedAt: t(1), componentIds: ["c1", "c2"] };
const l5: DecidedReview = { id: "r5", level: 5, status: "graduated", decidedAt: t(10), componentIds: ["c1"] };
const older: DecidedReview = {
  id: "r3",
  level: 3,
  status: "graduated",
  decidedAt: t(1 - 30),
  componentIds: ["c1", "c2"],
};
const elsewhere: DecidedReview = { id: "rx", level: 4, status: "returned", decidedAt: t(20), componentIds: ["c9"] };
const input = (otherDecided: DecidedReview[]): SupersessionInput => ({ review, otherDecided });
const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));

describe("supersedingReviews", () => {
  it("counts only reviews decided later that share a component", () => {
    expect(supersedingReviews(input([older, elsewhere, l5])).map((r) => r.id)).toEqual(["r5"]);
    expect(supersededComponentIds(input([older, elsewhere, l5]))).toEqual(["c1"]);
  });
  it("an undecided review is never superseded, nor by itself", () => {
    expect(supersedingReviews({ review: { ...review, decidedAt: null }, otherDecided: [l5] })).toEqual([]);
    expect(supersedingReviews(input([{ ...l5, id: "r4" }]))).toEqual([]);
  });
  it("the refusal names the later review", () => {
    const [r] = supersededReasons({ ...input([l5]), what: "a key decision" });
    expect(r?.code).toBe("review_superseded");
    expect(r?.message).toContain("level 5 review decided on 2026-06-10 (graduated)");
    expect(supersededReasons({ ...input([older]), what: "x" })).toEqual([]);
  });
});

describe("every door of a superseded review", () => {
  it("key decision (pause, continue, path A+B) is refused", () => {
    for (const [level, status, decision] of [
      [4, "returned", "pause"],
      [4, "graduated", "continue"],
      [2, "graduated", "path_a_b"],
    ] as const) {
      const base = {
        review: { status, level },
        projectStatus: "active" as const,
        decision,
        now: t(30),
      };
      expect(decideKeyDecision({ ...base, supersession: input([older]) }).ok).toBe(true);
      expect(codes(decideKeyDecision({ ...base, supersession: input([l5]) }))).toEqual(["review_superseded"]);
    }
  });
  it("pause on return is refused", () => {
    const base = {
      review: { status: "returned" as const },
      projectStatus: "active" as const,
      rationale: "r",
    };
    expect(decideChairPause({ ...base, supersession: input([]) }).ok).toBe(true);
    expect(codes(decideChairPause({ ...base, supersession: input([l5]) }))).toEqual(["review_superseded"]);
  });
  it("a review switchback may not move a component a later review decided; the others it may", () => {
    const base = {
      review: { id: "r4", status: "returned" as const, componentIds: ["c1", "c2"] },
      rationale: "r",
      components: [
        { id: "c1", level: 5, status: "active" as const, name: "Model" },
        { id: "c2", level: 4, status: "active" as const },
      ],
      supersession: input([l5]),
    };
    const refused = decideReviewSwitchback({ ...base, moves: [{ componentId: "c1", toLevel: 4 }] });
    expect(refused.ok ? [] : refused.reasons).toEqual([
      expect.objectContaining({ code: "component_superseded", field: "moves.0" }),
    ]);
    expect(decideReviewSwitchback({ ...base, moves: [{ componentId: "c2", toLevel: 3 }] }).ok).toBe(true);
  });
  it("the UI offers no state change, only the debrief; switchback while some components are still its own", () => {
    const project = { status: "active" as const, members: [{ userId: "own", role: "owner" as const }] };
    const r = { status: "returned" as const, level: 4, authorId: "own", seats: [{ userId: "chair", isChair: true }] };
    const chair = { userId: "chair", roles: ["reviewer" as const] };
    const owner = { userId: "own", roles: ["researcher" as const] };
    expect(allowedActions({ project, review: { ...r, superseded: "all" } }, chair)).toEqual(["read", "record_debrief"]);
    expect(allowedActions({ project, review: { ...r, superseded: "some" } }, chair)).toEqual([
      "read",
      "record_review_switchback",
      "record_debrief",
    ]);
    expect(allowedActions({ project, review: r }, owner)).toContain("tick_review_task");
    expect(allowedActions({ project, review: { ...r, superseded: "some" } }, owner)).not.toContain("tick_review_task");
  });
});
