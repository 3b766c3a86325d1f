import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ensureReferenceData } from "@/lib/reference-data";
import { writeScaleData } from "@/scripts/seed-scale/run";
import { createTestDatabase, type TestDb } from "@/test/db";
import {
  levelCountsQuery,
  overdueByMemberQuery,
  passRateQuery,
  transitionStatsQuery,
} from "@/lib/dal/portfolio/analytics-queries";
import { portfolioCountQuery, portfolioRowsQuery } from "@/lib/dal/portfolio/portfolio-queries";
import { PAGE_SIZE, parseAnalyticsFilters, parsePortfolioFilters } from "@/lib/search-params/portfolio-filters";
import type { SearchParams } from "@/lib/search-params/search-params";

vi.mock("@/lib/auth", () => ({ requireUser: vi.fn() }));

/**
 * No dashboard query may read votes, components or level_transitions with a sequential scan. The
 * tables hold the scale seed at a fifth of its size (2,000 projects, ~130,000 transitions,
 * ~200,000 votes), VACUUM ANALYZEd, so the planner decides on real statistics.
 *
 * - The portfolio page's queries (every filter and sort) run on each render: their plans are
 *   checked as the planner picks them.
 * - The analytics aggregates read roll-ups (not watched here) and, for level paths and tag
 *   filters, the range's history (lib/dal/portfolio/analytics-queries.ts). For them the test proves that an index path exists (enable_seqscan = off); with default settings
 *   the planner may still prefer a sequential scan where it reads a large share of a table (the
 *   tag-filtered history reads a sixth of the transitions), which is the faster plan there.
 */
const WATCHED = ["votes", "components", "level_transitions"];
const NOW = new Date();

let t: TestDb;

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function seqScans(
  q: Prisma.Sql,
  opts: { seqscanOff?: boolean } = {},
): Promise<{ bad: string[]; used: string[] }> {
  const client = await t.pool.connect();
  try {
    await client.query(`SET enable_seqscan = ${opts.seqscanOff ? "off" : "on"}`);
    const res = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
      `EXPLAIN (FORMAT JSON) ${q.text}`,
      q.values as unknown[],
    );
    const all = nodes(res.rows[0]!["QUERY PLAN"][0]!.Plan).filter((n) => n["Relation Name"]);
    return {
      bad: all
        .filter((n) => n["Node Type"] === "Seq Scan" && WATCHED.includes(n["Relation Name"]!))
        .map((n) => n["Relation Name"]!),
      used: all
        .filter((n) => WATCHED.includes(n["Relation Name"]!))
        .map((n) => `${n["Node Type"]} ${n["Index Name"] ?? n["Relation Name"]}`),
    };
  } finally {
    await client.query("RESET enable_seqscan");
    client.release();
  }
}

beforeAll(async () => {
  t = await createTestDatabase();
  await ensureReferenceData(t.db);
  const client = await t.pool.connect();
  try {
    await writeScaleData(client, { projects: 2000, seed: 7, now: NOW, passwordHash: null });
  } finally {
    client.release();
  }
}, 300_000);

afterAll(async () => {
  await t?.dispose();
});

describe("portfolio page queries use indexes on votes, components and transitions", () => {
  const cases: [string, SearchParams][] = [
    ["default view", {}],
    ["stuck at L4 for more than 90 days", { level: "4", stuck: "90" }],
    ["overdue reviews", { overdue: "1" }],
    ["one owner", { owner: "su_r0007" }],
    ["a tag", { tag: "nlp" }],
    ["text search", { q: "triage" }],
    ["sorted by time in level", { sort: "time" }],
    ["sorted by name, last page", { sort: "name", page: "40" }],
    ["sorted by target", { sort: "target", status: "active" }],
    [
      "everything at once",
      { level: ["4", "5", "6"], status: "active", tag: "team-health", stuck: "30", overdue: "1", sort: "level" },
    ],
  ];
  it.each(cases)("%s", async (_name, params) => {
    const f = parsePortfolioFilters(params);
    const rows = await seqScans(portfolioRowsQuery(f, NOW, PAGE_SIZE, (f.page - 1) * PAGE_SIZE));
    const count = await seqScans(portfolioCountQuery(f, NOW));
    expect(rows.bad).toEqual([]);
    expect(count.bad).toEqual([]);
    // The page's details come from index lookups on each watched table (a bitmap heap scan is
    // driven by a bitmap index scan: the planner picks either, depending on the statistics).
    expect(rows.used.filter((u) => !u.startsWith("Index") && !u.startsWith("Bitmap Heap Scan"))).toEqual([]);
    expect(rows.used).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^(Index.* components_|Bitmap Heap Scan components)/),
        expect.stringMatching(
          /^(Index.* level_transitions_project_id_created_at_idx|Bitmap Heap Scan level_transitions)/,
        ),
      ]),
    );
  });

  it("the CSV export (every row) too", async () => {
    expect((await seqScans(portfolioRowsQuery(parsePortfolioFilters({}), NOW, null, 0))).bad).toEqual([]);
  });
});

describe("analytics queries have an index path", () => {
  const filters = parseAnalyticsFilters({}, NOW);
  const tagged = parseAnalyticsFilters({ tag: "team-health" }, NOW);
  const cases: [string, Prisma.Sql][] = [
    ["projects per level", levelCountsQuery(null)],
    ["transition statistics", transitionStatsQuery(filters)],
    ["transition statistics for a tag", transitionStatsQuery(tagged)],
    ["pass and return rate", passRateQuery(filters)],
    ["pass and return rate for a tag", passRateQuery(tagged)],
    ["overdue reviews by panel member", overdueByMemberQuery(null, NOW)],
    ["overdue reviews by panel member for a tag", overdueByMemberQuery("team-health", NOW)],
  ];
  it.each(cases)("%s", async (_name, q) => {
    expect((await seqScans(q, { seqscanOff: true })).bad).toEqual([]);
  });

  it("and the planner picks it unprompted for the unfiltered history and the overdue lookups", async () => {
    for (const q of [
      transitionStatsQuery(filters),
      overdueByMemberQuery(null, NOW),
      overdueByMemberQuery("team-health", NOW),
      levelCountsQuery(null),
    ]) {
      expect((await seqScans(q)).bad).toEqual([]);
    }
  });
});
