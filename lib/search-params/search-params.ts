/**
 * A page's URL search parameters as Next.js hands them over, and the small readers every parser
 * here shares. Pure: pages, route handlers, forms and unit tests import these freely.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter ("?a=1&a=2" → "1"). */
export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A positive whole number from a URL search parameter, or null ("?revision=abc" is ignored). */
export function positiveInt(value: string | string[] | undefined): number | null {
  const v = first(value);
  if (!v || !/^[1-9]\d{0,8}$/.test(v)) return null;
  return Number(v);
}

/**
 * "Include stopped projects": stopped projects (killed at a gate) leave the portfolio and the
 * projects list unless `?stopped=1` asks for them. One parameter name and one reading for both.
 */
export const INCLUDE_STOPPED_PARAM = "stopped";
export function includeStoppedOf(params: SearchParams): boolean {
  return first(params[INCLUDE_STOPPED_PARAM]) === "1";
}
