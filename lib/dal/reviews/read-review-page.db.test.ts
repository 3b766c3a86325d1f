import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "@/test/db";
import {
  fullCard,
  makeCast,
  makeProject,
  makeReview,
  makeUser,
  requiredSeats,
  type RoleName,
  openAppDatabase,
} from "@/test/gate-fixtures";

/**
 * The read side of the review workflow on real Postgres: votes stay secret until the decision,
 * a re-pin shows the voter what changed, the draft's readiness lists every submit refusal, the
 * inbox puts what is owed first, returned tasks are ticked off by members only, and nobody
 * reads or marks another person's notifications.
 */
let t: TestDb;
let closeDb: () => Promise<void>;
let appDb: typeof import("@/lib/db");
let reads: typeof import("@/lib/dal/reviews/read-review-page");
let draftReads: typeof import("@/lib/dal/reviews/read-draft-editor");
let inbox: typeof import("@/lib/dal/reviews/read-inbox");
let tasks: typeof import("@/lib/dal/reviews/tasks");
let notes: typeof import("@/lib/dal/notifications/inbox");
let votes: typeof import("@/lib/dal/reviews/cast-vote");
let cast: Record<RoleName, SessionUser>;
let second: SessionUser;

beforeAll(async () => {
  ({ t, appDb, close: closeDb } = await openAppDatabase());
  reads = await import("@/lib/dal/reviews/read-review-page");
  draftReads = await import("@/lib/dal/reviews/read-draft-editor");
  inbox = await import("@/lib/dal/reviews/read-inbox");
  tasks = await import("@/lib/dal/reviews/tasks");
  notes = await import("@/lib/dal/notifications/inbox");
  votes = await import("@/lib/dal/reviews/cast-vote");
  cast = await makeCast(t.db);
  second = await makeUser(t.db, ["reviewer"], ["software_engineer"], "Second");
});

afterAll(async () => {
  await closeDb?.();
});

async function openL3() {
  const p = await makeProject(t.db, {
    owners: [cast.owner.id],
    contributors: [cast.contributor.id],
    levels: [3],
    requirements: true,
  });
  const r = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level: 3,
    status: "open",
    authorId: cast.owner.id,
    seats: requiredSeats(3, [cast.seatedReviewer.id, second.id]),
  });
  return { p, reviewId: r.id };
}

describe("review page", () => {
  it("shows who voted but not how until the panel decides; then everyone's choice", async () => {
    const { reviewId } = await openL3();
    expect(
      (
        await votes.castVote(cast.seatedReviewer, {
          reviewId,
          pinRound: 0,
          choice: "return",
          tasks: [{ text: "More tests" }],
          comment: "",
        })
      ).ok,
    ).toBe(true);
    const asOwner = (await reads.getReviewPageFor(appDb.prisma, cast.owner, reviewId))!;
    const seat = asOwner.seats.find((s) => s.userId === cast.seatedReviewer.id)!;
    expect(seat).toMatchObject({ voted: true, choice: null, tasks: [] });
    const asVoter = (await reads.getReviewPageFor(appDb.prisma, cast.seatedReviewer, reviewId))!;
    expect(asVoter.seats.find((s) => s.userId === cast.seatedReviewer.id)!.choice).toBe("return");
    expect(asVoter.viewer.allowed).toContain("vote");
    expect(asOwner.viewer.allowed).not.toContain("vote");

    expect(
      (await votes.castVote(second, { reviewId, pinRound: 0, choice: "graduate", tasks: [], comment: "" })).ok,
    ).toBe(true);
    const decided = (await reads.getReviewPageFor(appDb.prisma, cast.unseatedReviewer, reviewId))!;
    expect(decided.outcome?.outcome).toBe("returned");
    expect(decided.seats.map((s) => s.choice).sort()).toEqual(["graduate", "return"]);
    expect(decided.tasks.map((t) => t.text)).toEqual(["More tests"]);
  });

  it("after a card change the earlier voter sees a stale vote with the card diff", async () => {
    const { p, reviewId } = await openL3();
    expect(
      (await votes.castVote(second, { reviewId, pinRound: 0, choice: "graduate", tasks: [], comment: "" })).ok,
    ).toBe(true);
    const rev = await t.db.cardRevision.create({
      data: {
        projectId: p.id,
        number: 2,
        content: { ...fullCard, tldr: "Detects defects at night too." },
        changedSections: ["tldr"],
      },
    });
    await t.db.review.update({ where: { id: reviewId }, data: { pinRound: 1, pinnedCardRevisionId: rev.id } });
    const page = (await reads.getReviewPageFor(appDb.prisma, second, reviewId))!;
    expect(page.viewer.stale?.votedRound).toBe(0);
    expect(page.viewer.stale?.cardDiff?.sections.map((s) => s.section)).toEqual(["tldr"]);
    expect(page.seats.find((s) => s.userId === second.id)).toMatchObject({ voted: false, stale: true });
  });
});

