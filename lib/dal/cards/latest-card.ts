import "server-only";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normaliseCardContent, type CardContent } from "@/lib/domain/card-content";

/** The columns a read-only card view needs; reused by lib/dal/projects/read-detail.ts inside its own query. */
export const cardRevisionSelect = {
  id: true,
  number: true,
  content: true,
  summary: true,
  systemLevel: true,
  createdAt: true,
  author: { select: { name: true } },
} satisfies Prisma.CardRevisionSelect;

type CardRevisionRow = Prisma.CardRevisionGetPayload<{ select: typeof cardRevisionSelect }>;

export type CardRevisionDto = {
  id: string;
  number: number;
  authorName: string | null;
  createdAt: Date;
  /** One-line summary of the save. */
  summary: string;
  /** System level when the revision was written. */
  systemLevel: number | null;
  content: CardContent;
};

export function toCardRevisionDto(row: CardRevisionRow): CardRevisionDto {
  return {
    id: row.id,
    number: row.number,
    authorName: row.author?.name ?? null,
    createdAt: row.createdAt,
    summary: row.summary,
    systemLevel: row.systemLevel,
    // Stored JSON may predate the current card shape: normalise instead of trusting it.
    content: normaliseCardContent(row.content),
  };
}

/** Latest revision of a project's card, or null when the card has never been saved. */
export async function getLatestCardFor(db: DbClient, projectId: string): Promise<CardRevisionDto | null> {
  const row = await db.cardRevision.findFirst({
    where: { projectId },
    orderBy: { number: "desc" },
    select: cardRevisionSelect,
  });
  return row ? toCardRevisionDto(row) : null;
}

/** Any signed-in user may read cards (permission table: "read"). */
export async function getLatestCard({ projectId }: { projectId: string }): Promise<CardRevisionDto | null> {
  await requireUser();
  return getLatestCardFor(prisma, projectId);
}
