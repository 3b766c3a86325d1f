import "server-only";
import { unstable_cache } from "next/cache";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { projectLabel, type ProjectTrack } from "@/lib/domain/project-label";
import { phaseOf } from "@/lib/domain/system-level";
import { canSetTarget, metLateDays, targetStatus, type LevelPace, type TargetStatus } from "@/lib/domain/targets";
import type { ProjectStatus, TransitionKind } from "@/lib/domain/vocabulary";
import { DATABASE_CACHE_KEY, getLevelPace, STATS_MAX_AGE_SECONDS } from "@/lib/dal/portfolio/analytics";
import { PORTFOLIO_STATS_TAG } from "@/lib/cache-tags";
import { PAGE_SIZE, type PortfolioFilters } from "@/lib/search-params/portfolio-filters";
import { portfolioCountQuery, portfolioRowsQuery } from "./portfolio-queries";
import type { ComponentLevelDto, ProjectListItemDto } from "@/lib/dal/projects/read-list";
import type { Viewer } from "@/lib/dal/projects/read-detail";

/**
 * The portfolio: one row per project with everything a manager scans for. Per page render it runs
 * two queries whatever the portfolio's size — the page (25 projects, each detail from an index
 * lookup in a LATERAL subquery) and the count — plus cached ones (pace, tag list).
 * Every filter is backed by an index: level + time in level (projects_system_level_level_since),
 * status, tag (GIN), owner (project_members), overdue (reviews by project).
 */
/** A projects-list row (lib/dal/projects/read-detail.ts) with the portfolio's columns added. */
export type PortfolioRowDto = Omit<ProjectListItemDto & { openAlerts: number }, "openReviewCount"> & {
  openReviews: number;
  /** When the longest-open review was opened. */
  oldestOpenReviewAt: Date | null;
  overdueReviews: number;
  /** Highest pFailure × value among the requirements still open. */
  topRisk: { number: number; statement: string; risk: number } | null;
  lastSwitchback: { kind: TransitionKind; fromLevel: number | null; toLevel: number; at: Date } | null;
  /** lateDays: a met target reached after its day (metLateDays). */
  target: { level: number; date: Date; status: TargetStatus | null; lateDays: number | null } | null;
  canSetTarget: boolean;
};

export type PortfolioPageDto = {
  rows: PortfolioRowDto[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};

export type PortfolioOptionsDto = { tags: { tag: string; projects: number }[] };

type RowRecord = { open_alerts: number } & {
  id: string;
  slug: string;
  name: string;
  track: ProjectTrack;
  index: number;
  status: ProjectStatus;
  tags: string[];
  system_level: number | null;
  level_since: Date | null;
  target_level: number | null;
  target_date: Date | null;
  components: ComponentLevelDto[] | string;
  owner_ids: string[];
  owner_names: string[];
  open_reviews: number;
  oldest_open: Date | null;
  overdue_reviews: number;
  risk_number: number | null;
  risk_statement: string | null;
  risk: number | null;
  sb_kind: TransitionKind | null;
  sb_from: number | null;
  sb_to: number | null;
  sb_at: Date | null;
  reached_at: Date | null;
};

function toRow(r: RowRecord, viewer: Viewer, pace: LevelPace, now: Date): PortfolioRowDto {
  const levelSince = r.system_level === null ? null : r.level_since;
  const actor = { userId: viewer.id, roles: viewer.roles };
  return {
    id: r.id,
    slug: r.slug,
    projectId: projectLabel(r.track, r.index),
    name: r.name,
    status: r.status,
    tags: r.tags,
    systemLevel: r.system_level,
    phase: r.system_level === null ? null : phaseOf(r.system_level),
    components: typeof r.components === "string" ? (JSON.parse(r.components) as ComponentLevelDto[]) : r.components,
    owners: r.owner_names,
    levelSince,
    openReviews: r.open_reviews,
    oldestOpenReviewAt: r.oldest_open,
    overdueReviews: r.overdue_reviews,
    topRisk:
      r.risk_number === null ? null : { number: r.risk_number, statement: r.risk_statement ?? "", risk: r.risk ?? 0 },
    lastSwitchback:
      r.sb_kind === null || r.sb_at === null
        ? null
        : { kind: r.sb_kind, fromLevel: r.sb_from, toLevel: r.sb_to ?? 0, at: r.sb_at },
    target:
      r.target_level === null || r.target_date === null
        ? null
        : {
            level: r.target_level,
            date: r.target_date,
            status: targetStatus({
              level: r.system_level,
              levelSince,
              targetLevel: r.target_level,
              targetDate: r.target_date,
              status: r.status,
              pace,
              now,
            }),
            lateDays: metLateDays(r.target_date, r.reached_at),
          },
    openAlerts: r.open_alerts,
    canSetTarget:
      !["archived", "stopped"].includes(r.status) &&
      canSetTarget(actor, r.owner_ids.includes(viewer.id) ? "owner" : null).ok,
  };
}

export async function getPortfolioPageFor(
  db: DbClient,
  viewer: Viewer,
  f: PortfolioFilters,
  opts: { now: Date; pace: LevelPace | Promise<LevelPace> },
): Promise<PortfolioPageDto> {
  const offset = (f.page - 1) * PAGE_SIZE;
  const [rows, [count], pace] = await Promise.all([
    db.$queryRaw<RowRecord[]>(portfolioRowsQuery(f, opts.now, PAGE_SIZE, offset)),
    db.$queryRaw<{ n: number }[]>(portfolioCountQuery(f, opts.now)),
    opts.pace,
  ]);
  const total = count?.n ?? 0;
  return {
    rows: rows.map((r) => toRow(r, viewer, pace, opts.now)),
    total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    pageSize: PAGE_SIZE,
  };
}

/** Every matching project, for the CSV export (the whole portfolio at most: 10,000 rows at scale). */
export async function listPortfolioFor(
  db: DbClient,
  viewer: Viewer,
  f: PortfolioFilters,
  opts: { now: Date; pace: LevelPace | Promise<LevelPace> },
): Promise<PortfolioRowDto[]> {
  const [rows, pace] = await Promise.all([
    db.$queryRaw<RowRecord[]>(portfolioRowsQuery(f, opts.now, null, 0)),
    opts.pace,
  ]);
  return rows.map((r) => toRow(r, viewer, pace, opts.now));
}

export async function getPortfolioOptionsFor(db: DbClient): Promise<PortfolioOptionsDto> {
  const tags = await db.$queryRaw<{ tag: string; projects: number }[]>`
    SELECT tag, count(*)::int AS projects FROM projects p, unnest(p.tags) AS tag
    GROUP BY tag ORDER BY count(*) DESC, tag LIMIT 200`;
  return { tags };
}

const cachedOptions = unstable_cache(
  async () => getPortfolioOptionsFor(prisma),
  ["portfolio-options-v1", DATABASE_CACHE_KEY],
  {
    tags: [PORTFOLIO_STATS_TAG],
    revalidate: STATS_MAX_AGE_SECONDS,
  },
);

export async function getPortfolioPage(f: PortfolioFilters, now: Date): Promise<PortfolioPageDto> {
  const viewer = await requireUser();
  return getPortfolioPageFor(prisma, viewer, f, { now, pace: getLevelPace(now) });
}

export async function getPortfolioOptions(): Promise<PortfolioOptionsDto> {
  await requireUser();
  return cachedOptions();
}

export async function listPortfolio(f: PortfolioFilters, now: Date): Promise<PortfolioRowDto[]> {
  const viewer = await requireUser();
  return listPortfolioFor(prisma, viewer, f, { now, pace: getLevelPace(now) });
}
