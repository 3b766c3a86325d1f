import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDb } from "@/test/db";
import { computeAnalytics, paceOf } from "./analytics";
import { getPortfolioOptionsFor, getPortfolioPageFor, listPortfolioFor } from "./portfolio";
import { parseAnalyticsFilters, parsePortfolioFilters } from "@/lib/search-params/portfolio-filters";
import type { SearchParams } from "@/lib/search-params/search-params";
import type { Viewer } from "./projects";

// The page-facing wrappers call requireUser() (next-auth); these tests drive the *For functions.
vi.mock("@/lib/auth", () => ({
  requireUser: vi.fn(async () => {
    throw new Error("requireUser is not available in DAL integration tests");
  }),
}));

const NOW = new Date("2026-06-01T12:00:00Z");
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

let t: TestDb;
let users: Record<"ada" | "bob" | "cy" | "r1" | "r2" | "manager", { id: string; name: string }>;
let ids: Record<"alpha" | "beta" | "gamma" | "delta", string>;
let queries = 0;
const manager = () =>
  ({ id: users.manager.id, email: "m@x.test", name: "M", roles: ["manager"], disciplines: [] }) as unknown as Viewer;

/** Projects with components and transitions; levels are given, history starts at L0. */
async function makeProject(opts: {
  slug: string;
  name: string;
  index: number;
  level: number | null;
  since: Date | null;
  tags: string[];
  owner: string;
  status?: "active" | "paused" | "archived";
  target?: { level: number; date: Date };
}): Promise<string> {
  const p = await t.db.project.create({
    data: {
      slug: opts.slug,
      name: opts.name,
      index: opts.index,
      tags: opts.tags,
      status: opts.status ?? "active",
      systemLevel: opts.level,
      levelSince: opts.since,
      targetLevel: opts.target?.level ?? null,
      targetDate: opts.target?.date ?? null,
      members: { create: [{ userId: opts.owner, role: "owner" }] },
    },
  });
  return p.id;
}

