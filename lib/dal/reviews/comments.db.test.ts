import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "@/test/db";
import { makeThread } from "@/test/comment-fixtures";
import { makeProject, makeReview, makeUser, openAppDatabase, requiredSeats } from "@/test/gate-fixtures";

/**
 * The review's discussion on real Postgres: who may write and resolve, the read-only states, the
 * anchors that must exist, the race of two resolutions, append-only history and the notifications.
 */
let t: TestDb;
let closeDb: () => Promise<void>;
let comments: typeof import("@/lib/dal/reviews/comments");
let read: typeof import("@/lib/dal/reviews/read-review-discussion");
let owner: SessionUser;
let contributor: SessionUser;
let chair: SessionUser;
let reviewer: SessionUser;
let outsider: SessionUser;
let manager: SessionUser;
const fillers: string[] = [];

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  comments = await import("@/lib/dal/reviews/comments");
  read = await import("@/lib/dal/reviews/read-review-discussion");
  owner = await makeUser(t.db, ["researcher"], [], "Owner");
  contributor = await makeUser(t.db, ["researcher"], [], "Contributor");
  chair = await makeUser(t.db, ["reviewer"], [], "Chair");
  reviewer = await makeUser(t.db, ["reviewer"], [], "Reviewer");
  outsider = await makeUser(t.db, ["reviewer", "researcher"], [], "Outsider");
  manager = await makeUser(t.db, ["manager"], [], "Manager");
  for (let i = 0; i < 6; i++) fillers.push((await makeUser(t.db, ["reviewer"], [], `Filler ${i}`)).id);
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));

async function openReview(status: "open" | "returned" | "withdrawn" | "draft" = "open") {
  const p = await makeProject(t.db, {
    owners: [owner.id],
    contributors: [contributor.id],
    levels: [3],
    requirements: true,
  });
  const r = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level: 3,
    status,
    authorId: owner.id,
    seats: requiredSeats(3, [chair.id, reviewer.id, ...fillers]),
  });
  return { p, reviewId: r.id };
}
const section = (reviewId: string, anchorKey = "tldr") => ({
  reviewId,
  anchorKind: "section" as const,
  anchorKey,
  body: "Is the held-out set from **another** hospital?",
});

