import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { computeAnalytics, levelPaceFor, paceOf, type AnalyticsDto } from "@/lib/dal/portfolio/analytics";
import { computeAnalyticsFromHistory } from "@/lib/dal/portfolio/analytics-history";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ensureReferenceData } from "@/lib/reference-data";
import { parseAnalyticsFilters } from "@/lib/search-params/portfolio-filters";
import type { SearchParams } from "@/lib/search-params/search-params";
import { seedDemo } from "@/prisma/seed/index";
import { writeScaleData } from "@/scripts/seed-scale/run";
import { createTestDatabase, type TestDb } from "@/test/db";
import { initialState, step } from "@/test/domain-simulation";
import { actions } from "@/test/domain-simulation-arbitraries";

vi.mock("@/lib/auth", () => ({ requireUser: vi.fn() }));

/**
 * The analytics read roll-ups (transition_facts, transition_day_counts) that a trigger on
 * level_transitions keeps. Each test writes history through a different door and demands that
 * every figure from the roll-ups equals the from-scratch computation over the history
 * (analytics-history.ts), for several views: the default year, a tag, a short range, ten years.
 */
const NOW = new Date();
const VIEWS: SearchParams[] = [
  {},
  { from: "2016-01-01", to: NOW.toISOString().slice(0, 10) },
  { from: isoDaysAgo(200), to: isoDaysAgo(60) },
  { from: isoDaysAgo(30) },
];

function isoDaysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

const figures = ({ generatedAt: _, ...rest }: AnalyticsDto) => rest;

async function expectRollupsMatchHistory(t: TestDb, tags: string[]): Promise<void> {
  for (const view of [...VIEWS, ...tags.map((tag) => ({ tag }))]) {
    const f = parseAnalyticsFilters(view, NOW);
    const [rollups, history] = await Promise.all([
      computeAnalytics(t.db, f, NOW),
      computeAnalyticsFromHistory(t.db, f, NOW),
    ]);
    expect(figures(rollups), JSON.stringify(view)).toEqual(figures(history));
  }
  const history = await computeAnalyticsFromHistory(t.db, parseAnalyticsFilters({}, NOW), NOW);
  expect(await levelPaceFor(t.db, NOW)).toEqual(paceOf(history));
}

describe("roll-ups equal the from-scratch aggregates", { timeout: 600_000 }, () => {
  describe("after the demo seed", () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await createTestDatabase({ poolSize: 4 });
      await seedDemo(t.db);
    }, 300_000);
    afterAll(() => t?.dispose());

    it("for every view", async () => {
      const moved = await t.db.transitionFact.count();
      expect(moved).toBeGreaterThan(0);
      await expectRollupsMatchHistory(t, ["vision", "nlp"]);
    });
  });

  describe("after the scale seed's set-based SQL (300 projects)", () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await createTestDatabase({ poolSize: 4 });
      await ensureReferenceData(t.db);
      const client = await t.pool.connect();
      try {
        await writeScaleData(client, { projects: 300, seed: 11, now: NOW, passwordHash: null });
      } finally {
        client.release();
      }
    }, 300_000);
    afterAll(() => t?.dispose());

    it("for every view", async () => {
      expect(await t.db.transitionFact.count()).toBe(await t.db.levelTransition.count());
      await expectRollupsMatchHistory(t, ["nlp", "team-vision"]);
    });

    it("refuses writes to the roll-ups that do not come from the history's trigger", async () => {
      await expect(t.pool.query("DELETE FROM transition_day_counts")).rejects.toThrow(/kept by the level_transitions/);
      await expect(t.pool.query("UPDATE transition_facts SET recovered = true")).rejects.toThrow(
        /kept by the level_transitions/,
      );
    });
  });

  describe("after random command sequences of the domain simulation", () => {
    let t: TestDb;
    let runs = 0;
    beforeAll(async () => {
      t = await createTestDatabase({ poolSize: 4 });
    }, 120_000);
    afterAll(() => t?.dispose());

    /**
     * Each run is a new project: the simulation's accepted transitions are written in random
     * batches (one statement each) at random moments — mostly forward in time, some on the same
     * millisecond, some backdated before earlier ones, as imports may — then the figures compared.
     */
    it("for every view, whatever the order and batching of the writes", async () => {
      const timing = fc.array(
        fc.record({
          gapDays: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constant(-90)),
          sameMoment: fc.boolean(),
          batchBreak: fc.boolean(),
        }),
        { minLength: 60, maxLength: 60 },
      );
      await fc.assert(
        fc.asyncProperty(actions, timing, fc.constantFrom("vision", "nlp"), async (as, times, tag) => {
          runs++;
          let s = initialState();
          for (const a of as) s = step(s, a).state;
          const p = await t.db.project.create({
            data: { slug: `sim-${runs}`, name: `Sim ${runs}`, index: runs, tags: [tag] },
          });
          const componentIds = new Map<string, string>();
          for (const c of s.components) {
            const row = await t.db.component.create({ data: { projectId: p.id, name: c.id, kind: "model", level: 0 } });
            componentIds.set(c.id, row.id);
          }
          let at = NOW.getTime() - 500 * 86_400_000;
          const batches: Prisma.LevelTransitionCreateManyInput[][] = [[]];
          s.transitions.forEach((tr, i) => {
            const tm = times[i % times.length]!;
            if (!tm.sameMoment) at += tm.gapDays * 86_400_000 + (i % 7) * 3_600_000;
            batches[batches.length - 1]!.push({
              projectId: p.id,
              componentId: componentIds.get(tr.componentId)!,
              kind: tr.kind,
              fromLevel: tr.fromLevel,
              toLevel: tr.toLevel,
              createdAt: new Date(Math.min(at, NOW.getTime() - 1000)),
            });
            if (tm.batchBreak) batches.push([]);
          });
          for (const data of batches) await t.db.levelTransition.createMany({ data });
          await expectRollupsMatchHistory(t, [tag]);
        }),
        { numRuns: 15 },
      );
      expect(await t.db.transitionFact.count()).toBe(await t.db.levelTransition.count());
    });
  });
});
