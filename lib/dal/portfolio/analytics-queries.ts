import { Prisma } from "@/lib/generated/prisma/client";
import type { AnalyticsFilters } from "@/lib/search-params/portfolio-filters";

/**
 * The analytics page's SQL (see analytics.ts for what each figure means). Only SQL builders, no
 * data access: the worker's target watch builds the pace query from here too, outside Next.
 */

function projectsWithTag(tag: string | null): Prisma.Sql {
  return tag === null ? Prisma.empty : Prisma.sql`AND p.tags @> ARRAY[${tag}]::text[]`;
}

/** Restricts a table with a project_id column (alias given) to projects carrying the tag. */
export function inTaggedProjects(alias: string, tag: string | null): Prisma.Sql {
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
 * Moves inside the range as (day, kind, from, to, n, recovered): the day counts for the whole
 * portfolio; with a tag, the tagged projects' transition facts (one row each, by project).
 */
function movesInRange(f: AnalyticsFilters): Prisma.Sql {
  return f.tag === null
    ? Prisma.sql`SELECT d.day, d.kind, nullif(d.from_level, -1) AS from_level, d.to_level, d.n, d.recovered
        FROM transition_day_counts d
        WHERE d.day >= ${dayOf(f.from)}::date AND d.day < ${dayOf(f.to)}::date AND d.kind <> 'start' AND d.n <> 0`
    : Prisma.sql`SELECT (x.created_at AT TIME ZONE 'UTC')::date AS day, x.kind, x.from_level, x.to_level, 1 AS n,
          x.recovered::int AS recovered
        FROM transition_facts x
        WHERE x.created_at >= ${f.from} AND x.created_at < ${f.to} AND x.kind <> 'start' ${inTaggedProjects("x", f.tag)}`;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Median and p90 of the stays that ended by a graduation inside the range, per level: one range
 * scan of the (next_kind, to_level, next_at, stay_days) index per level, no sort of the whole year.
 */
export function timePerLevelQuery(f: AnalyticsFilters): Prisma.Sql {
  return Prisma.sql`SELECT l.level, s.median, s.p90, s.n
    FROM generate_series(0, 8) AS l(level) CROSS JOIN LATERAL (
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x.stay_days) AS median,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY x.stay_days) AS p90,
             count(*)::int AS n
      FROM transition_facts x
      WHERE x.next_kind = 'graduation' AND x.to_level = l.level AND x.next_at >= ${f.from} AND x.next_at < ${f.to}
        ${inTaggedProjects("x", f.tag)}) s
    WHERE s.n > 0`;
}

/**
 * Level paths: the level held when the range began (the first in-range move's from_level), then
 * every level reached, per component; the eight most common. Each component's history is a row
 * of arrays (component_histories); width_bucket finds the range's slice by binary search
 * (created_at has millisecond precision, so "before t" is "at most t − 1 µs").
 */
export function pathsSelect(f: AnalyticsFilters): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT y.path, count(*)::int AS n
         FROM (
           SELECT CASE WHEN z.hi < z.lo THEN NULL
                       WHEN z.from_levels[z.lo] = -1 THEN z.to_levels[z.lo:z.hi]
                       ELSE z.from_levels[z.lo] || z.to_levels[z.lo:z.hi] END AS path
           FROM (
             SELECT h.from_levels, h.to_levels,
                    width_bucket(${f.from}::timestamptz - interval '1 microsecond', h.at) + 1 AS lo,
                    width_bucket(${f.to}::timestamptz - interval '1 microsecond', h.at) AS hi
             FROM component_histories h
             WHERE h.at[cardinality(h.at)] >= ${f.from} AND h.at[1] < ${f.to} ${inTaggedProjects("h", f.tag)}) z) y
         WHERE cardinality(y.path) > 1
         GROUP BY y.path ORDER BY count(*) DESC, y.path LIMIT 8) x)`;
}

/** Every movement figure from the roll-ups; same columns as the from-scratch analyticsHistoryQuery. */
export function transitionStatsQuery(f: AnalyticsFilters): Prisma.Sql {
  return Prisma.sql`
    WITH m AS MATERIALIZED (${movesInRange(f)})
    SELECT
      (SELECT coalesce(json_agg(x), '[]') FROM (${timePerLevelQuery(f)}) x) AS time_per_level,
      (SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT m.from_level AS "from", m.to_level AS "to", sum(m.n)::int AS n
         FROM m GROUP BY m.from_level, m.to_level HAVING sum(m.n) > 0) x) AS flows,
      (SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT m.from_level AS "from", m.to_level AS "to", sum(m.n)::int AS n, sum(m.recovered)::int AS recovered
         FROM m WHERE m.kind IN ('discovery', 'review', 'embedded')
         GROUP BY m.from_level, m.to_level HAVING sum(m.n) > 0) x) AS cycles,
      (SELECT coalesce(json_agg(x), '[]') FROM (
         SELECT to_char(m.day, 'YYYY-MM') AS month,
                coalesce(sum(m.n) FILTER (WHERE m.kind = 'graduation'), 0)::int AS gained,
                coalesce(sum((m.from_level - m.to_level) * m.n) FILTER (WHERE m.kind <> 'graduation'), 0)::int AS lost,
                coalesce(sum(m.n) FILTER (WHERE m.kind = 'discovery'), 0)::int AS discovery,
                coalesce(sum(m.n) FILTER (WHERE m.kind = 'review'), 0)::int AS review,
                coalesce(sum(m.n) FILTER (WHERE m.kind = 'embedded'), 0)::int AS embedded
         FROM m GROUP BY 1) x) AS months,
      ${pathsSelect(f)} AS paths`;
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
