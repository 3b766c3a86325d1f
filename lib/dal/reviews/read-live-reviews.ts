import "server-only";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { normaliseCardContent } from "@/lib/domain/card-content";
import { cardSectionsFilled } from "@/lib/domain/card-sections";
import { validateLevelDefinitions } from "@/lib/domain/level-validation";
import { levelDefinition, type LevelDefinitions } from "@/lib/domain/levels";
import { summariseLiveReview, type LiveReviewSummary } from "@/lib/domain/live-review";
import type { ReviewKind, ReviewStatus } from "@/lib/domain/vocabulary";

/** A live (draft or open) review of a project, summarised for the top of the project page. */
export type LiveReviewDto = LiveReviewSummary & {
  id: string;
  level: number;
  kind: ReviewKind;
  status: ReviewStatus;
  dueAt: Date | null;
  /** Where to go: the draft editor for a draft, the review room for an open review. */
  href: string;
  componentNames: string[];
};

export async function liveReviewsFor(db: DbClient, slug: string, now: Date): Promise<LiveReviewDto[]> {
  const p = await db.project.findUnique({
    where: { slug },
    select: {
      id: true,
      reviews: {
        where: { status: { in: ["draft", "open"] } },
        orderBy: [{ level: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          level: true,
          kind: true,
          status: true,
          pinRound: true,
          dueAt: true,
          definitionsVersion: true,
          unconfirmedItems: true,
          _count: { select: { seats: true } },
          votes: { select: { pinRound: true } },
          components: { select: { component: { select: { name: true } } } },
        },
      },
    },
  });
  if (!p || p.reviews.length === 0) return [];
  const [latestCard, requirementCount, debriefs, openReturnTasks, defSets] = await Promise.all([
    db.cardRevision.findFirst({ where: { projectId: p.id }, orderBy: { number: "desc" }, select: { content: true } }),
    db.requirement.count({ where: { projectId: p.id } }),
    db.review.count({ where: { projectId: p.id, debriefAt: { not: null } } }),
    db.reviewTask.count({ where: { doneAt: null, review: { projectId: p.id, status: "returned" } } }),
    db.levelDefinitionSet.findMany({
      where: { version: { in: [...new Set(p.reviews.map((r) => r.definitionsVersion))] } },
      select: { version: true, definitions: true },
    }),
  ]);
  const filled = cardSectionsFilled({
    content: latestCard ? normaliseCardContent(latestCard.content) : null,
    requirementCount,
    hasDebrief: debriefs > 0,
  });
  const defsOf = new Map<number, LevelDefinitions>();
  for (const d of defSets) {
    const checked = validateLevelDefinitions(d.definitions);
    if (checked.ok) defsOf.set(d.version, checked.value);
  }
  return p.reviews.map((r) => {
    const defs = defsOf.get(r.definitionsVersion);
    const summary = summariseLiveReview(
      {
        status: r.status,
        pinRound: r.pinRound,
        dueAt: r.dueAt,
        seatCount: r._count.seats,
        votes: r.votes,
        unconfirmedItems: r.unconfirmedItems,
        requiredSections: defs ? (levelDefinition(defs, r.level)?.cardSections ?? []) : [],
        filledSections: filled,
        openReturnTasks,
      },
      now,
    );
    return {
      ...summary,
      id: r.id,
      level: r.level,
      kind: r.kind,
      status: r.status,
      dueAt: r.dueAt,
      href: r.status === "draft" ? `/reviews/${r.id}/edit` : `/reviews/${r.id}`,
      componentNames: r.components.map((c) => c.component.name),
    };
  });
}

export async function getLiveReviews({ slug, now }: { slug: string; now: Date }): Promise<LiveReviewDto[]> {
  await requireUser();
  return liveReviewsFor(prisma, slug, now);
}
