import { describe, expect, it } from "vitest";
import {
  DEFAULT_FILTERS,
  analyticsSearch,
  hasActiveFilters,
  parseAnalyticsFilters,
  parsePortfolioFilters,
  portfolioSearch,
} from "./portfolio-filters";

describe("parsePortfolioFilters", () => {
  it("reads every filter from the URL", () => {
    expect(
      parsePortfolioFilters({
        q: "  triage ",
        level: ["4", "5,none"],
        status: ["active", "paused"],
        owner: " Okafor ",
        tag: "Vision",
        stuck: "90",
        overdue: "1",
        stopped: "1",
        sort: "time",
        dir: "asc",
        page: "3",
      }),
    ).toEqual({
      q: "triage",
      levels: [-1, 4, 5],
      statuses: ["active", "paused"],
      owner: "Okafor",
      tag: "vision",
      stuckDays: 90,
      overdue: true,
      includeStopped: true,
      sort: "time",
      dir: "asc",
      page: 3,
    });
  });

  it.each<[string, Record<string, string | string[]>]>([
    ["levels out of range or not numbers", { level: ["10", "-1", "x", ""] }],
    ["unknown statuses", { status: "deleted" }],
    ["stuck that is not a positive whole number", { stuck: "-5" }],
    ["stuck with a decimal", { stuck: "9.5" }],
    ["unknown sort falls back to the project ID", { sort: "DROP" }],
    ["page zero", { page: "0" }],
    ["overdue other than 1", { overdue: "yes" }],
  ])("drops %s", (_name, params) => {
    expect(parsePortfolioFilters(params)).toEqual(DEFAULT_FILTERS);
  });

  it("round-trips through the query string, leaving defaults out", () => {
    const f = parsePortfolioFilters({ level: ["4"], stuck: "90", sort: "time" });
    expect(portfolioSearch(f)).toBe("?level=4&stuck=90&sort=time");
    expect(parsePortfolioFilters(Object.fromEntries(new URLSearchParams(portfolioSearch(f, { page: 2 }))))).toEqual({
      ...f,
      page: 2,
    });
    expect(portfolioSearch(DEFAULT_FILTERS)).toBe("");
    expect(hasActiveFilters(DEFAULT_FILTERS)).toBe(false);
    expect(hasActiveFilters(f)).toBe(true);
  });
});

describe("parseAnalyticsFilters", () => {
  const now = new Date("2026-06-15T10:00:00Z");
  it("defaults to the twelve months up to today", () => {
    const f = parseAnalyticsFilters({}, now);
    expect([f.from.toISOString(), f.to.toISOString(), f.tag]).toEqual([
      "2025-06-16T00:00:00.000Z",
      "2026-06-16T00:00:00.000Z",
      null,
    ]);
    expect(analyticsSearch(f)).toBe("?from=2025-06-16&to=2026-06-15");
  });
  it("takes both days inclusive and swaps a reversed range", () => {
    const f = parseAnalyticsFilters({ from: "2026-03-01", to: "2026-03-31", tag: "NLP" }, now);
    expect([f.from.toISOString(), f.to.toISOString(), f.tag]).toEqual([
      "2026-03-01T00:00:00.000Z",
      "2026-04-01T00:00:00.000Z",
      "nlp",
    ]);
    const r = parseAnalyticsFilters({ from: "2026-03-31", to: "2026-03-01" }, now);
    expect([r.from.toISOString(), r.to.toISOString()]).toEqual([
      "2026-03-01T00:00:00.000Z",
      "2026-04-01T00:00:00.000Z",
    ]);
  });
  it("ignores malformed days", () => {
    expect(parseAnalyticsFilters({ from: "2026-13-45", to: "yesterday" }, now)).toEqual(parseAnalyticsFilters({}, now));
  });
});
