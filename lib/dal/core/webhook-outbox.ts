import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookEventDraft } from "@/lib/domain/webhooks";
import type { Tx } from "@/lib/dal/core/audit";

/**
 * The webhook outbox, written inside the caller's transaction: one webhook_events row per change
 * reported and one pending webhook_deliveries row per enabled endpoint that wants it (the
 * organisation's and the project's). A transaction that rolls back or is retried by
 * runTransaction leaves no row behind, so no event is announced twice or for a change that did
 * not happen. The worker (lib/webhooks/worker.ts) sends the pending deliveries after commit.
 * Called from writeAudit, applyTransitions and notifyUsers — no command has webhook code of its own.
 */
export async function recordWebhookEvents(
  tx: Tx,
  projectId: string | null,
  drafts: readonly WebhookEventDraft[],
  actorId: string | null = null,
): Promise<string[]> {
  if (drafts.length === 0) return [];
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { enabled: true, OR: [{ projectId: null }, ...(projectId ? [{ projectId }] : [])] },
    select: { id: true, events: true },
  });
  const context = await eventContext(tx, projectId, actorId);
  const ids: string[] = [];
  for (const draft of drafts) {
    const reviewId = typeof draft.data.reviewId === "string" ? draft.data.reviewId : null;
    const owing = reviewId ? await owingVotes(tx, reviewId) : undefined;
    const event = await tx.webhookEvent.create({
      data: {
        type: draft.type,
        projectId,
        payload: { ...context, ...draft.data, ...(owing ? { owingVotes: owing } : {}) } as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    ids.push(event.id);
    const wanted = endpoints.filter((e) => e.events.includes(draft.type));
    if (wanted.length > 0)
      await tx.webhookDelivery.createMany({ data: wanted.map((e) => ({ endpointId: e.id, eventId: event.id })) });
  }
  return ids;
}

/** Names and the link, so a chat message reads well and a receiver needs no second request. */
async function eventContext(tx: Tx, projectId: string | null, actorId: string | null) {
  // One after the other: a transaction is one connection, and concurrent queries on it break it.
  const project = projectId
    ? await tx.project.findUnique({ where: { id: projectId }, select: { name: true, slug: true } })
    : null;
  const actor = actorId ? await tx.user.findUnique({ where: { id: actorId }, select: { id: true, name: true } }) : null;
  return {
    ...(project ? { projectName: project.name, projectSlug: project.slug } : {}),
    ...(actor ? { actorId: actor.id, actorName: actor.name } : {}),
  };
}

/**
 * Who on the panel has not voted in the review's current pin round (names), while it is open.
 * Flat queries one after another: a nested relation select may be sent as parallel queries, and a
 * transaction's single connection breaks under them ("portal does not exist").
 */
async function owingVotes(tx: Tx, reviewId: string): Promise<string[] | undefined> {
  const review = await tx.review.findUnique({ where: { id: reviewId }, select: { status: true, pinRound: true } });
  if (!review || review.status !== "open") return undefined;
  const votes = await tx.vote.findMany({ where: { reviewId, pinRound: review.pinRound }, select: { voterId: true } });
  const voted = new Set(votes.map((v) => v.voterId));
  const seats = await tx.panelSeat.findMany({ where: { reviewId }, select: { userId: true }, orderBy: { id: "asc" } });
  const owing = seats.filter((seat) => !voted.has(seat.userId)).map((seat) => seat.userId);
  if (owing.length === 0) return [];
  const users = await tx.user.findMany({ where: { id: { in: owing } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return owing.map((id) => names.get(id) ?? "a former member");
}
