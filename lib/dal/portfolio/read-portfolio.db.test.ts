import { describe, expect, it, vi } from "vitest";
import { computeAnalytics, levelPaceFor, paceOf } from "@/lib/dal/portfolio/analytics";
import { getPortfolioOptionsFor, getPortfolioPageFor, listPortfolioFor } from "@/lib/dal/portfolio/read-portfolio";
import { parseAnalyticsFilters, parsePortfolioFilters } from "@/lib/search-params/portfolio-filters";
import type { SearchParams } from "@/lib/search-params/search-params";
import type { Viewer } from "@/lib/dal/projects/read-detail";
import {
  NOW,
  ago,
  t,
  users,
  queries,
  manager,
  makeProject,
  setupPortfolioDb,
  page,
  slugsOf,
  ids,
} from "@/lib/dal/portfolio/fixtures";

// The page-facing wrappers call requireUser() (next-auth); these tests drive the *For functions.
vi.mock("@/lib/auth", () => ({
  requireUser: vi.fn(async () => {
    throw new Error("requireUser is not available in DAL integration tests");
  }),
}));

setupPortfolioDb();

describe("portfolio filters", () => {
  it.each<[string, SearchParams, string[]]>([
    ["no filter: every live project (archived delta left out), by project ID", {}, ["alpha", "beta", "gamma"]],
    ["archived ones only when their status is asked for", { status: "archived" }, ["delta"]],
    ["stuck at L4 for more than 90 days", { level: "4", stuck: "90" }, ["alpha"]],
    ["L4, any time", { level: "4" }, ["alpha", "beta"]],
    ["has an overdue review", { overdue: "1" }, ["alpha"]],
    ["owner by id", { owner: "__bob__" }, ["beta"]],
    ["owner by part of the name", { owner: "bo", status: ["active", "archived"] }, ["beta", "delta"]],
    ["owner by email", { owner: "ada@x" }, ["alpha", "gamma"]],
    ["tag", { tag: "team-a" }, ["alpha", "gamma"]],
    ["status", { status: ["paused", "archived"] }, ["gamma", "delta"]],
    ["no level yet", { level: "none", status: "archived" }, ["delta"]],
    ["text in the name", { q: "ranker" }, ["beta"]],
    ["project ID", { q: "r04" }, ["gamma"]],
    ["LIKE wildcards are literal", { q: "%" }, []],
    [
      "time in level, longest first; no level last",
      { sort: "time", status: ["active", "paused", "archived"] },
      ["gamma", "alpha", "beta", "delta"],
    ],
    ["name, descending", { sort: "name", dir: "desc" }, ["gamma", "beta", "alpha"]],
    ["combined", { level: ["2", "4"], tag: "team-a", status: "active" }, ["alpha"]],
  ])("%s", async (_name, params, expected) => {
    const withIds = { ...params, ...(params.owner === "__bob__" ? { owner: users.bob.id } : {}) };
    expect(await slugsOf(withIds)).toEqual(expected);
  });

  it("pages with a stable total", async () => {
    const p = await page({ page: "2" });
    expect(p.total).toBe(3);
    expect(p.pageCount).toBe(1);
    expect(p.rows).toEqual([]);
  });
});

describe("a portfolio row", () => {
  it("carries levels, owners, reviews, the top open risk, the last switchback and the target", async () => {
    const alpha = (await page({ q: "alpha" })).rows[0]!;
    expect(alpha).toMatchObject({
      projectId: "R02",
      systemLevel: 4,
      components: [
        { name: "detector", kind: "model", level: 4 },
        { name: "frames", kind: "dataset", level: 5 },
      ],
      owners: ["Ada"],
      openReviews: 1,
      overdueReviews: 1,
      oldestOpenReviewAt: ago(30),
      topRisk: { number: 1, statement: "=cmd shall run", risk: 4 },
      lastSwitchback: { kind: "review", fromLevel: 5, toLevel: 4, at: ago(120) },
      target: { level: 5, date: ago(-200), status: "on_track", lateDays: null },
      canSetTarget: true,
    });
    const rows = (await page({ status: ["paused", "archived"] })).rows;
    expect(rows.find((r) => r.slug === "gamma")?.target?.status).toBe("missed");
    expect(rows.find((r) => r.slug === "delta")).toMatchObject({
      systemLevel: null,
      levelSince: null,
      components: [],
      canSetTarget: false,
    });
  });

  it("says how late a met target was reached", async () => {
    const before = await t.db.project.findUniqueOrThrow({
      where: { id: ids.alpha },
      select: { targetLevel: true, targetDate: true },
    });
    const alphaTarget = async (targetLevel: number, targetDate: Date) => {
      await t.db.project.update({ where: { id: ids.alpha }, data: { targetLevel, targetDate } });
      return (await page({ q: "alpha" })).rows[0]!.target;
    };
    // At the target level since 120 days ago, for a day 140 days ago: 20 days late.
    expect(await alphaTarget(4, ago(140))).toMatchObject({ status: "met", lateDays: 20 });
    // Above the target level: the detector's last climb to L3 or above, 250 days ago.
    expect(await alphaTarget(3, ago(280))).toMatchObject({ status: "met", lateDays: 30 });
    expect(await alphaTarget(3, ago(200))).toMatchObject({ status: "met", lateDays: null });
    await t.db.project.update({ where: { id: ids.alpha }, data: before });
  });

  it("lets owners set targets of their own projects only, and managers all but archived ones", async () => {
    const ada = {
      id: users.ada.id,
      email: "",
      name: "Ada",
      roles: ["researcher"],
      disciplines: [],
    } as unknown as Viewer;
    const rows = (await page({ status: ["active", "paused", "archived"] }, ada)).rows;
    expect(Object.fromEntries(rows.map((r) => [r.slug, r.canSetTarget]))).toEqual({
      alpha: true,
      beta: false,
      gamma: true,
      delta: false,
    });
  });

  it("exports every matching row, not just one page", async () => {
    const rows = await listPortfolioFor(t.db, manager(), parsePortfolioFilters({ tag: "team-a" }), {
      now: NOW,
      pace: {},
    });
    expect(rows.map((r) => r.slug)).toEqual(["alpha", "gamma"]);
  });
});

