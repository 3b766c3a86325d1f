import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { TARGET_REACHED_LATERAL } from "@/lib/dal/portfolio/target-reached";
import type { PortfolioFilters } from "@/lib/search-params/portfolio-filters";

/** The portfolio's SQL (alias p = projects): its filter, order, page and count, shared with the bench and the plan test. */
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
