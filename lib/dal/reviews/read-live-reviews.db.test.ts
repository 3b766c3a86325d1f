import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
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
 * The project page's live review on real Postgres: votes x of n and stale votes after a re-pin,
 * the due date, what the researcher owes; and a second request for the same components refused
 * with the way to the live review.
 */
let t: TestDb;
let closeDb: () => Promise<void>;
let appDb: typeof import("@/lib/db");
let live: typeof import("@/lib/dal/reviews/read-live-reviews");
let votes: typeof import("@/lib/dal/reviews/cast-vote");
let drafts: typeof import("@/lib/dal/reviews/drafts");
let cast: Record<RoleName, SessionUser>;
let second: SessionUser;

beforeAll(async () => {
  ({ t, appDb, close: closeDb } = await openAppDatabase());
  live = await import("@/lib/dal/reviews/read-live-reviews");
  votes = await import("@/lib/dal/reviews/cast-vote");
  drafts = await import("@/lib/dal/reviews/drafts");
  cast = await makeCast(t.db);
  second = await makeUser(t.db, ["reviewer"], ["software_engineer"], "Second");
});

afterAll(async () => {
  await closeDb?.();
});

describe("live reviews on the project page", () => {
  it("counts votes of the pin round, stale votes, the overdue days and what is owed", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [3], card: null });
    const r = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 3,
      status: "open",
      authorId: cast.owner.id,
      seats: requiredSeats(3, [cast.seatedReviewer.id, second.id]),
    });
    expect(
      (await votes.castVote(second, { reviewId: r.id, pinRound: 0, choice: "graduate", tasks: [], comment: "" })).ok,
    ).toBe(true);
    const now = new Date();
    await t.db.review.update({
      where: { id: r.id },
      data: { pinRound: 1, dueAt: new Date(now.getTime() - 2.5 * 86_400_000) },
    });
    const [row] = await live.liveReviewsFor(appDb.prisma, p.slug, now);
    expect(row).toMatchObject({
      id: r.id,
      level: 3,
      status: "open",
      href: `/reviews/${r.id}`,
      currentVotes: 0,
      seatCount: 2,
      staleVotes: 1,
      settled: false,
    });
    expect(row!.overdueDays).toBeGreaterThanOrEqual(2);
    expect(row!.owes.missingSections.length).toBeGreaterThan(0);
  });

  it("a project without a live review shows none", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [3] });
    expect(await live.liveReviewsFor(appDb.prisma, p.slug, new Date())).toEqual([]);
  });

  it("a second request for the same components is refused with the way to the live review", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [3] });
    const r = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 3,
      status: "open",
      authorId: cast.owner.id,
      seats: requiredSeats(3, [cast.seatedReviewer.id, second.id]),
    });
    const d = await drafts.openReviewDraft(cast.owner, { projectId: p.id, level: 3, componentIds: p.componentIds });
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.reasons[0]).toMatchObject({
      code: "component_under_review",
      message: expect.stringContaining(`/reviews/${r.id}`),
    });
    expect(await t.db.review.count({ where: { projectId: p.id } })).toBe(1);
  });
});
