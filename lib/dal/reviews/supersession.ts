import "server-only";
import type { DecidedReview, SupersessionInput } from "@/lib/domain/supersession";
import type { DbClient } from "@/lib/db-client";
import type { Tx } from "@/lib/dal/core/audit";

/**
 * Row locks on a review's components (SELECT … FOR UPDATE, in id order so two lockers never
 * deadlock). The deciding vote takes them before it decides (lib/dal/reviews/settle-review.ts) and a
 * command on an earlier review of the same components takes them before it asks whether a later
 * review decided them: the two serialise, so a decision landing concurrently is either seen by the
 * check or comes after the command (and then judged the state that command left).
 */
export async function lockComponents(tx: Tx, componentIds: readonly string[]): Promise<void> {
  if (componentIds.length === 0) return;
  const ids = [...componentIds].sort();
  await tx.$queryRaw`SELECT id FROM components WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
}

/** The review with the other decided reviews sharing a component with it: what lib/domain/supersession judges. */
export async function supersessionOf(db: DbClient | Tx, reviewId: string): Promise<SupersessionInput> {
  const r = await db.review.findUniqueOrThrow({
    where: { id: reviewId },
    select: { id: true, decidedAt: true, components: { select: { componentId: true } } },
  });
  const componentIds = r.components.map((c) => c.componentId);
  const others = await db.review.findMany({
    where: {
      id: { not: r.id },
      status: { in: ["graduated", "returned"] },
      components: { some: { componentId: { in: componentIds } } },
    },
    select: { id: true, level: true, status: true, decidedAt: true, components: { select: { componentId: true } } },
  });
  const otherDecided: DecidedReview[] = others.flatMap((o) =>
    (o.status === "graduated" || o.status === "returned") && o.decidedAt
      ? [
          {
            id: o.id,
            level: o.level,
            status: o.status,
            decidedAt: o.decidedAt,
            componentIds: o.components.map((c) => c.componentId),
          },
        ]
      : [],
  );
  return { review: { id: r.id, decidedAt: r.decidedAt, componentIds }, otherDecided };
}

/** Locks the review's components, then reads who decided them since: call with the review row already locked. */
export async function lockedSupersessionOf(
  tx: Tx,
  reviewId: string,
  componentIds: readonly string[],
): Promise<SupersessionInput> {
  await lockComponents(tx, componentIds);
  return supersessionOf(tx, reviewId);
}
