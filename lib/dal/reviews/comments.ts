import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { STORED_CARD_SECTIONS } from "@/lib/domain/card-content";
import type { Decision } from "@/lib/domain/decision";
import {
  commentRecipients,
  decideNewThread,
  decideReply,
  decideThreadEvent,
  type ThreadEventKind,
} from "@/lib/domain/review-comments";
import type { AddReviewCommentData, ReplyReviewCommentData, ReviewThreadData } from "@/lib/schemas/review-comment";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { notifyUsers, reviewUrl } from "@/lib/dal/core/notify";
import { notFound, permit, runTransaction, unwrap } from "@/lib/dal/core/transaction";
import { loadReviewForUpdate, memberRoleIn, memberUserIds, seatOf, type ReviewSnapshot } from "./snapshot";

/**
 * The review's discussion (lib/domain/review-comments.ts). Every command locks the review row
 * first, so a comment never lands after the decision that closed the discussion, and two
 * resolutions of one thread run one after the other: the second sees the first's event and is
 * refused. The thread's (thread_id, seq) key backs that up in the database.
 */

const state = (r: ReviewSnapshot) => ({ reviewStatus: r.status, projectStatus: r.project.status });
const seatCtx = (r: ReviewSnapshot, userId: string) => {
  const seat = seatOf(r, userId);
  return { projectMemberRole: memberRoleIn(r, userId), seat: seat ? { isChair: seat.isChair } : null };
};
const panelOf = (r: ReviewSnapshot) => r.seats.map((s) => s.userId);
const excerpt = (body: string) => (body.length > 280 ? `${body.slice(0, 279)}…` : body);

export async function addReviewComment(
  user: SessionUser,
  data: AddReviewCommentData,
): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    const r = await loadReviewForUpdate(tx, data.reviewId);
    permit(user, "comment_review", seatCtx(r, user.id));
    const requirementIds =
      data.anchorKind === "requirement"
        ? (
            await tx.requirement.findMany({
              where: { projectId: r.projectId, id: data.anchorKey },
              select: { id: true },
            })
          ).map((q) => q.id)
        : [];
    const anchor = unwrap(
      decideNewThread({
        state: state(r),
        anchor: { kind: data.anchorKind, key: data.anchorKey },
        pinnedSections: r.pinnedCardRevisionId ? STORED_CARD_SECTIONS.map((s) => s.key) : null,
        requirementIds,
        body: data.body,
      }),
    );
    const comment = await tx.reviewComment.create({
      data: {
        reviewId: r.id,
        anchorKind: anchor.kind,
        anchorKey: anchor.key,
        cardRevisionId: r.pinnedCardRevisionId,
        authorId: user.id,
        body: data.body,
      },
      select: { id: true },
    });
    await notifyUsers(
      tx,
      commentRecipients({
        event: "thread",
        actorId: user.id,
        panel: panelOf(r),
        members: memberUserIds(r),
        threadParticipants: [],
      }),
      {
        kind: "review.comment",
        title: `${user.name} started a thread on the level ${r.level} review of ${r.project.name}`,
        body: excerpt(data.body),
        url: `${reviewUrl(r.project.slug, r.id)}#thread-${comment.id}`,
        projectId: r.projectId,
        reviewId: r.id,
      },
    );
    await writeAudit(tx, {
      actorId: user.id,
      action: "review_comment.thread",
      entityType: "review_comment",
      entityId: comment.id,
      projectId: r.projectId,
      after: { reviewId: r.id, anchorKind: anchor.kind, anchorKey: anchor.key, cardRevisionId: r.pinnedCardRevisionId },
    });
    return { id: comment.id };
  });
}

