import "server-only";
import { createHash } from "node:crypto";
import { unstable_cache } from "next/cache";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LevelPace } from "@/lib/domain/targets";
import { PORTFOLIO_STATS_TAG } from "@/lib/cache-tags";
import { defaultAnalyticsRange, isoDay, type AnalyticsFilters } from "@/lib/search-params/portfolio-filters";

/**
 * Progress analytics across the portfolio (MLTRL's "quantifiable progress"): projects per level,
 * time per level, pass/return rates, switchbacks, level paths and cycles, overdue reviews and
 * throughput. Every figure is computed in Postgres and leaves as a small DTO of plain numbers and
 * strings (it goes through the data cache and into client charts).
 *
 * Conventions:
 * - Levels of projects are system levels (lowest active component); everything about movement is
 *   measured on components, whose transitions are the recorded history.
 * - A "stay" at level L is the time from a component's transition into L to its next transition;
 *   time per level counts the stays that ended by a graduation inside the date range.
 * - Flows, cycles, switchbacks and throughput count transitions inside the range; a cycle is a
 *   switchback from A down to B, "recovered" once the component later reached A again.
 * - Projects per level and overdue reviews are snapshots (now); the tag filter applies to all.
 */
export type AnalyticsDto = {
  tag: string | null;
  /** First and last day of the range (YYYY-MM-DD, both inclusive). */
  from: string;
  to: string;
  generatedAt: string;
  levels: { level: number; projects: number }[];
  /** Projects neither archived nor stopped without an active component. */
  noLevel: number;
  timePerLevel: { level: number; medianDays: number | null; p90Days: number | null; stays: number }[];
  passRate: { level: number; graduated: number; returned: number }[];
  /** One entry per calendar month (UTC) of the range, oldest first. */
  months: { month: string; gained: number; lost: number; discovery: number; review: number; embedded: number }[];
  flows: { from: number; to: number; count: number }[];
  paths: { levels: number[]; components: number }[];
  cycles: { from: number; to: number; count: number; recovered: number }[];
  overdue: { userId: string; name: string; reviews: number; oldestDays: number }[];
};

/** Backstop for writers that do not revalidate the tag: cached figures are at most this old. */
export const STATS_MAX_AGE_SECONDS = 600;

const LEVELS = Array.from({ length: 10 }, (_, i) => i);
const REVIEWABLE = LEVELS.slice(0, 9);

function projectsWithTag(tag: string | null): Prisma.Sql {
  return tag === null ? Prisma.empty : Prisma.sql`AND p.tags @> ARRAY[${tag}]::text[]`;
}

/** Restricts a table with a project_id column (alias given) to projects carrying the tag. */
function inTaggedProjects(alias: string, tag: string | null): Prisma.Sql {
  return tag === null
    ? Prisma.empty
    : Prisma.sql`AND ${Prisma.raw(alias)}.project_id IN (SELECT p.id FROM projects p WHERE p.tags @> ARRAY[${tag}]::text[])`;
}

export function levelCountsQuery(tag: string | null): Prisma.Sql {
  return Prisma.sql`SELECT p.system_level AS level, count(*)::int AS n
    FROM projects p WHERE p.status NOT IN ('archived', 'stopped') ${projectsWithTag(tag)}
    GROUP BY p.system_level`;
}

/**
 * One pass over the transition history up to the range's end: a window per component (served in
 * order by the (component_id, created_at) index) gives each transition the time and kind of the
 * next one, which is all "time per level" needs; flows, cycles and months read the same rows.
 * Paths group the in-range transitions per component straight from that index; a cycle's
 * recovery is one index lookup per switchback.
 */
