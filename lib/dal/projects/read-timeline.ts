import "server-only";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { ComponentStatus, ProjectStatus, ReviewStatus, TransitionKind } from "@/lib/domain/vocabulary";
import { WEAKEST_LINK_ARCHIVED } from "@/lib/dal/components/import-archive";
import { projectLabel } from "@/lib/domain/project-label";

/**
 * A project's whole history on one time axis: every transition of every component (the levels
 * over time are derived from them, as everywhere else) and every review that opened. Dates go to
 * the client as epoch milliseconds, since the chart is a client component.
 */

export type TimelineDto = {
  project: { id: string; slug: string; name: string; label: string; status: ProjectStatus; systemLevel: number | null };
  components: { id: string; name: string; status: ComponentStatus; level: number }[];
  transitions: {
    id: string;
    componentId: string;
    componentName: string;
    at: number;
    from: number | null;
    to: number;
    kind: TransitionKind;
    reason: string;
    actorName: string | null;
    reviewId: string | null;
  }[];
  reviews: {
    id: string;
    level: number;
    status: ReviewStatus;
    openedAt: number;
    decidedAt: number | null;
    componentNames: string[];
  }[];
  /** System-level rises without a review: archiving the weakest link (its own audited event). */
  weakestLinkArchives: {
    id: string;
    at: number;
    componentName: string;
    from: number | null;
    to: number | null;
    reason: string;
    actorName: string | null;
  }[];
  now: number;
};

const levelIn = (json: unknown): number | null => {
  const v = (json as { systemLevel?: unknown } | null)?.systemLevel;
  return typeof v === "number" ? v : null;
};

export async function getTimelineFor(
  db: DbClient,
  _viewer: SessionUser,
  slug: string,
  now: Date,
): Promise<TimelineDto | null> {
  const p = await db.project.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      track: true,
      index: true,
      status: true,
      systemLevel: true,
      components: {
        select: { id: true, name: true, status: true, level: true },
        orderBy: [{ createdAt: "asc" }, { name: "asc" }],
      },
      transitions: {
        select: {
          id: true,
          componentId: true,
          createdAt: true,
          fromLevel: true,
          toLevel: true,
          kind: true,
          reason: true,
          reviewId: true,
          actor: { select: { name: true } },
          component: { select: { name: true } },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
      reviews: {
        where: { openedAt: { not: null } },
        select: {
          id: true,
          level: true,
          status: true,
          openedAt: true,
          decidedAt: true,
          withdrawnAt: true,
          components: { select: { component: { select: { name: true } } } },
        },
        orderBy: { openedAt: "asc" },
      },
    },
  });
  if (!p) return null;
  const archives = await db.auditEvent.findMany({
    where: { projectId: p.id, action: WEAKEST_LINK_ARCHIVED },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, entityId: true, createdAt: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return {
    project: {
      id: p.id,
      slug: p.slug,
      name: p.name,
      label: projectLabel(p.track, p.index),
      status: p.status,
      systemLevel: p.systemLevel,
    },
    components: p.components,
    transitions: p.transitions.map((t) => ({
      id: t.id,
      componentId: t.componentId,
      componentName: t.component.name,
      at: t.createdAt.getTime(),
      from: t.fromLevel,
      to: t.toLevel,
      kind: t.kind,
      reason: t.reason,
      actorName: t.actor?.name ?? null,
      reviewId: t.reviewId,
    })),
    reviews: p.reviews.map((r) => ({
      id: r.id,
      level: r.level,
      status: r.status,
      openedAt: r.openedAt!.getTime(),
      decidedAt: (r.decidedAt ?? r.withdrawnAt)?.getTime() ?? null,
      componentNames: r.components.map((c) => c.component.name).sort(),
    })),
    weakestLinkArchives: archives.map((e) => ({
      id: e.id,
      at: e.createdAt.getTime(),
      componentName: p.components.find((c) => c.id === e.entityId)?.name ?? "a component",
      from: levelIn(e.before),
      to: levelIn(e.after),
      reason: String((e.after as { reason?: unknown } | null)?.reason ?? ""),
      actorName: e.actor?.name ?? null,
    })),
    now: now.getTime(),
  };
}

export async function getTimeline({ slug, now }: { slug: string; now: Date }): Promise<TimelineDto | null> {
  return getTimelineFor(prisma, await requireUser(), slug, now);
}
