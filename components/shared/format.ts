/**
 * Date formatting for server-rendered pages. Pure: the caller passes `now`, so a page renders one
 * consistent clock and tests need no fake timers. Calendar maths and dates use UTC, so the output
 * does not depend on the server's time zone.
 */

const LOCALE = "en-GB";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const unitFormatters = new Map<string, Intl.NumberFormat>();
function formatUnit(value: number, unit: "hour" | "day" | "week" | "month" | "year"): string {
  let f = unitFormatters.get(unit);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, { style: "unit", unit, unitDisplay: "long" });
    unitFormatters.set(unit, f);
  }
  return f.format(value);
}

/** Whole calendar months from `from` to `to` (UTC), e.g. 15 Jan → 14 Mar = 1. */
function wholeMonths(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  const fromRest = from.getTime() - Date.UTC(from.getUTCFullYear(), from.getUTCMonth());
  const toRest = to.getTime() - Date.UTC(to.getUTCFullYear(), to.getUTCMonth());
  if (toRest < fromRest) months -= 1;
  return Math.max(0, months);
}

/**
 * How long something has lasted, coarse and readable: "5 hours", "12 days", "3 weeks",
 * "4 months", "2 years". Null (never started) → "—"; a start in the future (clock skew) counts as
 * zero.
 */
export function formatDuration(since: Date | null, now: Date): string {
  if (since === null) return "—";
  const ms = Math.max(0, now.getTime() - since.getTime());
  if (ms < HOUR) return "less than an hour";
  if (ms < DAY) return formatUnit(Math.floor(ms / HOUR), "hour");
  const months = wholeMonths(since, now);
  if (months >= 24) return formatUnit(Math.floor(months / 12), "year");
  if (months >= 1) return formatUnit(months, "month");
  const days = Math.floor(ms / DAY);
  if (days >= 14) return formatUnit(Math.floor(days / 7), "week");
  return formatUnit(days, "day");
}

const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: "auto" });

/** "yesterday", "3 days ago", "2 months ago", "in 5 days". */
export function formatRelative(date: Date, now: Date): string {
  const diff = date.getTime() - now.getTime();
  const abs = Math.abs(diff);
  const sign = diff < 0 ? -1 : 1;
  if (abs < HOUR) return relative.format(sign * Math.round(abs / 60_000), "minute");
  if (abs < DAY) return relative.format(sign * Math.floor(abs / HOUR), "hour");
  const months = diff < 0 ? wholeMonths(date, now) : wholeMonths(now, date);
  if (months >= 12) return relative.format(sign * Math.floor(months / 12), "year");
  if (months >= 1) return relative.format(sign * months, "month");
  return relative.format(sign * Math.floor(abs / DAY), "day");
}

const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: "medium", timeZone: "UTC" });

/** "4 Mar 2025" (UTC). */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "2025-03-04T10:00:00.000Z" for <time dateTime>. */
export function isoDate(date: Date): string {
  return date.toISOString();
}

/** `word` for one, else `word` + "s" (or the given plural form): plural(3, "task") → "tasks". */
export function plural(n: number, word: string, pluralForm = `${word}s`): string {
  return n === 1 ? word : pluralForm;
}

/** A number with thousands separators, the way the app writes dates: formatNumber(12345) → "12,345". */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return n.toLocaleString(LOCALE, options);
}
