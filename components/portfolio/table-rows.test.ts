import { describe, expect, it } from "vitest";
import type { PortfolioRowDto } from "@/lib/dal/portfolio/read-portfolio";
import { componentLevelCounts, RISK_STATEMENT_CHARS, toTableRow } from "./table-rows";

const row: PortfolioRowDto = {
  id: "p1",
  slug: "alpha",
  projectId: "R02",
  name: "Alpha",
  status: "active",
  tags: ["vision"],
  systemLevel: 4,
  phase: "prototyping",
  components: [
    { name: "b", kind: "model", level: 5 },
    { name: "a", kind: "dataset", level: 4 },
    { name: "c", kind: "algorithm", level: 5 },
  ],
  owners: ["Ada"],
  levelSince: new Date("2026-01-02T00:00:00Z"),
  openReviews: 1,
  openAlerts: 0,
  oldestOpenReviewAt: null,
  overdueReviews: 0,
  topRisk: { number: 3, statement: "x".repeat(500), risk: 4.5 },
  lastSwitchback: null,
  target: null,
  canSetTarget: true,
};

describe("portfolio table rows", () => {
  it("counts active components per level, lowest level first", () => {
    expect(componentLevelCounts(row.components)).toEqual([
      [4, 1],
      [5, 2],
    ]);
    expect(componentLevelCounts([])).toEqual([]);
  });

  it("keeps only what the table shows and clips the risk statement", () => {
    const t = toTableRow(row);
    expect(t).not.toHaveProperty("components");
    expect(t).not.toHaveProperty("tags");
    expect(t.levels).toEqual([
      [4, 1],
      [5, 2],
    ]);
    expect(t.topRisk?.statement).toHaveLength(RISK_STATEMENT_CHARS);
    expect(t.topRisk?.statement.endsWith("…")).toBe(true);
    expect(toTableRow({ ...row, topRisk: { number: 1, statement: "short", risk: 1 } }).topRisk?.statement).toBe(
      "short",
    );
  });
});
