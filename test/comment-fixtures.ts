import type { DbClient } from "@/lib/db-client";

/** A thread written straight to the database (on the review's first card section), resolved or not. */
export async function makeThread(
  db: DbClient,
  opts: { reviewId: string; authorId: string; resolvedBy?: string; anchorKey?: string },
): Promise<{ id: string }> {
  const r = await db.review.findUniqueOrThrow({ where: { id: opts.reviewId }, select: { pinnedCardRevisionId: true } });
  const thread = await db.reviewComment.create({
    data: {
      reviewId: opts.reviewId,
      anchorKind: "section",
      anchorKey: opts.anchorKey ?? "tldr",
      cardRevisionId: r.pinnedCardRevisionId,
      authorId: opts.authorId,
      body: "Which hospital is the held-out set from?",
    },
    select: { id: true },
  });
  if (opts.resolvedBy)
    await db.reviewThreadEvent.create({
      data: { threadId: thread.id, seq: 1, kind: "resolved", actorId: opts.resolvedBy },
    });
  return thread;
}
