import "server-only";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { allowedActions, type UiAction } from "@/lib/domain/allowed-actions";
import { levelDefinition } from "@/lib/domain/levels";
import { projectLabel } from "@/lib/domain/project-label";
import { MAX_REVIEWABLE_LEVEL, type ComponentKind, type ProjectStatus, type ReviewKind } from "@/lib/domain/vocabulary";
import { latestDefinitions } from "@/lib/dal/reviews/definitions";
import { toActor } from "@/lib/dal/core/transaction";

/** Read side of starting a review: which components are free and at which levels a review may be asked for. */

export type ProjectRef = { id: string; slug: string; name: string; label: string; status: ProjectStatus };
export type ReviewStartDto = {
  project: ProjectRef;
  allowed: UiAction[];
  components: {
    id: string;
    name: string;
    kind: ComponentKind;
    level: number;
    claimedLevel: number | null;
    liveReviewId: string | null;
  }[];
  /**
   * Reviews that have at least one component free to take them, lowest first: gate reviews at the
   * confirmed levels of unclaimed components, entry reviews at the claimed levels.
   */
  levels: { level: number; name: string; kind: ReviewKind }[];
};

export async function getReviewStartFor(
  db: DbClient,
  viewer: SessionUser,
  slug: string,
): Promise<ReviewStartDto | null> {
  const p = await db.project.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      track: true,
      index: true,
      status: true,
      members: { select: { userId: true, role: true } },
      components: {
        where: { status: "active" },
        select: { id: true, name: true, kind: true, level: true, claimedLevel: true },
        orderBy: [{ level: "asc" }, { name: "asc" }],
      },
    },
  });
  if (!p) return null;
  const live = await db.reviewComponent.findMany({
    where: { component: { projectId: p.id }, review: { status: { in: ["draft", "open"] } } },
    select: { componentId: true, reviewId: true },
  });
  const definitions = await db.$transaction((tx) => latestDefinitions(tx));
  const components = p.components.map((c) => ({
    ...c,
    liveReviewId: live.find((l) => l.componentId === c.id)?.reviewId ?? null,
  }));
  const free = components.filter((c) => !c.liveReviewId);
  const named = (kind: ReviewKind) => (level: number) => ({
    level,
    kind,
    name: levelDefinition(definitions, level)?.name ?? `Level ${level}`,
  });
  const levels = [
    ...[...new Set(free.filter((c) => c.claimedLevel === null && c.level <= MAX_REVIEWABLE_LEVEL).map((c) => c.level))]
      .sort((a, b) => a - b)
      .map(named("gate")),
    ...[...new Set(free.flatMap((c) => (c.claimedLevel === null ? [] : [c.claimedLevel])))]
      .sort((a, b) => a - b)
      .map(named("entry")),
  ];
  return {
    project: { id: p.id, slug: p.slug, name: p.name, label: projectLabel(p.track, p.index), status: p.status },
    allowed: allowedActions({ project: p }, toActor(viewer)),
    components,
    levels,
  };
}

export async function getReviewStart({ slug }: { slug: string }): Promise<ReviewStartDto | null> {
  return getReviewStartFor(prisma, await requireUser(), slug);
}