describe("review discussion", () => {
  it("runs a thread: a reviewer asks, the researcher replies, the reviewer resolves; each tells the others", async () => {
    const { reviewId } = await openReview();
    const started = await comments.addReviewComment(reviewer, section(reviewId, "data_considerations"));
    expect(codes(started)).toEqual([]);
    const threadId = started.ok ? started.value.id : "";
    const told = await t.db.notification.findMany({ where: { reviewId, kind: "review.comment" } });
    expect(told.map((n) => n.userId)).toEqual(expect.arrayContaining([owner.id, contributor.id, chair.id]));
    expect(told.map((n) => n.userId)).not.toContain(reviewer.id);

    expect(codes(await comments.replyReviewComment(contributor, { threadId, body: "Yes: see R2." }))).toEqual([]);
    const toReviewer = await t.db.notification.findMany({ where: { reviewId, userId: reviewer.id } });
    expect(toReviewer).toHaveLength(1);

    expect(codes(await comments.resolveReviewThread(reviewer, { threadId }))).toEqual([]);
    const view = await read.getReviewDiscussionFor(t.db, manager, reviewId);
    expect(view).toMatchObject({ openCount: 0, mayComment: false });
    expect(view!.threads[0]).toMatchObject({
      status: "resolved",
      anchorKey: "data_considerations",
      cardRevisionNumber: 1,
      mayResolve: false,
    });
    expect(view!.threads[0]!.comments.map((c) => c.authorName)).toEqual(["Reviewer", "Contributor"]);
    expect(
      await t.db.auditEvent.count({ where: { action: { startsWith: "review_comment." } } }),
    ).toBeGreaterThanOrEqual(3);

    expect(codes(await comments.reopenReviewThread(owner, { threadId }))).toEqual([]);
    expect((await read.getReviewDiscussionFor(t.db, owner, reviewId))!.openCount).toBe(1);
  });

  it("anchors a thread to one of the project's requirements", async () => {
    const { p, reviewId } = await openReview();
    const req = await t.db.requirement.findFirstOrThrow({ where: { projectId: p.id } });
    const d = await comments.addReviewComment(chair, {
      reviewId,
      anchorKind: "requirement",
      anchorKey: req.id,
      body: "How is this verified?",
    });
    expect(codes(d)).toEqual([]);
  });

  it.each([
    ["an outsider", () => outsider, "forbidden"],
    ["a manager (reads only)", () => manager, "forbidden"],
  ])("refuses a thread by %s", async (_label, who, code) => {
    const { reviewId } = await openReview();
    expect(codes(await comments.addReviewComment(who(), section(reviewId)))).toEqual([code]);
    expect(await t.db.reviewComment.count({ where: { reviewId } })).toBe(0);
  });

  it("refuses an anchor that is not in the pinned revision or not the project's requirement", async () => {
    const { reviewId } = await openReview();
    const other = await makeProject(t.db, { owners: [owner.id], levels: [1], requirements: true });
    const foreign = await t.db.requirement.findFirstOrThrow({ where: { projectId: other.id } });
    expect(codes(await comments.addReviewComment(reviewer, section(reviewId, "secrets")))).toEqual(["anchor_missing"]);
    expect(
      codes(
        await comments.addReviewComment(reviewer, {
          reviewId,
          anchorKind: "requirement",
          anchorKey: foreign.id,
          body: "Whose is this?",
        }),
      ),
    ).toEqual(["anchor_missing"]);
  });

  it.each([
    ["returned", "review_decided"],
    ["withdrawn", "review_withdrawn"],
    ["draft", "review_not_open"],
  ] as const)("keeps a %s review's discussion read-only", async (status, code) => {
    const { reviewId } = await openReview(status);
    expect(codes(await comments.addReviewComment(owner, section(reviewId)))).toContain(code);
  });

  it("refuses replies and resolutions once the review is decided", async () => {
    const { reviewId } = await openReview();
    const thread = await makeThread(t.db, { reviewId, authorId: reviewer.id });
    await t.db.review.update({ where: { id: reviewId }, data: { status: "graduated", decidedAt: new Date() } });
    expect(codes(await comments.replyReviewComment(owner, { threadId: thread.id, body: "Late." }))).toEqual([
      "review_decided",
    ]);
    expect(codes(await comments.resolveReviewThread(reviewer, { threadId: thread.id }))).toEqual(["review_decided"]);
  });

  it.each(["archived", "stopped"] as const)("refuses the discussion of a project that is %s", async (status) => {
    const { p, reviewId } = await openReview();
    const thread = await makeThread(t.db, { reviewId, authorId: reviewer.id });
    await t.db.project.update({ where: { id: p.id }, data: { status } });
    expect(codes(await comments.addReviewComment(owner, section(reviewId)))).toEqual([`project_${status}`]);
    expect(codes(await comments.replyReviewComment(owner, { threadId: thread.id, body: "Hm." }))).toEqual([
      `project_${status}`,
    ]);
  });

  it("lets only the thread's author, a project owner or the chair resolve", async () => {
    const { reviewId } = await openReview();
    const thread = await makeThread(t.db, { reviewId, authorId: fillers[0]! });
    for (const who of [contributor, reviewer, outsider, manager])
      expect(codes(await comments.resolveReviewThread(who, { threadId: thread.id }))).toEqual(["forbidden"]);
    expect(await t.db.reviewThreadEvent.count({ where: { threadId: thread.id } })).toBe(0);
    expect(codes(await comments.resolveReviewThread(chair, { threadId: thread.id }))).toEqual([]);
  });

  it("refuses a reply to a reply, and a thread id that is a reply", async () => {
    const { reviewId } = await openReview();
    const thread = await makeThread(t.db, { reviewId, authorId: reviewer.id });
    const reply = await comments.replyReviewComment(owner, { threadId: thread.id, body: "Answer." });
    const replyId = reply.ok ? reply.value.id : "";
    expect(codes(await comments.replyReviewComment(reviewer, { threadId: replyId, body: "Nested?" }))).toEqual([
      "not_found",
    ]);
  });

  it("lets one of two simultaneous resolutions win; the other is told the thread is resolved", async () => {
    const { reviewId } = await openReview();
    const thread = await makeThread(t.db, { reviewId, authorId: reviewer.id });
    const results = await Promise.all([
      comments.resolveReviewThread(reviewer, { threadId: thread.id }),
      comments.resolveReviewThread(owner, { threadId: thread.id }),
      comments.resolveReviewThread(chair, { threadId: thread.id }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).flatMap(codes)).toEqual(["thread_resolved", "thread_resolved"]);
    expect(await t.db.reviewThreadEvent.count({ where: { threadId: thread.id } })).toBe(1);
  });

  it("keeps the discussion append-only: no edit, no delete", async () => {
    const { reviewId } = await openReview();
    const thread = await makeThread(t.db, { reviewId, authorId: reviewer.id, resolvedBy: reviewer.id });
    await expect(t.db.reviewComment.update({ where: { id: thread.id }, data: { body: "Rewritten" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.reviewComment.delete({ where: { id: thread.id } })).rejects.toThrow(/append-only/);
    await expect(t.db.reviewThreadEvent.deleteMany({ where: { threadId: thread.id } })).rejects.toThrow(/append-only/);
  });
});