export function transitionStatsQuery(f: AnalyticsFilters): Prisma.Sql {
  return Prisma.sql`
    WITH s AS MATERIALIZED (
      SELECT t.id, t.component_id, t.kind, t.from_level, t.to_level, t.created_at,
             lead(t.created_at) OVER w AS next_at,
             lead(t.kind) OVER w AS next_kind
      FROM level_transitions t
      WHERE t.created_at < ${f.to} ${inTaggedProjects("t", f.tag)}
      WINDOW w AS (PARTITION BY t.component_id ORDER BY t.created_at, t.id)
    ), moves AS MATERIALIZED (
      SELECT * FROM s WHERE s.created_at >= ${f.from} AND s.kind <> 'start'
    )
    SELECT
      (SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT y.to_level AS level,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY y.days) AS median,
                percentile_cont(0.9) WITHIN GROUP (ORDER BY y.days) AS p90,
                count(*)::int AS n
         FROM (SELECT s.to_level, extract(epoch FROM s.next_at - s.created_at) / 86400.0 AS days
               FROM s WHERE s.next_kind = 'graduation' AND s.next_at >= ${f.from}) y
         GROUP BY y.to_level) x) AS time_per_level,
      (SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT m.from_level AS "from", m.to_level AS "to", count(*)::int AS n
         FROM moves m GROUP BY m.from_level, m.to_level) x) AS flows,
      (SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT m.from_level AS "from", m.to_level AS "to", count(*)::int AS n,
                count(*) FILTER (WHERE EXISTS (
                  SELECT 1 FROM level_transitions l
                  WHERE l.component_id = m.component_id AND l.created_at > m.created_at AND l.to_level >= m.from_level))::int AS recovered
         FROM moves m WHERE m.kind IN ('discovery', 'review', 'embedded')
         GROUP BY m.from_level, m.to_level) x) AS cycles,
      (SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT to_char(date_trunc('month', m.created_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
                count(*) FILTER (WHERE m.kind = 'graduation')::int AS gained,
                coalesce(sum(m.from_level - m.to_level) FILTER (WHERE m.kind <> 'graduation'), 0)::int AS lost,
                count(*) FILTER (WHERE m.kind = 'discovery')::int AS discovery,
                count(*) FILTER (WHERE m.kind = 'review')::int AS review,
                count(*) FILTER (WHERE m.kind = 'embedded')::int AS embedded
         FROM moves m GROUP BY 1) x) AS months,
      (SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT y.path, count(*)::int AS n
         FROM (
           -- The level held when the range began (the first move's from_level), then every level reached.
           SELECT CASE WHEN (array_agg(t.from_level ORDER BY t.created_at, t.id))[1] IS NULL
                       THEN array_agg(t.to_level ORDER BY t.created_at, t.id)
                       ELSE (array_agg(t.from_level ORDER BY t.created_at, t.id))[1] || array_agg(t.to_level ORDER BY t.created_at, t.id) END AS path
           FROM level_transitions t
           WHERE t.created_at >= ${f.from} AND t.created_at < ${f.to} ${inTaggedProjects("t", f.tag)}
           GROUP BY t.component_id) y
         WHERE cardinality(y.path) > 1
         GROUP BY y.path ORDER BY count(*) DESC, y.path LIMIT 8) x) AS paths`;
}

/** Gate reviews only: an entry review confirms a claimed level, it does not pass or fail leaving one. */
export function passRateQuery(f: AnalyticsFilters): Prisma.Sql {
  return Prisma.sql`SELECT rv.level,
      count(*) FILTER (WHERE d.outcome = 'graduated')::int AS graduated,
      count(*) FILTER (WHERE d.outcome = 'returned')::int AS returned
    FROM review_decisions d JOIN reviews rv ON rv.id = d.review_id
    WHERE d.decided_at >= ${f.from} AND d.decided_at < ${f.to} AND rv.kind = 'gate' ${inTaggedProjects("rv", f.tag)}
    GROUP BY rv.level`;
}

/** Seats of open, past-due reviews that have not voted in the current pin round, per person. */
export function overdueByMemberQuery(tag: string | null, now: Date): Prisma.Sql {
  return Prisma.sql`SELECT u.id, u.name, count(*)::int AS reviews,
      max(extract(epoch FROM ${now}::timestamptz - rv.due_at) / 86400.0)::float8 AS oldest_days
    FROM reviews rv
    JOIN panel_seats s ON s.review_id = rv.id
    JOIN users u ON u.id = s.user_id
    WHERE rv.status = 'open' AND rv.due_at < ${now} ${inTaggedProjects("rv", tag)}
      AND NOT EXISTS (SELECT 1 FROM votes v WHERE v.seat_id = s.id AND v.pin_round = rv.pin_round)
    GROUP BY u.id, u.name
    ORDER BY reviews DESC, oldest_days DESC, u.name
    LIMIT 15`;
}

type Json<T> = T[] | string;
const parsed = <T>(v: Json<T>): T[] => (typeof v === "string" ? (JSON.parse(v) as T[]) : v);

type StatsRow = {
  time_per_level: Json<{ level: number; median: number | null; p90: number | null; n: number }>;
  flows: Json<{ from: number; to: number; n: number }>;
  cycles: Json<{ from: number; to: number; n: number; recovered: number }>;
  months: Json<{ month: string; gained: number; lost: number; discovery: number; review: number; embedded: number }>;
  paths: Json<{ path: number[]; n: number }>;
};

