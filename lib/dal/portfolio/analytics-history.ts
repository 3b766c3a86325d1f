import "server-only";
import type { DbClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AnalyticsFilters } from "@/lib/search-params/portfolio-filters";
import { assembleAnalytics, type AnalyticsDto } from "./analytics";
import { inTaggedProjects } from "./analytics-queries";

/**
 * The reference for the roll-ups: every movement figure of the analytics computed from scratch
 * over level_transitions (the query the page ran before the roll-ups existed, 2 s on the scale
 * data). Only the roll-up equivalence test and the benchmark use it; the app reads the roll-ups.
 */

/**
 * One pass over the transition history up to the range's end: a window per component (served in
 * order by the (component_id, created_at) index) gives each transition the time and kind of the
 * next one, which is all "time per level" needs; flows, cycles and months read the same rows.
 * Paths group the in-range transitions per component straight from that index; a cycle's
 * recovery is one index lookup per switchback.
 */
export function transitionStatsFromHistoryQuery(f: AnalyticsFilters): Prisma.Sql {
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

export function computeAnalyticsFromHistory(db: DbClient, f: AnalyticsFilters, now: Date): Promise<AnalyticsDto> {
  return assembleAnalytics(db, f, now, transitionStatsFromHistoryQuery(f));
}
