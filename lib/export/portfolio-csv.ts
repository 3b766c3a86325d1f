import Papa from "papaparse";
import type { PortfolioRowDto } from "@/lib/dal/portfolio/read-portfolio";

/**
 * The portfolio as CSV. Pure (no "server-only": it reads only the DTO), so it is unit-tested.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return, which some strip first) as a formula. Every such text cell is prefixed with a single
 * quote, which makes it text. Numbers are written as numbers and are never prefixed. Papa's own
 * default pattern (/^[=+\-@\t\r].*$/) misses cells with a line break after the first character,
 * so the pattern here tests the first character only.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_COLUMNS = [
  "project_id",
  "name",
  "slug",
  "status",
  "system_level",
  "components",
  "owners",
  "in_level_since",
  "days_in_level",
  "open_reviews",
  "oldest_open_review_days",
  "overdue_reviews",
  "top_risk",
  "top_risk_statement",
  "last_switchback",
  "last_switchback_at",
  "target_level",
  "target_date",
  "target_status",
  "target_met_late_days",
  "tags",
] as const;

const DAY = 86_400_000;
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const days = (from: Date | null, now: Date) => (from ? Math.floor((now.getTime() - from.getTime()) / DAY) : "");

export function portfolioCsvRow(r: PortfolioRowDto, now: Date): (string | number)[] {
  const sb = r.lastSwitchback;
  return [
    r.projectId,
    r.name,
    r.slug,
    r.status,
    r.systemLevel ?? "",
    r.components
      .map((c) => `${c.name}: L${c.level}${c.claimedLevel ? ` (claimed L${c.claimedLevel}, unconfirmed)` : ""}`)
      .join("; "),
    r.owners.join("; "),
    day(r.levelSince),
    days(r.levelSince, now),
    r.openReviews,
    days(r.oldestOpenReviewAt, now),
    r.overdueReviews,
    r.topRisk ? `R${r.topRisk.number} (${r.topRisk.risk.toFixed(2)})` : "",
    r.topRisk?.statement ?? "",
    sb ? `${sb.kind}: L${sb.fromLevel ?? "?"} to L${sb.toLevel}` : "",
    day(sb?.at ?? null),
    r.target?.level ?? "",
    day(r.target?.date ?? null),
    r.target?.status ?? "",
    r.target?.lateDays ?? "",
    r.tags.join("; "),
  ];
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return Papa.unparse(
    { fields: [...header], data: rows.map((r) => [...r]) },
    { escapeFormulae: FORMULA_START, newline: "\r\n" },
  );
}

export function portfolioCsv(rows: readonly PortfolioRowDto[], now: Date): string {
  return toCsv(
    CSV_COLUMNS,
    rows.map((r) => portfolioCsvRow(r, now)),
  );
}
