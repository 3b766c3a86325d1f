/**
 * Shared by the portfolio db tests: four projects (alpha–delta) with components, transitions,
 * reviews and requirements on a fixed clock, and a count of the statements sent to Postgres.
 */
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDb } from "@/test/db";
import { getPortfolioPageFor } from "@/lib/dal/portfolio/read-portfolio";
import { parsePortfolioFilters } from "@/lib/search-params/portfolio-filters";
import type { SearchParams } from "@/lib/search-params/search-params";
import type { Viewer } from "@/lib/dal/projects/read-detail";

export const NOW = new Date("2026-06-01T12:00:00Z");
export const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

export let t: TestDb;
export let users: Record<"ada" | "bob" | "cy" | "r1" | "r2" | "manager", { id: string; name: string }>;
export let ids: Record<"alpha" | "beta" | "gamma" | "delta", string>;
export let queries = 0;
export const manager = () =>
  ({ id: users.manager.id, email: "m@x.test", name: "M", roles: ["manager"], disciplines: [] }) as unknown as Viewer;

/** Projects with components and transitions; levels are given, history starts at L0. */
export async function makeProject(opts: {
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

/** Creates the database and the fixture, counting queries from then on. */
export function setupPortfolioDb(): void {
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
}

export const page = (params: SearchParams, viewer = manager()) =>
  getPortfolioPageFor(t.db, viewer, parsePortfolioFilters(params), { now: NOW, pace: {} });
export const slugsOf = async (params: SearchParams) => (await page(params)).rows.map((r) => r.slug);
