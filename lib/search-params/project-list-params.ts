/**
 * The projects list's search and page live in the URL (?q=…&page=N), so every page is a link that
 * works without JavaScript. Parsing is forgiving: a page that is not a whole number counts as the
 * first, an absurdly large one is capped (a page past the end gets a message on the page, never an
 * error). No "server-only" (like ./portfolio-filters): the page, the pagination links and the unit
 * tests use these helpers, and they touch no data.
 */

import { INCLUDE_STOPPED_PARAM, first, includeStoppedOf, type SearchParams } from "./search-params";

export const PROJECTS_PAGE_SIZE = 50;
/** 5,000,000 projects at 50 a page: far past any real list, small enough for OFFSET to stay sane. */
export const MAX_PROJECTS_PAGE = 100_000;
const MAX_QUERY_LENGTH = 100;

/**
 * `mine`: only the viewer's projects (owner or contributor); `archived` and `stopped`: archived or
 * stopped ones too (both hidden by default, as on the portfolio).
 */
export type ProjectListParams = { query: string; page: number; mine?: boolean; archived?: boolean; stopped?: boolean };

export function parseProjectListParams(params: SearchParams): ProjectListParams {
  const query = (first(params.q) ?? "").trim().slice(0, MAX_QUERY_LENGTH);
  const raw = first(params.page)?.trim() ?? "";
  const page = /^\d+$/.test(raw) ? Math.min(Math.max(Number(raw), 1), MAX_PROJECTS_PAGE) : 1;
  return {
    query,
    page,
    mine: first(params.mine) === "1",
    archived: first(params.archived) === "1",
    stopped: includeStoppedOf(params),
  };
}

/** "/projects?q=…&mine=1&archived=1&stopped=1&page=N", defaults left out. */
export function projectsHref({ query, page, mine, archived, stopped }: ProjectListParams): string {
  const sp = new URLSearchParams();
  if (query) sp.set("q", query);
  if (mine) sp.set("mine", "1");
  if (archived) sp.set("archived", "1");
  if (stopped) sp.set(INCLUDE_STOPPED_PARAM, "1");
  if (page > 1) sp.set("page", String(page));
  const s = sp.toString();
  return s ? `/projects?${s}` : "/projects";
}

export function pageCountOf(total: number): number {
  return Math.max(1, Math.ceil(total / PROJECTS_PAGE_SIZE));
}
