import "server-only";
import type { DbClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normaliseCardContent } from "@/lib/domain/card-content";
import { cardDiff } from "@/lib/domain/card-diff";
import type { CardDiffDto } from "@/lib/dal/reviews/review-page-types";

/** What a diff needs of a card revision. */
export const diffRevisionSelect = {
  id: true,
  projectId: true,
  number: true,
  content: true,
} satisfies Prisma.CardRevisionSelect;
export type DiffRevision = Prisma.CardRevisionGetPayload<{ select: typeof diffRevisionSelect }>;

/** Only the sections that changed, so the page (and the client payload) stays small; null when both ids are the same. */
export async function cardDiffBetween(
  db: DbClient,
  fromId: string | null,
  toId: string | null,
): Promise<CardDiffDto | null> {
  if (fromId === toId) return null;
  const rows = await db.cardRevision.findMany({
    where: { id: { in: [fromId, toId].filter((x): x is string => x !== null) } },
    select: diffRevisionSelect,
  });
  return diffOfRevisions(db, rows.find((r) => r.id === fromId) ?? null, rows.find((r) => r.id === toId) ?? null);
}

/** The diff of two revisions already read: one more query, for the requirement changes in between. */
export async function diffOfRevisions(
  db: DbClient,
  from: DiffRevision | null,
  to: DiffRevision | null,
): Promise<CardDiffDto> {
  const sections = cardDiff(normaliseCardContent(from?.content ?? null), normaliseCardContent(to?.content ?? null))
    .filter((s) => s.changed)
    .map((s) => ({ section: s.section, title: s.title, fields: s.fields.filter((f) => f.changed) }));
  const low = Math.min(from?.number ?? 0, to?.number ?? 0);
  const high = Math.max(from?.number ?? 0, to?.number ?? 0);
  const projectId = to?.projectId ?? from?.projectId;
  const requirementChanges = projectId
    ? (
        await db.cardRevision.findMany({
          where: { projectId, number: { gt: low, lte: high }, changedSections: { has: "requirements" } },
          select: { summary: true },
          orderBy: { number: "asc" },
          take: 20,
        })
      ).map((r) => r.summary)
    : [];
  return { fromNumber: from?.number ?? null, toNumber: to?.number ?? null, sections, requirementChanges };
}
