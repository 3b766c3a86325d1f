import "server-only";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { projectLabel } from "@/lib/domain/project-label";
import { phaseOf } from "@/lib/domain/system-level";
import type { ComponentKind, Phase, ProjectStatus } from "@/lib/domain/vocabulary";
import { pageCountOf, PROJECTS_PAGE_SIZE, type ProjectListParams } from "@/lib/search-params/project-list-params";
import type { Viewer } from "@/lib/dal/projects/read-detail";

/** The projects list: one page of projects matching a search, most recently changed first. */

export const projectListSelect = {
  id: true,
  slug: true,
  name: true,
  track: true,
  index: true,
  status: true,
  tags: true,
  systemLevel: true,
  levelSince: true,
  components: {
    where: { status: "active" },
    select: { name: true, kind: true, level: true, claimedLevel: true },
    orderBy: [{ level: "asc" }, { name: "asc" }],
  },
  members: {
    where: { role: "owner" },
    select: { user: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  },
  _count: { select: { reviews: { where: { status: "open" } } } },
} satisfies Prisma.ProjectSelect;

/** `level` is the confirmed level; `claimedLevel` a pending claim ("claimed L7, unconfirmed"). */
export type ComponentLevelDto = { name: string; kind: ComponentKind; level: number; claimedLevel?: number | null };

export type ProjectListItemDto = {
  id: string;
  slug: string;
  /** "R02" */
  projectId: string;
  name: string;
  status: ProjectStatus;
  tags: string[];
  /** Project.systemLevel as kept by the transition writers; null shows as "—". */
  systemLevel: number | null;
  phase: Phase | null;
  /** Active components only, lowest level first. */
  components: ComponentLevelDto[];
  owners: string[];
  /** Since when the system has been at its current level (null: no level yet). */
  levelSince: Date | null;
  openReviewCount: number;
};

/** Free-text filter over name, slug, exact tag and project ID ("R02", "p3"). */
export function projectSearchWhere(query: string | undefined): Prisma.ProjectWhereInput {
  const q = query?.trim();
  if (!q) return {};
  const or: Prisma.ProjectWhereInput[] = [
    { name: { contains: q, mode: "insensitive" } },
    { slug: { contains: q, mode: "insensitive" } },
    { tags: { has: q } },
  ];
  if (q.toLowerCase() !== q) or.push({ tags: { has: q.toLowerCase() } });
  const id = /^([rp])(\d{1,6})$/i.exec(q);
  if (id?.[1] && id[2]) {
    or.push({ track: id[1].toLowerCase() === "r" ? "research" : "product", index: Number(id[2]) });
  }
  return { OR: or };
}

export type ProjectListPageDto = {
  rows: ProjectListItemDto[];
  /** Projects matching the search, on every page. */
  total: number;
  /** The page asked for; past the last one `rows` is empty and the page says so. */
  page: number;
  pageSize: number;
  pageCount: number;
};

/**
 * Most recently changed first (creating a project and changing its system level, status or target
 * touch `updatedAt`), so what someone just created or moved is on the first page; the id breaks
 * ties, so the order is total and no project shows on two pages or on none.
 */
export const projectListOrder = [
  { updatedAt: "desc" },
  { id: "desc" },
] satisfies Prisma.ProjectOrderByWithRelationInput[];

/**
 * One page of the list: a count and one page of rows (Prisma loads each relation of the select
 * for the whole page at once), so a render costs the same few queries at 10 or 10,000 projects.
 */
export async function listProjectsPageFor(
  db: DbClient,
  viewer: Viewer,
  params: ProjectListParams,
): Promise<ProjectListPageDto> {
  // Archived and stopped projects leave the list unless asked for; "My projects" are those the viewer is a member of.
  const hidden = [...(params.archived ? [] : ["archived" as const]), ...(params.stopped ? [] : ["stopped" as const])];
  const where: Prisma.ProjectWhereInput = {
    AND: [
      projectSearchWhere(params.query),
      hidden.length ? { status: { notIn: hidden } } : {},
      params.mine ? { members: { some: { userId: viewer.id } } } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.project.count({ where }),
    db.project.findMany({
      where,
      select: projectListSelect,
      orderBy: projectListOrder,
      skip: (params.page - 1) * PROJECTS_PAGE_SIZE,
      take: PROJECTS_PAGE_SIZE,
    }),
  ]);
  return {
    rows: rows.map(toProjectListItem),
    total,
    page: params.page,
    pageSize: PROJECTS_PAGE_SIZE,
    pageCount: pageCountOf(total),
  };
}

function toProjectListItem(p: Prisma.ProjectGetPayload<{ select: typeof projectListSelect }>): ProjectListItemDto {
  return {
    id: p.id,
    slug: p.slug,
    projectId: projectLabel(p.track, p.index),
    name: p.name,
    status: p.status,
    tags: p.tags,
    systemLevel: p.systemLevel,
    phase: p.systemLevel === null ? null : phaseOf(p.systemLevel),
    components: p.components.map((c) => ({ name: c.name, kind: c.kind, level: c.level, claimedLevel: c.claimedLevel })),
    owners: p.members.map((m) => m.user.name),
    levelSince: p.systemLevel === null ? null : p.levelSince,
    openReviewCount: p._count.reviews,
  };
}

export async function listProjectsPage(params: ProjectListParams): Promise<ProjectListPageDto> {
  const viewer = await requireUser();
  return listProjectsPageFor(prisma, viewer, params);
}
