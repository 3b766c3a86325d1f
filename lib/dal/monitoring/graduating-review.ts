import "server-only";
import type { Tx } from "@/lib/dal/core/audit";

/** The review whose decision put the component at level 9, with its panel (null: none, e.g. seeded). */
export async function graduatingReviewOf(
  tx: Pick<Tx, "levelTransition">,
  componentId: string,
): Promise<{ id: string; seats: { userId: string; isChair: boolean }[] } | null> {
  const t = await tx.levelTransition.findFirst({
    where: { componentId, toLevel: 9, reviewId: { not: null }, kind: { in: ["graduation", "entry"] } },
    orderBy: { createdAt: "desc" },
    select: { review: { select: { id: true, seats: { select: { userId: true, isChair: true } } } } },
  });
  return t?.review ?? null;
}
