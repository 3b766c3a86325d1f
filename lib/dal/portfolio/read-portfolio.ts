import "server-only";
import { unstable_cache } from "next/cache";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { projectLabel, type ProjectTrack } from "@/lib/domain/project-label";
import { phaseOf } from "@/lib/domain/system-level";
import { canSetTarget, metLateDays, targetStatus, type LevelPace, type TargetStatus } from "@/lib/domain/targets";
import type { ProjectStatus, TransitionKind } from "@/lib/domain/vocabulary";
import { DATABASE_CACHE_KEY, getLevelPace, STATS_MAX_AGE_SECONDS } from "@/lib/dal/portfolio/analytics";
import { PORTFOLIO_STATS_TAG } from "@/lib/cache-tags";
import { TARGET_REACHED_LATERAL } from "@/lib/dal/portfolio/target-reached";
import { PAGE_SIZE, type PortfolioFilters } from "@/lib/search-params/portfolio-filters";
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

const SWITCHBACK_KINDS = Prisma.sql`('discovery', 'review', 'embedded')`;

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE clause of the portfolio (alias p = projects). */
export function portfolioWhere(f: PortfolioFilters, now: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.q) {
    const or = [
      Prisma.sql`p.name ILIKE ${likePattern(f.q)}`,
      Prisma.sql`p.slug ILIKE ${likePattern(f.q)}`,
      Prisma.sql`p.tags @> ARRAY[${f.q.toLowerCase()}]::text[]`,
    ];
    const id = /^([rp])(\d{1,6})$/i.exec(f.q);
    if (id?.[1] && id[2])
      or.push(
        Prisma.sql`(p.track = ${id[1].toLowerCase() === "r" ? "research" : "product"}::"ProjectTrack" AND p.index = ${Number(id[2])})`,
      );
    parts.push(Prisma.sql`(${Prisma.join(or, " OR ")})`);
  }
  const levels = f.levels.filter((l) => l >= 0);
  if (f.levels.length) {
    const byLevel = levels.length ? Prisma.sql`p.system_level = ANY(${levels}::int[])` : null;
    const none = f.levels.includes(-1) ? Prisma.sql`p.system_level IS NULL` : null;
    parts.push(byLevel && none ? Prisma.sql`(${byLevel} OR ${none})` : (byLevel ?? none)!);
  }
  const hidden = f.statuses.length ? [] : f.includeStopped ? ["archived"] : ["archived", "stopped"];
  if (f.statuses.length) parts.push(Prisma.sql`p.status = ANY(${f.statuses}::text[]::"ProjectStatus"[])`);
  else parts.push(Prisma.sql`p.status <> ALL(${hidden}::text[]::"ProjectStatus"[])`);
  if (f.owner) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM project_members m JOIN users u ON u.id = m.user_id
      WHERE m.project_id = p.id AND m.role = 'owner' AND (u.id = ${f.owner} OR u.name ILIKE ${likePattern(f.owner)} OR u.email ILIKE ${likePattern(f.owner)}))`);
  }
  if (f.tag) parts.push(Prisma.sql`p.tags @> ARRAY[${f.tag}]::text[]`);
  if (f.stuckDays !== null) {
    parts.push(
      Prisma.sql`p.system_level IS NOT NULL AND p.level_since < ${new Date(now.getTime() - f.stuckDays * 86_400_000)}`,
    );
  }
  if (f.overdue) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM reviews r WHERE r.project_id = p.id AND r.status = 'open' AND r.due_at < ${now})`,
    );
  }
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** ORDER BY for the page (alias a = projects or the page CTE); the id breaks ties so pages are stable. */
export function portfolioOrder(f: PortfolioFilters, a: string): Prisma.Sql {
  const asc = f.dir === "asc";
  const d = Prisma.raw(asc ? "ASC" : "DESC");
  const col = (c: string) => Prisma.raw(`${a}.${c}`);
  switch (f.sort) {
    case "name":
      return Prisma.sql`ORDER BY ${col("name")} ${d}, ${col("id")}`;
    case "level":
      return Prisma.sql`ORDER BY ${col("system_level")} ${d} NULLS FIRST, ${col("level_since")} ASC, ${col("id")}`;
    case "time":
      // "Time in level" descending = the earliest level_since first.
      return Prisma.sql`ORDER BY ${col("level_since")} ${Prisma.raw(asc ? "DESC" : "ASC")} NULLS LAST, ${col("id")}`;
    case "target":
      return Prisma.sql`ORDER BY ${col("target_date")} ${d} NULLS LAST, ${col("id")}`;
    default:
      return Prisma.sql`ORDER BY ${col("track")} ${d}, ${col("index")} ${d}, ${col("id")}`;
  }
}