describe("analytics", () => {
  it("computes every figure from the fixture's history", async () => {
    const a = await computeAnalytics(t.db, parseAnalyticsFilters({}, NOW), NOW);
    expect(a.levels.map((l) => l.projects)).toEqual([0, 0, 1, 0, 2, 0, 0, 0, 0, 0]); // archived delta left out
    expect(a.noLevel).toBe(0);
    expect(a.timePerLevel.slice(0, 6)).toEqual([
      { level: 0, medianDays: 50, p90Days: 50, stays: 1 },
      { level: 1, medianDays: 50, p90Days: 50, stays: 1 },
      { level: 2, medianDays: 50, p90Days: 50, stays: 1 },
      { level: 3, medianDays: 50, p90Days: 50, stays: 1 },
      { level: 4, medianDays: 50, p90Days: 50, stays: 1 },
      { level: 5, medianDays: null, p90Days: null, stays: 0 }, // left by a switchback, not a graduation
    ]);
    expect(a.passRate[3]).toEqual({ level: 3, graduated: 1, returned: 0 });
    expect(a.passRate[4]).toEqual({ level: 4, graduated: 0, returned: 1 });
    expect(a.flows).toEqual([
      { from: 0, to: 1, count: 1 },
      { from: 1, to: 2, count: 1 },
      { from: 2, to: 3, count: 1 },
      { from: 3, to: 4, count: 1 },
      { from: 4, to: 5, count: 1 },
      { from: 5, to: 4, count: 1 },
    ]);
    expect(a.cycles).toEqual([{ from: 5, to: 4, count: 1, recovered: 0 }]);
    expect(a.paths).toEqual([{ levels: [0, 1, 2, 3, 4, 5, 4], components: 1 }]);
    expect(a.overdue).toEqual([{ userId: users.r2.id, name: "Rob", reviews: 1, oldestDays: 16 }]);
    expect(a.months).toHaveLength(13);
    expect(a.months.find((m) => m.month === "2026-02")).toMatchObject({ review: 1, lost: 1 });
    expect(a.months.reduce((s, m) => s + m.gained, 0)).toBe(5);
    expect(paceOf(a)).toEqual({ 0: 50, 1: 50, 2: 50, 3: 50, 4: 50 });
  });

  it("filters by tag and date range", async () => {
    const nlp = await computeAnalytics(t.db, parseAnalyticsFilters({ tag: "nlp" }, NOW), NOW);
    expect(nlp.levels[4]?.projects).toBe(1);
    expect(nlp.flows).toEqual([]);
    expect(nlp.overdue).toEqual([]);
    const lastQuarter = await computeAnalytics(
      t.db,
      parseAnalyticsFilters({ from: "2026-03-01", to: "2026-05-31" }, NOW),
      NOW,
    );
    expect(lastQuarter.flows).toEqual([]);
    expect(lastQuarter.passRate.every((r) => r.graduated + r.returned === 0)).toBe(true);
    expect(lastQuarter.months.map((m) => m.month)).toEqual(["2026-03", "2026-04", "2026-05"]);
  });
});

describe("queries per render", () => {
  /** Everything the portfolio page reads, uncached: the page, the count, the pace (roll-ups) and the tag list. */
  async function render(): Promise<number> {
    const before = queries;
    await Promise.all([
      getPortfolioPageFor(t.db, manager(), parsePortfolioFilters({}), { now: NOW, pace: levelPaceFor(t.db, NOW) }),
      getPortfolioOptionsFor(t.db),
    ]);
    return queries - before;
  }

  it("stays the same when the portfolio grows from 4 to 64 projects", async () => {
    const small = await render();
    for (let i = 0; i < 60; i++) {
      const id = await makeProject({
        slug: `more-${i}`,
        name: `More ${i}`,
        index: 100 + i,
        level: i % 10,
        since: ago(i),
        tags: ["more"],
        owner: users.cy.id,
      });
      await t.db.component.create({ data: { projectId: id, name: "c", kind: "model", level: i % 10 } });
      await t.db.review.create({
        data: {
          projectId: id,
          level: 0,
          status: "open",
          authorId: users.cy.id,
          definitionsVersion: 1,
          openedAt: ago(5),
          dueAt: ago(1),
        },
      });
    }
    const large = await render();
    expect(small).toBe(4); // page + count + the pace + the tag list
    expect(large).toBe(small);
  });
});