/** "2025-11" … for every month touched by [from, to). */
export function monthsOf(from: Date, to: Date): string[] {
  const out: string[] = [];
  const last = new Date(to.getTime() - 1);
  for (
    let y = from.getUTCFullYear(), m = from.getUTCMonth();
    y < last.getUTCFullYear() || (y === last.getUTCFullYear() && m <= last.getUTCMonth());
    m++
  ) {
    if (m === 12) {
      m = 0;
      y++;
    }
    out.push(`${y}-${String(m + 1).padStart(2, "0")}`);
  }
  return out;
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** Four queries, run side by side; the count does not depend on the portfolio's size. */
export async function computeAnalytics(db: DbClient, f: AnalyticsFilters, now: Date): Promise<AnalyticsDto> {
  const [levelRows, [stats], passRows, overdueRows] = await Promise.all([
    db.$queryRaw<{ level: number | null; n: number }[]>(levelCountsQuery(f.tag)),
    db.$queryRaw<StatsRow[]>(transitionStatsQuery(f)),
    db.$queryRaw<{ level: number; graduated: number; returned: number }[]>(passRateQuery(f)),
    db.$queryRaw<{ id: string; name: string; reviews: number; oldest_days: number }[]>(
      overdueByMemberQuery(f.tag, now),
    ),
  ]);
  const tpl = new Map(parsed(stats?.time_per_level ?? []).map((r) => [r.level, r]));
  const pass = new Map(passRows.map((r) => [r.level, r]));
  const months = new Map(parsed(stats?.months ?? []).map((m) => [m.month, m]));
  return {
    tag: f.tag,
    from: isoDay(f.from),
    to: isoDay(new Date(f.to.getTime() - 86_400_000)),
    generatedAt: now.toISOString(),
    levels: LEVELS.map((level) => ({ level, projects: levelRows.find((r) => r.level === level)?.n ?? 0 })),
    noLevel: levelRows.find((r) => r.level === null)?.n ?? 0,
    timePerLevel: REVIEWABLE.map((level) => {
      const r = tpl.get(level);
      return { level, medianDays: round1(r?.median ?? null), p90Days: round1(r?.p90 ?? null), stays: r?.n ?? 0 };
    }),
    passRate: REVIEWABLE.map((level) => ({
      level,
      graduated: pass.get(level)?.graduated ?? 0,
      returned: pass.get(level)?.returned ?? 0,
    })),
    months: monthsOf(f.from, f.to).map((month) => {
      const m = months.get(month);
      return {
        month,
        gained: m?.gained ?? 0,
        lost: m?.lost ?? 0,
        discovery: m?.discovery ?? 0,
        review: m?.review ?? 0,
        embedded: m?.embedded ?? 0,
      };
    }),
    flows: parsed(stats?.flows ?? [])
      .map((r) => ({ from: r.from, to: r.to, count: r.n }))
      .sort((a, b) => a.from - b.from || a.to - b.to),
    paths: parsed(stats?.paths ?? []).map((r) => ({ levels: r.path, components: r.n })),
    cycles: parsed(stats?.cycles ?? [])
      .map((r) => ({ from: r.from, to: r.to, count: r.n, recovered: r.recovered }))
      .sort((a, b) => b.count - a.count || a.from - b.from),
    overdue: overdueRows.map((r) => ({
      userId: r.id,
      name: r.name,
      reviews: r.reviews,
      oldestDays: Math.floor(r.oldest_days),
    })),
  };
}

/** Median days per level from the analytics (the pace that lib/domain/targets projects with). */
export function paceOf(dto: Pick<AnalyticsDto, "timePerLevel">): LevelPace {
  const pace: Record<number, number> = {};
  for (const r of dto.timePerLevel) if (r.medianDays !== null) pace[r.level] = r.medianDays;
  return pace;
}

/**
 * Next's data cache lives in the build directory (.next/cache), which two servers on different
 * databases may share (a dev database and the e2e one): the key names the database, so one never
 * serves the other's figures.
 */
export const DATABASE_CACHE_KEY = createHash("sha256")
  .update(process.env.DATABASE_URL ?? "")
  .digest("hex")
  .slice(0, 16);

/**
 * The data cache: one entry per (database, tag, range), shared by every user (the figures are the
 * same for everyone who may read the portfolio). Fresh within STATS_MAX_AGE_SECONDS, or sooner
 * when a writer revalidates PORTFOLIO_STATS_TAG.
 */
const cachedAnalytics = unstable_cache(
  async (tag: string | null, from: string, to: string) =>
    computeAnalytics(prisma, { tag, from: new Date(from), to: new Date(to) }, new Date()),
  ["portfolio-analytics-v1", DATABASE_CACHE_KEY],
  { tags: [PORTFOLIO_STATS_TAG], revalidate: STATS_MAX_AGE_SECONDS },
);

export async function getAnalytics(filters: AnalyticsFilters): Promise<AnalyticsDto> {
  await requireUser();
  return cachedAnalytics(filters.tag, filters.from.toISOString(), filters.to.toISOString());
}

/**
 * The pace the portfolio's target statuses use: the whole portfolio's median time per level over
 * the last twelve months — the analytics page's default view, so both share one cache entry.
 */
export async function getLevelPace(now: Date): Promise<LevelPace> {
  const { from, to } = defaultAnalyticsRange(now);
  return paceOf(await cachedAnalytics(null, from.toISOString(), to.toISOString()));
}
