import "server-only";
import { createHash } from "node:crypto";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { paceOfMedians, type LevelPace } from "@/lib/domain/targets";
import {
  levelCountsQuery,
  overdueByMemberQuery,
  passRateQuery,
  timePerLevelQuery,
  transitionStatsQuery,
} from "./analytics-queries";
import { defaultAnalyticsRange, isoDay, type AnalyticsFilters } from "@/lib/search-params/portfolio-filters";

/**
 * Progress analytics across the portfolio (MLTRL's "quantifiable progress"): projects per level,
 * time per level, pass/return rates, switchbacks, level paths and cycles, overdue reviews and
 * throughput. Every figure is computed in Postgres and leaves as a small DTO of plain numbers and
 * strings (into client charts). Nothing is cached: the movement figures read roll-ups that a
 * trigger on level_transitions keeps in the same transaction as each transition
 * (transition_facts: one row per transition with its stay's end; transition_day_counts: moves per
 * UTC day), so a decision shows on the next request. The from-scratch reference over the history
 * is analytics-history.ts; db tests hold the two equal.
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

/** Backstop for writers that do not revalidate the tag: the cached tag list is at most this old. */
export const STATS_MAX_AGE_SECONDS = 600;

const LEVELS = Array.from({ length: 10 }, (_, i) => i);
const REVIEWABLE = LEVELS.slice(0, 9);

type Json<T> = T[] | string;
const parsed = <T>(v: Json<T>): T[] => (typeof v === "string" ? (JSON.parse(v) as T[]) : v);

export type StatsRow = {
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
  return assembleAnalytics(db, f, now, transitionStatsQuery(f));
}

/** The DTO from the snapshot queries and a movement query (roll-ups, or the history for reference). */
export async function assembleAnalytics(
  db: DbClient,
  f: AnalyticsFilters,
  now: Date,
  statsQuery: Prisma.Sql,
): Promise<AnalyticsDto> {
  const [levelRows, [stats], passRows, overdueRows] = await Promise.all([
    db.$queryRaw<{ level: number | null; n: number }[]>(levelCountsQuery(f.tag)),
    db.$queryRaw<StatsRow[]>(statsQuery),
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
      .sort((a, b) => b.count - a.count || a.from - b.from || a.to - b.to),
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
 * databases may share (a dev database and the e2e one): keys of what is still cached (the tag
 * list) name the database, so one never serves the other's.
 */
export const DATABASE_CACHE_KEY = createHash("sha256")
  .update(process.env.DATABASE_URL ?? "")
  .digest("hex")
  .slice(0, 16);

/**
 * Figures are read from the roll-ups, never from a long-lived cache. Requests for the same view
 * that arrive while one read is running, or within FRESH_FOR_MS of its start, share it: a figure
 * is never older than FRESH_FOR_MS plus one read (a decision shows within 5 s on every instance,
 * issue 15), and a burst of visitors costs one read per view, not one each.
 */
export const FRESH_FOR_MS = 3_000;
const shared = new Map<string, { startedAt: number; value: Promise<unknown> }>();

export function sharedRead<T>(key: string, read: () => Promise<T>, nowMs = Date.now()): Promise<T> {
  const hit = shared.get(key);
  if (hit && nowMs - hit.startedAt < FRESH_FOR_MS) return hit.value as Promise<T>;
  const value = read();
  shared.set(key, { startedAt: nowMs, value });
  value.catch(() => shared.delete(key));
  if (shared.size > 200) for (const [k, v] of shared) if (nowMs - v.startedAt >= FRESH_FOR_MS) shared.delete(k);
  return value;
}

export async function getAnalytics(filters: AnalyticsFilters): Promise<AnalyticsDto> {
  await requireUser();
  const key = `analytics:${filters.tag ?? ""}:${filters.from.toISOString()}:${filters.to.toISOString()}`;
  return sharedRead(key, () => computeAnalytics(prisma, filters, new Date()));
}

type PaceRow = { level: number; median: number | null; p90: number | null; n: number };

export async function levelPaceFor(db: DbClient, now: Date): Promise<LevelPace> {
  return paceOfMedians(await db.$queryRaw<PaceRow[]>(timePerLevelQuery({ tag: null, ...defaultAnalyticsRange(now) })));
}

/**
 * The pace the portfolio's target statuses use: the whole portfolio's median time per level over
 * the last twelve months (the analytics page's default view), read from the roll-ups.
 */
export function getLevelPace(now: Date): Promise<LevelPace> {
  const day = isoDay(now);
  return sharedRead(`pace:${day}`, () => levelPaceFor(prisma, new Date(`${day}T12:00:00Z`)));
}
