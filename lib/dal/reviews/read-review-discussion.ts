import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { can } from "@/lib/domain/permissions";
import {
  discussionClosedReasons,
  openThreadCount,
  threadStatus,
  type CommentAnchorKind,
  type ThreadEventKind,
  type ThreadStatus,
} from "@/lib/domain/review-comments";
import { memberRoleOf, toActor } from "@/lib/dal/core/transaction";

/**
 * Read side of a review's discussion: every thread with its replies and resolution history, and
 * what the viewer may do. Everyone who may read the review reads its discussion (admins and
 * managers included); writing is the panel's and the project members' (permission table).
 */
export type DiscussionCommentDto = { id: string; authorName: string; body: string; createdAt: Date };
export type DiscussionEventDto = { kind: ThreadEventKind; actorName: string; createdAt: Date };
export type DiscussionThreadDto = {
  id: string;
  anchorKind: CommentAnchorKind;
  anchorKey: string;
  /** The card revision number the thread was opened on (sections only). */
  cardRevisionNumber: number | null;
  status: ThreadStatus;
  /** The first comment, then the replies, oldest first. */
  comments: DiscussionCommentDto[];
  events: DiscussionEventDto[];
  mayResolve: boolean;
};
export type ReviewDiscussionDto = {
  reviewId: string;
  threads: DiscussionThreadDto[];
  openCount: number;
  /** The viewer may write (seat or membership) and the discussion is not closed. */
  mayComment: boolean;
  /** Why it is read-only, when it is (decided, withdrawn, draft, archived or stopped project). */
  closedReason: string | null;
};

export async function getReviewDiscussionFor(
  db: DbClient,
  viewer: SessionUser,
  reviewId: string,
): Promise<ReviewDiscussionDto | null> {
  const r = await db.review.findUnique({
    where: { id: reviewId },
    select: {
      id: true,
      status: true,
      seats: { select: { userId: true, isChair: true } },
      project: { select: { status: true, members: { select: { userId: true, role: true } } } },
      comments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          threadId: true,
          anchorKind: true,
          anchorKey: true,
          authorId: true,
          body: true,
          createdAt: true,
          author: { select: { name: true } },
          cardRevision: { select: { number: true } },
          events: {
            orderBy: { seq: "asc" },
            select: { kind: true, seq: true, createdAt: true, actor: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!r) return null;
  const seat = r.seats.find((s) => s.userId === viewer.id);
  const ctx = {
    projectMemberRole: memberRoleOf(r.project.members, viewer.id),
    seat: seat ? { isChair: seat.isChair } : null,
  };
  const closed = discussionClosedReasons({ reviewStatus: r.status, projectStatus: r.project.status });
  const actor = toActor(viewer);
  const comment = (c: (typeof r.comments)[number]): DiscussionCommentDto => ({
    id: c.id,
    authorName: c.author.name,
    body: c.body,
    createdAt: c.createdAt,
  });
  const threads: DiscussionThreadDto[] = r.comments
    .filter((c) => c.threadId === null)
    .map((t) => ({
      id: t.id,
      anchorKind: t.anchorKind,
      anchorKey: t.anchorKey,
      cardRevisionNumber: t.cardRevision?.number ?? null,
      status: threadStatus(t.events),
      comments: [t, ...r.comments.filter((c) => c.threadId === t.id)].map(comment),
      events: t.events.map((e) => ({ kind: e.kind, actorName: e.actor.name, createdAt: e.createdAt })),
      mayResolve:
        closed.length === 0 &&
        can(actor, "resolve_review_thread", { ...ctx, isThreadAuthor: t.authorId === viewer.id }).ok,
    }));
  return {
    reviewId: r.id,
    threads,
    openCount: openThreadCount(threads),
    mayComment: closed.length === 0 && can(actor, "comment_review", ctx).ok,
    closedReason: closed[0]?.message ?? null,
  };
}

export const getReviewDiscussion = cache(async (reviewId: string) =>
  getReviewDiscussionFor(prisma, await requireUser(), reviewId),
);
