import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, portfolioCsv, toCsv } from "./portfolio-csv";
import type { PortfolioRowDto } from "@/lib/dal/portfolio/read-portfolio";

const now = new Date("2026-06-01T00:00:00Z");
const row: PortfolioRowDto = {
  id: "p1",
  slug: "alpha",
  projectId: "R02",
  name: '=HYPERLINK("http://evil")',
  status: "active",
  tags: ["@team", "vision"],
  systemLevel: 4,
  phase: "prototyping",
  components: [{ name: "+detector", kind: "model", level: 4 }],
  owners: ["-Ada"],
  levelSince: new Date("2026-01-02T00:00:00Z"),
  openReviews: 1,
  openAlerts: 0,
  oldestOpenReviewAt: new Date("2026-05-02T00:00:00Z"),
  overdueReviews: 1,
  topRisk: { number: 3, statement: "\tshall not\ncrash", risk: 4.5 },
  lastSwitchback: { kind: "review", fromLevel: 5, toLevel: 4, at: new Date("2026-02-01T00:00:00Z") },
  target: { level: 5, date: new Date("2026-09-30T00:00:00Z"), status: "at_risk", lateDays: null },
  canSetTarget: true,
};

describe("portfolio CSV", () => {
  it("escapes every cell that a spreadsheet would run as a formula", () => {
    const cells = Papa.parse<string[]>(portfolioCsv([row], now)).data[1]!;
    const byColumn = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, cells[i]]));
    expect(byColumn).toMatchObject({
      project_id: "R02",
      name: '\'=HYPERLINK("http://evil")',
      components: "'+detector: L4",
      owners: "'-Ada",
      top_risk_statement: "'\tshall not\ncrash",
      tags: "'@team; vision",
      system_level: "4",
      days_in_level: "150",
      target_status: "at_risk",
    });
  });

  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "=1\n2"])("prefixes %j", (value) => {
    expect(
      toCsv(["a"], [[value]])
        .split("\r\n")[1]!
        .replace(/^"|"$/g, "")
        .startsWith("'"),
    ).toBe(true);
  });

  it("leaves numbers, negative ones included, and plain text alone", () => {
    expect(toCsv(["n", "t"], [[-3, "plain text"]])).toBe("n,t\r\n-3,plain text");
  });
});
