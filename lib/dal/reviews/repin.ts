import "server-only";
import { repin } from "@/lib/domain/votes";
import type { Tx } from "@/lib/dal/core/audit";
import { notifyUsers, reviewUrl } from "@/lib/dal/core/notify";
import { recordWebhookEvents } from "@/lib/dal/core/webhook-outbox";
import { reviewPin, storedVote } from "@/lib/dal/reviews/snapshot";
import { expectOne, lockReview } from "@/lib/dal/core/transaction";

export type Repinned = { reviewId: string; pinRound: number; staleVoterIds: string[] };

/**
 * Re-pins the open reviews of a project after the state they judge changed: a component's
 * versions (version bump) or the TRL Card (pass the new `cardRevisionId`). Each affected review
 * moves to pinRound + 1 with the new versions/card pinned, so every vote of the earlier round is
 * stale (decisions count only votes of the review's current round) and its voter is notified.
 *
 * Call it inside the transaction that made the change, after writing it. `componentIds` limits
 * the re-pin to reviews covering those components; without it every open review of the project
 * re-pins when its pin differs. Returns the reviews that moved, for the caller's audit event.
 */
export async function repinOpenReviews(
  tx: Tx,
  input: { projectId: string; componentIds?: readonly string[]; cardRevisionId?: string | null },
): Promise<Repinned[]> {
  const candidates = await tx.review.findMany({
    where: {
      projectId: input.projectId,
      status: "open",
      ...(input.componentIds ? { components: { some: { componentId: { in: [...input.componentIds] } } } } : {}),
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const out: Repinned[] = [];
  for (const { id } of candidates) {
    const moved = await repinOne(tx, {
      reviewId: id,
      projectId: input.projectId,
      cardRevisionId: input.cardRevisionId,
    });
    if (moved) out.push(moved);
  }
  return out;
}

/**
 * Locks the open reviews covering `componentIds`, in id order. A version bump takes these locks
 * before it touches the component, the same order as a deciding vote (review row, then component
 * rows), so the two queue instead of deadlocking.
 */
export async function lockOpenReviewsCovering(
  tx: Tx,
  input: { projectId: string; componentIds: readonly string[] },
): Promise<void> {
  const reviews = await tx.review.findMany({
    where: {
      projectId: input.projectId,
      status: "open",
      components: { some: { componentId: { in: [...input.componentIds] } } },
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  for (const { id } of reviews) await lockReview(tx, id);
}

async function repinOne(
  tx: Tx,
  {
    reviewId,
    projectId,
    cardRevisionId,
  }: { reviewId: string; projectId: string; cardRevisionId: string | null | undefined },
): Promise<Repinned | null> {
  // Lock in id order (the caller's loop) so two re-pinning saves never deadlock on each other.
  await lockReview(tx, reviewId);
  const r = await tx.review.findUniqueOrThrow({
    where: { id: reviewId },
    select: {
      status: true,
      version: true,
      pinRound: true,
      pinnedCardRevisionId: true,
      project: { select: { slug: true, name: true } },
      components: {
        select: {
          componentId: true,
          codeVersion: true,
          modelVersion: true,
          dataVersion: true,
          component: { select: { codeVersion: true, modelVersion: true, dataVersion: true } },
        },
      },
    },
  });
  if (r.status !== "open") return null;
  const nextComponents = r.components.map((c) => ({ componentId: c.componentId, ...c.component }));
  const next = {
    pinnedCardRevisionId: cardRevisionId === undefined ? r.pinnedCardRevisionId : cardRevisionId,
    components: nextComponents,
  };
  const votes = await tx.vote.findMany({
    where: { reviewId, pinRound: r.pinRound },
    select: { voterId: true, choice: true, cardRevisionId: true, componentPins: true },
  });
  const result = repin({ previousPin: reviewPin(r), nextPin: reviewPin(next), votes: votes.map(storedVote) });
  if (!result.changed) return null;

  const pinRound = r.pinRound + 1;
  const { count } = await tx.review.updateMany({
    where: { id: reviewId, status: "open", version: r.version },
    data: { pinRound, pinnedCardRevisionId: next.pinnedCardRevisionId, version: { increment: 1 } },
  });
  expectOne(count, `re-pin of review ${reviewId}`);
  for (const c of nextComponents) {
    await tx.reviewComponent.update({
      where: { reviewId_componentId: { reviewId, componentId: c.componentId } },
      data: { codeVersion: c.codeVersion, modelVersion: c.modelVersion, dataVersion: c.dataVersion },
    });
  }
  await notifyUsers(tx, result.newlyStaleVoterIds, {
    kind: "review.vote_stale",
    title: `Vote again on the ${r.project.name} review`,
    body: "The TRL Card or a reviewed component's version changed after you voted, so your vote no longer counts. Review the changes and vote again.",
    url: reviewUrl(r.project.slug, reviewId),
    projectId,
    reviewId,
  });
  // One vote.stale event per re-pin that made votes stale.
  const staleVotes = new Set(result.newlyStaleVoterIds).size;
  if (staleVotes > 0)
    await recordWebhookEvents(tx, projectId, [{ type: "vote.stale", data: { projectId, reviewId, staleVotes } }]);
  return { reviewId, pinRound, staleVoterIds: result.newlyStaleVoterIds };
}
