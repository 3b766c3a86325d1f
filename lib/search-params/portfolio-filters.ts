import { PROJECT_STATUSES, isLevel, isOneOf, type ProjectStatus } from "@/lib/domain/vocabulary";
import { INCLUDE_STOPPED_PARAM, first, includeStoppedOf, type SearchParams } from "./search-params";

/**
 * The portfolio's filters, sort and page live in the URL (shareable, server-rendered). Parsing is
 * forgiving: a value that does not parse is dropped, never an error page. No "server-only" here:
 * the pages, the CSV route and the filter form all use these helpers, and they touch no data.
 */

export const PORTFOLIO_SORTS = ["id", "name", "level", "time", "target"] as const;
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];
export type SortDir = "asc" | "desc";

export const PAGE_SIZE = 25;
export const MAX_STUCK_DAYS = 3650;

export type PortfolioFilters = {
  q: string;
  /** System levels 0–9; -1 stands for "no level yet" (no active component). */
  levels: number[];
  statuses: ProjectStatus[];
  /** An owner: a user id, or part of the name or email. */
  owner: string | null;
  tag: string | null;
  /** At the current level for more than this many days. */
  stuckDays: number | null;
  overdue: boolean;
  /** Stopped projects (killed at a gate) are left out unless asked for, here or by status. */
  includeStopped: boolean;
  sort: PortfolioSort;
  dir: SortDir;
  page: number;
};

export const DEFAULT_FILTERS: PortfolioFilters = {
  q: "",
  levels: [],
  statuses: [],
  owner: null,
  tag: null,
  stuckDays: null,
  overdue: false,
  includeStopped: false,
  sort: "id",
  dir: "asc",
  page: 1,
};

/** Natural direction of each sort; "time" descending = longest at its level first. */
export const DEFAULT_DIR: Record<PortfolioSort, SortDir> = {
  id: "asc",
  name: "asc",
  level: "asc",
  time: "desc",
  target: "asc",
};

const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function positiveInt(v: string | undefined, max: number): number | null {
  if (!v || !/^\d{1,7}$/.test(v.trim())) return null;
  const n = Number(v.trim());
  return n >= 1 && n <= max ? n : null;
}

export function parsePortfolioFilters(params: SearchParams): PortfolioFilters {
  const levels = [
    ...new Set(
      all(params.level)
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .flatMap((v) => (v === "none" ? [-1] : /^\d$/.test(v) && isLevel(Number(v)) ? [Number(v)] : [])),
    ),
  ].sort((a, b) => a - b);
  const statuses = [
    ...new Set(
      all(params.status)
        .flatMap((v) => v.split(","))
        .filter((s) => isOneOf(PROJECT_STATUSES, s)),
    ),
  ] as ProjectStatus[];
  const sortRaw = first(params.sort);
  const sort: PortfolioSort = isOneOf(PORTFOLIO_SORTS, sortRaw) ? sortRaw : "id";
  const dirRaw = first(params.dir);
  const owner = first(params.owner)?.trim();
  const tag = first(params.tag)?.trim().toLowerCase().slice(0, 40);
  return {
    q: (first(params.q) ?? "").trim().slice(0, 100),
    levels,
    statuses,
    owner: owner ? owner.slice(0, 100) : null,
    tag: tag ? tag : null,
    stuckDays: positiveInt(first(params.stuck), MAX_STUCK_DAYS),
    overdue: first(params.overdue) === "1",
    includeStopped: includeStoppedOf(params),
    sort,
    dir: dirRaw === "asc" || dirRaw === "desc" ? dirRaw : DEFAULT_DIR[sort],
    page: positiveInt(first(params.page), 100_000) ?? 1,
  };
}

/** The query string for these filters (defaults left out), for links and the CSV export. */
export function portfolioSearch(filters: PortfolioFilters, change: Partial<PortfolioFilters> = {}): string {
  const f = { ...filters, ...change };
  const sp = new URLSearchParams();
  if (f.q) sp.set("q", f.q);
  for (const l of f.levels) sp.append("level", l === -1 ? "none" : String(l));
  for (const s of f.statuses) sp.append("status", s);
  if (f.owner) sp.set("owner", f.owner);
  if (f.tag) sp.set("tag", f.tag);
  if (f.stuckDays !== null) sp.set("stuck", String(f.stuckDays));
  if (f.overdue) sp.set("overdue", "1");
  if (f.includeStopped) sp.set(INCLUDE_STOPPED_PARAM, "1");
  if (f.sort !== "id") sp.set("sort", f.sort);
  if (f.dir !== DEFAULT_DIR[f.sort]) sp.set("dir", f.dir);
  if (f.page > 1) sp.set("page", String(f.page));
  const s = sp.toString();
  return s ? `?${s}` : "";
}

export function hasActiveFilters(f: PortfolioFilters): boolean {
  return Boolean(
    f.q ||
    f.levels.length ||
    f.statuses.length ||
    f.owner ||
    f.tag ||
    f.stuckDays !== null ||
    f.overdue ||
    f.includeStopped,
  );
}

// ---------------------------------------------------------------------------------------------
// Analytics

export type AnalyticsFilters = {
  tag: string | null;
  /** Inclusive first day and exclusive end (UTC midnights). */
  from: Date;
  to: Date;
};

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function utcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

function parseDay(v: string | undefined): Date | null {
  if (!v || !DATE_PATTERN.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Default range: the twelve months up to and including today (UTC). */
export function defaultAnalyticsRange(now: Date): { from: Date; to: Date } {
  const to = new Date(utcDay(now).getTime() + DAY_MS);
  const from = new Date(Date.UTC(to.getUTCFullYear() - 1, to.getUTCMonth(), to.getUTCDate()));
  return { from, to };
}

/** `from` and `to` are days (YYYY-MM-DD), both inclusive in the URL; at most ten years apart. */
export function parseAnalyticsFilters(params: SearchParams, now: Date): AnalyticsFilters {
  const range = defaultAnalyticsRange(now);
  const fromDay = parseDay(first(params.from));
  const toDay = parseDay(first(params.to));
  let from = fromDay ?? range.from;
  let to = toDay ? new Date(toDay.getTime() + DAY_MS) : range.to;
  if (to <= from) [from, to] = [new Date(to.getTime() - DAY_MS), new Date(from.getTime() + DAY_MS)];
  if (to.getTime() - from.getTime() > 3660 * DAY_MS) from = new Date(to.getTime() - 3660 * DAY_MS);
  const tag = first(params.tag)?.trim().toLowerCase().slice(0, 40);
  return { tag: tag ? tag : null, from, to };
}

export function analyticsSearch(f: AnalyticsFilters): string {
  const sp = new URLSearchParams();
  if (f.tag) sp.set("tag", f.tag);
  sp.set("from", isoDay(f.from));
  sp.set("to", isoDay(new Date(f.to.getTime() - DAY_MS)));
  return `?${sp.toString()}`;
}