/** The page's rows with their details. `limit` null: every matching project (the CSV export). */
export function portfolioRowsQuery(f: PortfolioFilters, now: Date, limit: number | null, offset: number): Prisma.Sql {
  const page = limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit} OFFSET ${offset}`;
  return Prisma.sql`
    WITH page AS (
      SELECT p.id, p.slug, p.name, p.track, p.index, p.status, p.tags, p.system_level, p.level_since, p.target_level, p.target_date
      FROM projects p
      ${portfolioWhere(f, now)}
      ${portfolioOrder(f, "p")}
      ${page}
    )
    SELECT page.id, page.slug, page.name, page.track::text AS track, page.index, page.status::text AS status, page.tags,
           page.system_level, page.level_since, page.target_level, page.target_date,
           comp.components, own.owner_ids, own.owner_names,
           rv.open_reviews, rv.oldest_open, rv.overdue_reviews,
           risk.number AS risk_number, risk.statement AS risk_statement, risk.risk,
           sb.kind::text AS sb_kind, sb.from_level AS sb_from, sb.to_level AS sb_to, sb.created_at AS sb_at,
           reach.reached_at, (SELECT count(*)::int FROM monitoring_alerts a WHERE a.project_id = page.id AND a.status <> 'resolved') AS open_alerts
    FROM page
    LEFT JOIN LATERAL (
      SELECT coalesce(json_agg(json_build_object('name', c.name, 'kind', c.kind, 'level', c.level, 'claimedLevel', c.claimed_level) ORDER BY c.level, c.name), '[]') AS components
      FROM components c WHERE c.project_id = page.id AND c.status = 'active') comp ON true
    LEFT JOIN LATERAL (
      SELECT coalesce(array_agg(u.id ORDER BY m.created_at, u.id), '{}') AS owner_ids, coalesce(array_agg(u.name ORDER BY m.created_at, u.id), '{}') AS owner_names
      FROM project_members m JOIN users u ON u.id = m.user_id WHERE m.project_id = page.id AND m.role = 'owner') own ON true
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS open_reviews, min(r.opened_at) AS oldest_open, (count(*) FILTER (WHERE r.due_at < ${now}))::int AS overdue_reviews
      FROM reviews r WHERE r.project_id = page.id AND r.status = 'open') rv ON true
    LEFT JOIN LATERAL (
      SELECT q.number, q.statement, q.risk FROM requirements q
      WHERE q.project_id = page.id AND q.status = 'open' ORDER BY q.risk DESC, q.number LIMIT 1) risk ON true
    LEFT JOIN LATERAL (
      SELECT t.kind, t.from_level, t.to_level, t.created_at FROM level_transitions t
      WHERE t.project_id = page.id AND t.kind IN ${SWITCHBACK_KINDS} ORDER BY t.created_at DESC LIMIT 1) sb ON true
    ${TARGET_REACHED_LATERAL}
    ${portfolioOrder(f, "page")}`;
}

export function portfolioCountQuery(f: PortfolioFilters, now: Date): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS n FROM projects p ${portfolioWhere(f, now)}`;
}

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
