import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The query for the review whose decision put the component at level 9, with its panel: one
 * argument object so a transaction and a read share it (their clients' types differ).
 */
export const graduatingReviewQuery = (componentId: string) =>
  ({
    where: { componentId, toLevel: 9, reviewId: { not: null }, kind: { in: ["graduation", "entry"] } },
    orderBy: { createdAt: "desc" },
    select: { review: { select: { id: true, seats: { select: { userId: true, isChair: true } } } } },
  }) satisfies Prisma.LevelTransitionFindFirstArgs;
