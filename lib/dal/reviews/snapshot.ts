import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Seat } from "@/lib/domain/panel";
import type { SeatHolder } from "@/lib/domain/seat-eligibility";
import { componentPin, type Pin, type Vote } from "@/lib/domain/votes";
import type { Tx } from "@/lib/dal/core/audit";
import { expectOne, lockReview, memberRoleOf } from "@/lib/dal/core/transaction";

/**
 * The review aggregate as every review command sees it: loaded after the row lock, so commands on
 * one review run one at a time and each decides on the state the previous one committed.
 */
export const reviewSnapshotSelect = {
  id: true,
  projectId: true,
  level: true,
  kind: true,
  status: true,
  authorId: true,
  definitionsVersion: true,
  ethicsTemplateId: true,
  pinnedCardRevisionId: true,
  pinRound: true,
  keyDecision: true,
  debrief: true,
  unconfirmedItems: true,
  version: true,
  components: {
    select: { componentId: true, codeVersion: true, modelVersion: true, dataVersion: true },
    orderBy: { componentId: "asc" },
  },
  seats: {
    select: {
      id: true,
      userId: true,
      discipline: true,
      isChair: true,
      chairConfirmedById: true,
      chairConfirmedAt: true,
      user: { select: { name: true, active: true, roles: true, disciplines: true } },
    },
    orderBy: { createdAt: "asc" },
  },
  project: {
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      track: true,
      index: true,
      status: true,
      tags: true,
      members: { select: { userId: true, role: true } },
    },
  },
} satisfies Prisma.ReviewSelect;

export type ReviewSnapshot = Prisma.ReviewGetPayload<{ select: typeof reviewSnapshotSelect }>;

/** Locks the review row (SELECT … FOR UPDATE), then reads it with its panel, components and project. */
export async function loadReviewForUpdate(tx: Tx, reviewId: string): Promise<ReviewSnapshot> {
  await lockReview(tx, reviewId);
  return tx.review.findUniqueOrThrow({ where: { id: reviewId }, select: reviewSnapshotSelect });
}

export const memberUserIds = (r: ReviewSnapshot) => r.project.members.map((m) => m.userId);
export const ownerUserIds = (r: ReviewSnapshot) =>
  r.project.members.filter((m) => m.role === "owner").map((m) => m.userId);
export const memberRoleIn = (r: ReviewSnapshot, userId: string) => memberRoleOf(r.project.members, userId);
export const componentIdsOf = (r: ReviewSnapshot) => r.components.map((c) => c.componentId);

export function seatOf(r: ReviewSnapshot, userId: string): (Seat & { id: string }) | null {
  const s = r.seats.find((x) => x.userId === userId);
  return s ? { id: s.id, userId: s.userId, discipline: s.discipline, isChair: s.isChair, name: s.user.name } : null;
}

export const domainSeats = (r: ReviewSnapshot): Seat[] =>
  r.seats.map((s) => ({
    userId: s.userId,
    discipline: s.discipline,
    isChair: s.isChair,
    name: s.user.name,
    chairConfirmed: s.chairConfirmedAt !== null,
  }));

/** The seated people as they are now (read with the review, under its lock). */
export const seatHolders = (r: ReviewSnapshot): SeatHolder[] =>
  r.seats.map((s) => ({
    userId: s.userId,
    name: s.user.name,
    active: s.user.active,
    roles: s.user.roles,
    disciplines: s.user.disciplines,
  }));

/** The pin of the current round: pinned card revision + each reviewed component's pinned versions. */
export function reviewPin(r: {
  pinnedCardRevisionId: string | null;
  components: readonly { componentId: string; codeVersion: string; modelVersion: string; dataVersion: string }[];
}): Pin {
  return {
    cardRevisionId: r.pinnedCardRevisionId,
    componentVersions: Object.fromEntries(
      r.components.map((c) => [
        c.componentId,
        componentPin({ code: c.codeVersion, model: c.modelVersion, data: c.dataVersion }),
      ]),
    ),
  };
}

type StoredVote = {
  voterId: string;
  choice: Vote["choice"];
  cardRevisionId: string | null;
  componentPins: Prisma.JsonValue;
  tasks?: readonly { text: string; metric: string | null; target: string | null }[];
};

/** A stored vote as the domain sees it, with the pin it was cast under. */
export function storedVote(v: StoredVote): Vote {
  const pins =
    v.componentPins && typeof v.componentPins === "object" && !Array.isArray(v.componentPins) ? v.componentPins : {};
  return {
    voterId: v.voterId,
    choice: v.choice,
    tasks: (v.tasks ?? []).map((t) => ({ text: t.text, metric: t.metric, target: t.target })),
    pin: {
      cardRevisionId: v.cardRevisionId,
      componentVersions: Object.fromEntries(Object.entries(pins).map(([k, x]) => [k, String(x)])),
    },
  };
}

/** Compare-and-set on the review: status and version as read under the lock; one row or retry. */
export async function updateReview(
  tx: Tx,
  r: ReviewSnapshot,
  data: Prisma.ReviewUncheckedUpdateManyInput,
): Promise<void> {
  const { count } = await tx.review.updateMany({
    where: { id: r.id, status: r.status, version: r.version },
    data: { ...data, version: { increment: 1 } },
  });
  expectOne(count, `review ${r.id} (${r.status}, v${r.version})`);
}

/** Live (draft/open) reviews of a project with their components, e.g. "one live review per component". */
export async function liveReviewsOf(tx: Tx, projectId: string) {
  const rows = await tx.review.findMany({
    where: { projectId, status: { in: ["draft", "open"] } },
    select: { id: true, status: true, components: { select: { componentId: true } } },
  });
  return rows.map((r) => ({ id: r.id, status: r.status, componentIds: r.components.map((c) => c.componentId) }));
}
