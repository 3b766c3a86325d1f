import type { PortfolioRowDto } from "@/lib/dal/portfolio/read-portfolio";

/**
 * What the portfolio table shows of a project, and nothing more: the rows travel to the browser
 * as props of a client component, so every field here is serialised, parsed and kept in the page.
 * Components become counts per level (all the level strip draws) and the top risk's statement is
 * cut to what two lines of the column show (the project page has it whole).
 */
export type PortfolioTableRow = Pick<
  PortfolioRowDto,
  | "slug"
  | "projectId"
  | "name"
  | "status"
  | "systemLevel"
  | "owners"
  | "levelSince"
  | "openReviews"
  | "oldestOpenReviewAt"
  | "overdueReviews"
  | "topRisk"
  | "lastSwitchback"
  | "target"
  | "canSetTarget"
  | "openAlerts"
> & {
  /** [level, how many active components are at it], lowest level first. */
  levels: [number, number][];
};

export const RISK_STATEMENT_CHARS = 120;

export function componentLevelCounts(components: readonly { level: number }[]): [number, number][] {
  const counts = new Map<number, number>();
  for (const c of components) counts.set(c.level, (counts.get(c.level) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0] - b[0]);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function toTableRow(r: PortfolioRowDto): PortfolioTableRow {
  return {
    slug: r.slug,
    projectId: r.projectId,
    name: r.name,
    status: r.status,
    systemLevel: r.systemLevel,
    owners: r.owners,
    levelSince: r.levelSince,
    openReviews: r.openReviews,
    oldestOpenReviewAt: r.oldestOpenReviewAt,
    overdueReviews: r.overdueReviews,
    topRisk: r.topRisk && { ...r.topRisk, statement: clip(r.topRisk.statement, RISK_STATEMENT_CHARS) },
    lastSwitchback: r.lastSwitchback,
    target: r.target,
    canSetTarget: r.canSetTarget,
    openAlerts: r.openAlerts,
    levels: componentLevelCounts(r.components),
  };
}