describe("draft readiness and inbox", () => {
  it("lists every reason decideSubmit gives on the saved draft, with the field that fixes it", async () => {
    const p = await makeProject(t.db, {
      owners: [cast.owner.id],
      contributors: [cast.contributor.id],
      levels: [3],
      requirements: true,
    });
    const r = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 3,
      status: "draft",
      authorId: cast.owner.id,
      complete: false,
      seats: [{ userId: cast.contributor.id, discipline: "applied_ai", isChair: true }],
    });
    const d = (await draftReads.getDraftEditorFor(appDb.prisma, cast.owner, r.id))!;
    const fields = d.readiness.map((x) => x.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "criteria.interfaces_dataflow",
        "ethics.bias_impact",
        "seats.software_engineer",
        "seats",
      ]),
    );
    expect(d.readiness.map((x) => x.code)).toContain("panel_conflict_of_interest");
    expect(d.candidates.find((c) => c.id === cast.contributor.id)?.memberRole).toBe("contributor");
    expect(d.allowed).toContain("submit_review");
  });

  it("puts the reviews a seat still owes first, overdue before the rest", async () => {
    const a = await openL3();
    const b = await openL3();
    await t.db.review.update({ where: { id: a.reviewId }, data: { dueAt: new Date(Date.now() + 86_400_000) } });
    await t.db.review.update({ where: { id: b.reviewId }, data: { dueAt: new Date(Date.now() - 86_400_000) } });
    const box = await inbox.getInboxFor(appDb.prisma, cast.seatedReviewer, new Date());
    const ids = box.owed.map((i) => i.id);
    expect(ids.indexOf(b.reviewId)).toBeLessThan(ids.indexOf(a.reviewId));
    expect(box.owed.find((i) => i.id === b.reviewId)).toMatchObject({ overdue: true, owed: "vote", isChair: true });
    expect((await inbox.getInboxFor(appDb.prisma, cast.owner, new Date())).requested.map((i) => i.id)).toEqual(
      expect.arrayContaining([a.reviewId, b.reviewId]),
    );
  });
});

describe("returned tasks and notifications", () => {
  it("members tick tasks off with evidence; others are refused; the panel hears when all are done", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], contributors: [cast.contributor.id], levels: [3] });
    const r = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 3,
      status: "returned",
      authorId: cast.owner.id,
      seats: requiredSeats(3, [cast.seatedReviewer.id, second.id]),
    });
    const task = await t.db.reviewTask.create({ data: { reviewId: r.id, position: 1, text: "Add tests" } });
    const refused = await tasks.completeReviewTask(cast.seatedReviewer, { taskId: task.id, evidence: "done" });
    expect(refused.ok).toBe(false);
    const done = await tasks.completeReviewTask(cast.contributor, {
      taskId: task.id,
      evidence: "https://ci.example.org/1",
    });
    expect(done).toMatchObject({ ok: true, value: { remaining: 0 } });
    expect(await t.db.notification.count({ where: { reviewId: r.id, kind: "review.tasks_done" } })).toBe(2);
    expect((await tasks.completeReviewTask(cast.owner, { taskId: task.id, evidence: "again" })).ok).toBe(false);
    const next = await tasks.previousTasksFor(appDb.prisma, { projectId: p.id, level: 3, before: new Date() });
    expect(next?.tasks[0]).toMatchObject({ text: "Add tests", evidence: "https://ci.example.org/1" });
  });

  it("marks only the signed-in user's own notifications", async () => {
    const mine = await t.db.notification.create({ data: { userId: second.id, kind: "review.decided", title: "Mine" } });
    expect((await notes.markNotificationRead(cast.owner, { notificationId: mine.id })).ok).toBe(false);
    expect(await notes.unreadCountFor(appDb.prisma, second)).toBeGreaterThan(0);
    expect((await notes.markNotificationRead(second, { notificationId: mine.id })).ok).toBe(true);
    await notes.markAllNotificationsRead(second);
    expect(await notes.unreadCountFor(appDb.prisma, second)).toBe(0);
    expect(notes.notificationHref("/projects/p/reviews/abc")).toBe("/reviews/abc");
  });
});