/** The thread (a comment without threadId) and the review it belongs to, locked. */
async function loadThread(tx: Tx, threadId: string) {
  const head = await tx.reviewComment.findUnique({
    where: { id: threadId },
    select: { id: true, reviewId: true, threadId: true, authorId: true, anchorKind: true, anchorKey: true },
  });
  if (!head || head.threadId !== null) throw notFound("thread", "threadId");
  const r = await loadReviewForUpdate(tx, head.reviewId);
  // Sequential: the transaction's one connection takes one query at a time.
  const replies = await tx.reviewComment.findMany({ where: { threadId }, select: { authorId: true } });
  const events = await tx.reviewThreadEvent.findMany({ where: { threadId }, select: { kind: true, seq: true } });
  const participants = [head.authorId, ...replies.map((c) => c.authorId)];
  return { thread: head, r, participants, events };
}

export async function replyReviewComment(
  user: SessionUser,
  data: ReplyReviewCommentData,
): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    const { thread, r, participants } = await loadThread(tx, data.threadId);
    permit(user, "comment_review", seatCtx(r, user.id));
    unwrap(decideReply({ state: state(r), body: data.body }));
    const comment = await tx.reviewComment.create({
      data: {
        reviewId: r.id,
        anchorKind: thread.anchorKind,
        anchorKey: thread.anchorKey,
        cardRevisionId: r.pinnedCardRevisionId,
        threadId: thread.id,
        authorId: user.id,
        body: data.body,
      },
      select: { id: true },
    });
    await notifyUsers(
      tx,
      commentRecipients({ event: "reply", actorId: user.id, panel: [], members: [], threadParticipants: participants }),
      {
        kind: "review.comment",
        title: `${user.name} replied in a thread on the level ${r.level} review of ${r.project.name}`,
        body: excerpt(data.body),
        url: `${reviewUrl(r.project.slug, r.id)}#thread-${thread.id}`,
        projectId: r.projectId,
        reviewId: r.id,
      },
    );
    await writeAudit(tx, {
      actorId: user.id,
      action: "review_comment.reply",
      entityType: "review_comment",
      entityId: comment.id,
      projectId: r.projectId,
      after: { reviewId: r.id, threadId: thread.id },
    });
    return { id: comment.id };
  });
}

async function appendThreadEvent(
  user: SessionUser,
  data: ReviewThreadData,
  kind: ThreadEventKind,
): Promise<Decision<{ threadId: string; seq: number }>> {
  return runTransaction(async (tx) => {
    const { thread, r, participants, events } = await loadThread(tx, data.threadId);
    permit(user, "resolve_review_thread", { ...seatCtx(r, user.id), isThreadAuthor: thread.authorId === user.id });
    const next = unwrap(decideThreadEvent({ state: state(r), events, kind }));
    // (thread_id, seq) is unique: a concurrent event with the same number makes this insert fail
    // and the command re-decide on the winner's state.
    await tx.reviewThreadEvent.create({ data: { threadId: thread.id, seq: next.seq, kind, actorId: user.id } });
    await notifyUsers(
      tx,
      commentRecipients({ event: kind, actorId: user.id, panel: [], members: [], threadParticipants: participants }),
      {
        kind: "review.comment",
        title: `${user.name} ${kind} a thread on the level ${r.level} review of ${r.project.name}`,
        url: `${reviewUrl(r.project.slug, r.id)}#thread-${thread.id}`,
        projectId: r.projectId,
        reviewId: r.id,
      },
    );
    await writeAudit(tx, {
      actorId: user.id,
      action: kind === "resolved" ? "review_comment.resolve" : "review_comment.reopen",
      entityType: "review_comment",
      entityId: thread.id,
      projectId: r.projectId,
      before: { status: kind === "resolved" ? "open" : "resolved" },
      after: { status: kind === "resolved" ? "resolved" : "open", seq: next.seq },
    });
    return { threadId: thread.id, seq: next.seq };
  });
}

export const resolveReviewThread = (user: SessionUser, data: ReviewThreadData) =>
  appendThreadEvent(user, data, "resolved");
export const reopenReviewThread = (user: SessionUser, data: ReviewThreadData) =>
  appendThreadEvent(user, data, "reopened");