async function seedFixture(): Promise<void> {
  const mk = (key: string, name: string, roles: ("researcher" | "reviewer" | "manager")[]) =>
    t.db.user.create({ data: { email: `${key}@x.test`, name, roles }, select: { id: true, name: true } });
  users = {
    ada: await mk("ada", "Ada", ["researcher"]),
    bob: await mk("bob", "Bob", ["researcher"]),
    cy: await mk("cy", "Cy", ["researcher"]),
    r1: await mk("r1", "Rita", ["reviewer"]),
    r2: await mk("r2", "Rob", ["reviewer"]),
    manager: await mk("manager", "Mia", ["manager"]),
  };
  ids = {
    alpha: await makeProject({
      slug: "alpha",
      name: "Alpha detector",
      index: 2,
      level: 4,
      since: ago(120),
      tags: ["vision", "team-a"],
      owner: users.ada.id,
      target: { level: 5, date: ago(-200) },
    }),
    beta: await makeProject({
      slug: "beta",
      name: "Beta ranker",
      index: 3,
      level: 4,
      since: ago(30),
      tags: ["nlp"],
      owner: users.bob.id,
    }),
    gamma: await makeProject({
      slug: "gamma",
      name: "Gamma planner",
      index: 4,
      level: 2,
      since: ago(200),
      tags: ["team-a"],
      owner: users.ada.id,
      status: "paused",
      target: { level: 3, date: ago(10) },
    }),
    delta: await makeProject({
      slug: "delta",
      name: "Delta archive",
      index: 5,
      level: null,
      since: null,
      tags: [],
      owner: users.bob.id,
      status: "archived",
    }),
  };
  await t.db.projectMember.create({ data: { projectId: ids.alpha, userId: users.cy.id, role: "contributor" } });

  // Alpha: c1 climbed 0 → 5 at 50-day steps and was sent back to 4; c2 is at 5; c3 is archived.
  const c1 = await t.db.component.create({
    data: { projectId: ids.alpha, name: "detector", kind: "model", level: 4, levelSince: ago(120) },
  });
  await t.db.component.create({
    data: { projectId: ids.alpha, name: "frames", kind: "dataset", level: 5, levelSince: ago(300) },
  });
  await t.db.component.create({
    data: { projectId: ids.alpha, name: "legacy", kind: "algorithm", level: 2, status: "archived" },
  });
  const steps = [0, 1, 2, 3, 4, 5].map((level, i) => ({ level, at: ago(400 - 50 * i) }));
  await t.db.levelTransition.createMany({
    data: [
      ...steps.map((s, i) => ({
        projectId: ids.alpha,
        componentId: c1.id,
        fromLevel: i === 0 ? null : s.level - 1,
        toLevel: s.level,
        kind: i === 0 ? ("start" as const) : ("graduation" as const),
        createdAt: s.at,
      })),
      {
        projectId: ids.alpha,
        componentId: c1.id,
        fromLevel: 5,
        toLevel: 4,
        kind: "review" as const,
        reason: "Did not hold",
        createdAt: ago(120),
      },
    ],
  });
  const b1 = await t.db.component.create({
    data: { projectId: ids.beta, name: "ranker", kind: "model", level: 4, levelSince: ago(30) },
  });
  await t.db.levelTransition.create({
    data: { projectId: ids.beta, componentId: b1.id, toLevel: 4, kind: "start", createdAt: ago(30) },
  });
  await t.db.component.create({
    data: { projectId: ids.gamma, name: "planner", kind: "algorithm", level: 2, levelSince: ago(200) },
  });

  // Reviews of alpha: L3 graduated, L4 returned, L4 open and overdue (Rita voted, Rob did not).
  const decided = async (level: number, outcome: "graduated" | "returned", at: Date) => {
    const r = await t.db.review.create({
      data: {
        projectId: ids.alpha,
        level,
        status: outcome,
        authorId: users.ada.id,
        definitionsVersion: 1,
        openedAt: ago(260),
        decidedAt: at,
      },
    });
    await t.db.reviewDecision.create({ data: { reviewId: r.id, outcome, pinRound: 0, decidedAt: at } });
  };
  await decided(3, "graduated", ago(210));
  await decided(4, "returned", ago(130));
  const open = await t.db.review.create({
    data: {
      projectId: ids.alpha,
      level: 4,
      status: "open",
      authorId: users.ada.id,
      definitionsVersion: 1,
      openedAt: ago(30),
      dueAt: ago(16),
      seats: {
        create: [
          { userId: users.r1.id, discipline: "researcher", isChair: true },
          { userId: users.r2.id, discipline: "applied_ai" },
        ],
      },
    },
    include: { seats: true },
  });
  const ritaSeat = open.seats.find((s) => s.userId === users.r1.id)!;
  await t.db.vote.create({
    data: {
      reviewId: open.id,
      seatId: ritaSeat.id,
      voterId: users.r1.id,
      pinRound: 0,
      choice: "graduate",
      componentPins: {},
    },
  });

  // Requirements: the highest risk is validated, so the top *open* risk is R1 (0.5 × 8 = 4).
  await t.db.requirement.createMany({
    data: [
      {
        projectId: ids.alpha,
        number: 1,
        kind: "technical",
        statement: "=cmd shall run",
        pFailure: 0.5,
        value: 8,
        risk: 4,
        status: "open",
      },
      {
        projectId: ids.alpha,
        number: 2,
        kind: "technical",
        statement: "Latency",
        pFailure: 0.9,
        value: 9,
        risk: 8.1,
        status: "validated",
      },
      {
        projectId: ids.alpha,
        number: 3,
        kind: "product",
        statement: "Fairness",
        pFailure: 0.3,
        value: 10,
        risk: 3,
        status: "open",
      },
    ],
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  const original = t.pool.query.bind(t.pool);
  // Counts every statement Prisma sends outside transactions (the adapter calls pool.query).
  (t.pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    queries++;
    return (original as (...a: unknown[]) => unknown)(...args);
  };
  await seedFixture();
});

afterAll(async () => {
  await t?.dispose();
});

const page = (params: SearchParams, viewer = manager()) =>
  getPortfolioPageFor(t.db, viewer, parsePortfolioFilters(params), { now: NOW, pace: {} });
const slugsOf = async (params: SearchParams) => (await page(params)).rows.map((r) => r.slug);

describe("portfolio filters", () => {
  it.each<[string, SearchParams, string[]]>([
    ["no filter: every project, by project ID", {}, ["alpha", "beta", "gamma", "delta"]],
    ["stuck at L4 for more than 90 days", { level: "4", stuck: "90" }, ["alpha"]],
    ["L4, any time", { level: "4" }, ["alpha", "beta"]],
    ["has an overdue review", { overdue: "1" }, ["alpha"]],
    ["owner by id", { owner: "__bob__" }, ["beta", "delta"]],
    ["owner by part of the name", { owner: "bo" }, ["beta", "delta"]],
    ["owner by email", { owner: "ada@x" }, ["alpha", "gamma"]],
    ["tag", { tag: "team-a" }, ["alpha", "gamma"]],
    ["status", { status: ["paused", "archived"] }, ["gamma", "delta"]],
    ["no level yet", { level: "none" }, ["delta"]],
    ["text in the name", { q: "ranker" }, ["beta"]],
    ["project ID", { q: "r04" }, ["gamma"]],
    ["LIKE wildcards are literal", { q: "%" }, []],
    ["time in level, longest first; no level last", { sort: "time" }, ["gamma", "alpha", "beta", "delta"]],
    ["name, descending", { sort: "name", dir: "desc" }, ["gamma", "delta", "beta", "alpha"]],
    ["combined", { level: ["2", "4"], tag: "team-a", status: "active" }, ["alpha"]],
  ])("%s", async (_name, params, expected) => {
    const withIds = { ...params, ...(params.owner === "__bob__" ? { owner: users.bob.id } : {}) };
    expect(await slugsOf(withIds)).toEqual(expected);
  });

  it("pages with a stable total", async () => {
    const p = await page({ page: "2" });
    expect(p.total).toBe(4);
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
      target: { level: 5, date: ago(-200), status: "on_track" },
      canSetTarget: true,
    });
    const rows = (await page({})).rows;
    expect(rows.find((r) => r.slug === "gamma")?.target?.status).toBe("missed");
    expect(rows.find((r) => r.slug === "delta")).toMatchObject({
      systemLevel: null,
      levelSince: null,
      components: [],
      canSetTarget: false,
    });
  });

  it("lets owners set targets of their own projects only, and managers all but archived ones", async () => {
    const ada = {
      id: users.ada.id,
      email: "",
      name: "Ada",
      roles: ["researcher"],
      disciplines: [],
    } as unknown as Viewer;
    const rows = (await page({}, ada)).rows;
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
  /** Everything the portfolio page reads, uncached: the page, the count, the pace (analytics) and the tag list. */
  async function render(): Promise<number> {
    const before = queries;
    const analytics = computeAnalytics(t.db, parseAnalyticsFilters({}, NOW), NOW);
    await Promise.all([
      getPortfolioPageFor(t.db, manager(), parsePortfolioFilters({}), { now: NOW, pace: analytics.then(paceOf) }),
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
    expect(small).toBe(7); // page + count + 4 analytics + the tag list
    expect(large).toBe(small);
  });
});
