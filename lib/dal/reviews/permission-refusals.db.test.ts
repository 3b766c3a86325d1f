import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { CastVoteData } from "@/lib/schemas/review-decision";
import type { TestDb } from "@/test/db";
import {
  makeCast,
  makeProject,
  makeReview,
  makeUser,
  requiredSeats,
  type RoleName,
  openAppDatabase,
} from "@/test/gate-fixtures";

/**
 * Who may vote and who records the chair's decisions is decided once, by the permission table the
 * DAL asks inside each command (the domain's decide functions check only the state). These are the
 * refusals a real call returns for the who-rules that once lived in the domain too and that no other
 * DAL test pins down: an unseated voter, a seated voter who became a project member, a seated
 * non-chair recording a decision, and a chair who became a project member.
 */
let t: TestDb;
let closeDb: () => Promise<void>;
let votes: typeof import("@/lib/dal/reviews/cast-vote");
let chair: typeof import("@/lib/dal/reviews/chair");
let cast: Record<RoleName, SessionUser>;
let others: SessionUser[];

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  votes = await import("@/lib/dal/reviews/cast-vote");
  chair = await import("@/lib/dal/reviews/chair");
  cast = await makeCast(t.db);
  others = await Promise.all(Array.from({ length: 5 }, (_, i) => makeUser(t.db, ["reviewer"], [], `R${i}`)));
});

afterAll(async () => {
  await closeDb?.();
});

const NOT_SEATED = "Only members seated on this review's panel who hold the reviewer role can vote.";
const NOT_CHAIR = "Only the panel's chair can record key decisions, switchbacks and the debrief.";
const memberConflict = (verb: string) =>
  `Owners and contributors of a project cannot ${verb} on its reviews (conflict of interest).`;

const refusal = (d: { ok: boolean; reasons?: { code: string; message: string }[] }) =>
  d.ok ? [] : (d.reasons ?? []).map((r) => ({ code: r.code, message: r.message }));

/** A review at `level` chaired by the cast's seated reviewer; `others[0]` holds the second seat. */
async function review(level: number, status: "open" | "graduated" | "returned") {
  const atLevel = status === "graduated" ? level + 1 : level;
  const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [atLevel] });
  const r = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level,
    status,
    authorId: cast.owner.id,
    seats: requiredSeats(level, [cast.seatedReviewer.id, ...others.map((o) => o.id)]),
  });
  return { projectId: p.id, componentIds: p.componentIds, reviewId: r.id };
}

const becomeContributor = (projectId: string, userId: string) =>
  t.db.projectMember.create({ data: { projectId, userId, role: "contributor" } });

describe("votes", () => {
  const graduate = (reviewId: string, pinRound: number): CastVoteData => ({
    reviewId,
    pinRound,
    choice: "graduate",
    tasks: [],
    comment: "",
  });

  it("refuses a reviewer who holds no seat on the panel, and records nothing", async () => {
    const { reviewId } = await review(3, "open");
    const { pinRound } = await t.db.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(refusal(await votes.castVote(cast.unseatedReviewer, graduate(reviewId, pinRound)))).toEqual([
      { code: "forbidden", message: NOT_SEATED },
    ]);
    expect(await t.db.vote.count({ where: { reviewId } })).toBe(0);
  });

  it("refuses a seated reviewer who became a contributor of the project after seating", async () => {
    const { projectId, reviewId } = await review(3, "open");
    const { pinRound } = await t.db.review.findUniqueOrThrow({ where: { id: reviewId } });
    const voter = others[0]!;
    expect(await t.db.panelSeat.count({ where: { reviewId, userId: voter.id } })).toBe(1);
    await becomeContributor(projectId, voter.id);
    expect(refusal(await votes.castVote(voter, graduate(reviewId, pinRound)))).toEqual([
      { code: "conflict_of_interest", message: memberConflict("vote") },
    ]);
    expect(await t.db.vote.count({ where: { reviewId } })).toBe(0);
  });
});

describe("the chair's records", () => {
  const answers = ["accomplished", "punted", "learned", "debt"].map((key) => ({ key, answer: `About ${key}.` }));

  it("refuses a seated reviewer who is not the chair: key decision, review switchback, pause", async () => {
    const seated = others[0]!;
    const graduated = await review(4, "graduated");
    expect(await t.db.panelSeat.count({ where: { reviewId: graduated.reviewId, userId: seated.id } })).toBe(1);
    expect(
      refusal(await chair.recordKeyDecision(seated, { reviewId: graduated.reviewId, decision: "continue", note: "" })),
    ).toEqual([{ code: "forbidden", message: NOT_CHAIR }]);
    const returned = await review(3, "returned");
    expect(await t.db.panelSeat.count({ where: { reviewId: returned.reviewId, userId: seated.id } })).toBe(1);
    const move = { componentId: returned.componentIds[0]!, toLevel: 2 };
    expect(
      refusal(
        await chair.recordReviewSwitchback(seated, {
          kind: "switchback",
          reviewId: returned.reviewId,
          moves: [move],
          rationale: "Interfaces were not designed.",
        }),
      ),
    ).toEqual([{ code: "forbidden", message: NOT_CHAIR }]);
    expect(
      refusal(
        await chair.recordReviewSwitchback(seated, {
          kind: "pause",
          reviewId: returned.reviewId,
          rationale: "No owner.",
        }),
      ),
    ).toEqual([{ code: "forbidden", message: NOT_CHAIR }]);
    const rows = await t.db.review.findMany({
      where: { id: { in: [graduated.reviewId, returned.reviewId] } },
      select: { keyDecision: true, switchbackRationale: true },
    });
    expect(rows).toEqual([
      { keyDecision: null, switchbackRationale: null },
      { keyDecision: null, switchbackRationale: null },
    ]);
    expect(await t.db.levelTransition.count({ where: { reviewId: returned.reviewId } })).toBe(0);
  });

  it("refuses the chair once they became a contributor of the project", async () => {
    const { projectId, reviewId } = await review(4, "graduated");
    await becomeContributor(projectId, cast.seatedReviewer.id);
    const conflict = [{ code: "conflict_of_interest", message: memberConflict("record a review decision") }];
    expect(
      refusal(await chair.recordKeyDecision(cast.seatedReviewer, { reviewId, decision: "continue", note: "" })),
    ).toEqual(conflict);
    expect(refusal(await chair.recordDebrief(cast.seatedReviewer, { reviewId, answers }))).toEqual(conflict);
    expect(await t.db.review.findUniqueOrThrow({ where: { id: reviewId }, select: { debrief: true } })).toEqual({
      debrief: null,
    });
  });
});
