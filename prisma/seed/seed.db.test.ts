import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultEthicsTemplate } from "@/lib/domain/ethics";
import { defaultLevelDefinitions, levelDefinition } from "@/lib/domain/levels";
import { riskOf } from "@/lib/domain/requirements";
import { systemLevel } from "@/lib/domain/system-level";
import { DISCIPLINES, type Discipline } from "@/lib/domain/vocabulary";
import { createTestDatabase, type TestDb } from "@/test/db";
import { buildDemoRows, seedDemo } from "./index";
import { etalumis } from "./projects/etalumis";
import { recyclingVision } from "./projects/recycling";

/** The demo seed against a fresh, migrated database: the history it writes obeys the MLTRL rules. */
let t: TestDb;
let seedMs = 0;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 4 });
  const started = Date.now();
  await seedDemo(t.db);
  seedMs = Date.now() - started;
});
afterAll(async () => {
  await t?.dispose();
});

async function tableCounts() {
  const { db } = t;
  return {
    users: await db.user.count(),
    projects: await db.project.count(),
    components: await db.component.count(),
    reviews: await db.review.count(),
    transitions: await db.levelTransition.count(),
    audit: await db.auditEvent.count(),
    cards: await db.cardRevision.count(),
    definitions: await db.levelDefinitionSet.count(),
    templates: await db.ethicsTemplate.count(),
  };
}

describe("demo seed", () => {
  it("writes five projects quickly and is a no-op the second time", async () => {
    console.log(`seedDemo took ${seedMs} ms`);
    // A regression guard with room for a loaded CI machine; measured ~2–5 s on an idle one.
    expect(seedMs).toBeLessThan(30_000);
    const before = await tableCounts();
    expect(before.projects).toBe(5);
    expect(before.definitions).toBe(1);
    expect(before.templates).toBe(1);
    const messages: string[] = [];
    const result = await seedDemo(t.db, { log: (m) => messages.push(m) });
    expect(await tableCounts()).toEqual(before);
    expect(messages.join(" ")).toMatch(/already present/);
    expect(result.users.length).toBe(before.users);
  });

  it("has CAMS at level 9 with every active component at 9, and Etalumis's embedded 4 → 2", async () => {
    const cams = await t.db.project.findUniqueOrThrow({
      where: { slug: "cams-meteor-pipeline" },
      include: { components: true },
    });
    expect(cams.systemLevel).toBe(9);
    expect(cams.components.filter((c) => c.status === "active").every((c) => c.level === 9)).toBe(true);
    // The deployed project shows one open warning from its drift monitoring.
    expect(
      await t.db.monitoringAlert.findMany({ where: { projectId: cams.id }, select: { severity: true, status: true } }),
    ).toEqual([{ severity: "warning", status: "open" }]);
    const etalumis = await t.db.project.findUniqueOrThrow({ where: { slug: "etalumis" } });
    expect(
      await t.db.levelTransition.count({
        where: { projectId: etalumis.id, kind: "embedded", fromLevel: 4, toLevel: 2 },
      }),
    ).toBe(1);
  });

  it("replays every component's transitions to its stored level, never rising but by one graduation", async () => {
    const components = await t.db.component.findMany({ include: { transitions: { orderBy: { createdAt: "asc" } } } });
    for (const c of components) {
      const [first, ...rest] = c.transitions;
      expect(first?.kind, c.name).toBe("start");
      expect(first?.fromLevel, c.name).toBeNull();
      let level = first?.toLevel ?? -1;
      for (const tr of rest) {
        expect(tr.fromLevel, `${c.name}: transitions chain`).toBe(level);
        if (tr.toLevel > level) {
          expect(tr.kind, `${c.name}: only graduation raises a level`).toBe("graduation");
          expect(tr.toLevel - level, `${c.name}: one level at a time`).toBe(1);
          expect(tr.reviewId, `${c.name}: graduation names its review`).not.toBeNull();
        } else {
          expect(["discovery", "review", "embedded"], `${c.name}: down-moves are switchbacks`).toContain(tr.kind);
        }
        level = tr.toLevel;
      }
      expect(c.level, `${c.name}: stored level`).toBe(level);
      expect(c.levelSince.getTime(), `${c.name}: levelSince`).toBe(c.transitions.at(-1)?.createdAt.getTime());
    }
  });

  it("stores each project's system level (min of active components) and when it last changed", async () => {
    const projects = await t.db.project.findMany({
      include: { components: true, transitions: { orderBy: { createdAt: "asc" } } },
    });
    for (const p of projects) {
      expect(p.systemLevel, p.slug).toBe(systemLevel(p.components));
      const archives = await t.db.auditEvent.findMany({ where: { projectId: p.id, action: "component.archive" } });
      const events = [
        ...p.transitions.map((tr) => ({
          at: tr.createdAt,
          componentId: tr.componentId,
          level: tr.toLevel as number | null,
          archive: false,
        })),
        ...archives.map((a) => ({ at: a.createdAt, componentId: a.entityId, level: null, archive: true })),
      ].sort((a, b) => a.at.getTime() - b.at.getTime());
      const state = new Map<string, { level: number; status: "active" | "archived" }>();
      let current: number | null = null;
      let since: Date | null = null;
      for (const e of events) {
        const prev = state.get(e.componentId);
        state.set(
          e.componentId,
          e.archive
            ? { level: prev?.level ?? 0, status: "archived" }
            : { level: e.level ?? 0, status: prev?.status ?? "active" },
        );
        const next = systemLevel([...state.values()]);
        if (next !== current) [current, since] = [next, e.at];
      }
      expect(current, p.slug).toBe(p.systemLevel);
      expect(p.levelSince?.getTime(), `${p.slug}: levelSince`).toBe(since?.getTime());
    }
    const causal = projects.find((p) => p.slug === "causal-diagnosis");
    expect(causal?.systemLevel).toBe(4);
    expect(Date.now() - (causal?.levelSince?.getTime() ?? Date.now())).toBeGreaterThan(90 * 86_400_000);
  });

  it("gives every graduated review one decision, one graduation per component, a unanimous current vote and a full checklist", async () => {
    const reviews = await t.db.review.findMany({
      where: { status: "graduated" },
      include: {
        decision: true,
        components: true,
        transitions: true,
        votes: true,
        seats: true,
        criteria: true,
        ethicsAnswers: true,
      },
    });
    expect(reviews.length).toBeGreaterThan(20);
    for (const r of reviews) {
      expect(r.decision?.outcome, r.id).toBe("graduated");
      const graduations = r.transitions.filter((tr) => tr.kind === "graduation");
      expect(graduations.map((g) => g.componentId).sort()).toEqual(r.components.map((c) => c.componentId).sort());
      expect(graduations.every((g) => g.fromLevel === r.level && g.toLevel === r.level + 1)).toBe(true);
      expect(r.votes.length).toBe(r.seats.length);
      const pins = Object.fromEntries(
        r.components.map((c) => [c.componentId, `${c.codeVersion}/${c.modelVersion}/${c.dataVersion}`]),
      );
      for (const v of r.votes) {
        expect(v.choice).toBe("graduate");
        expect(v.pinRound).toBe(0);
        expect(v.cardRevisionId).toBe(r.pinnedCardRevisionId);
        expect(v.componentPins).toEqual(pins);
      }
      const def = levelDefinition(defaultLevelDefinitions, r.level);
      expect(r.criteria.map((c) => c.criterionKey).sort()).toEqual(def?.criteria.map((c) => c.key).sort());
      expect(
        r.criteria.every((c) => (c.state === "done" && c.note) || (c.state === "not_applicable" && c.naReason)),
      ).toBe(true);
      expect(r.ethicsAnswers.map((a) => a.itemKey).sort()).toEqual(
        defaultEthicsTemplate.items.map((i) => i.key).sort(),
      );
      expect(r.ethicsAnswers.every((a) => a.note.trim().length > 0)).toBe(true);
      if (def?.keyDecision) expect(r.keyDecision, `level ${r.level} key decision`).not.toBeNull();
    }
    const go = reviews.find((r) => r.level === 8);
    expect(go?.keyDecision).toBe("go");
    expect(go?.keyDecisionDate).not.toBeNull();
  });

  it("seats every panel without project members, with exactly one chair, and the level's disciplines once opened", async () => {
    const reviews = await t.db.review.findMany({
      include: { seats: { include: { user: true } }, project: { include: { members: true } } },
    });
    for (const r of reviews) {
      const members = new Set(r.project.members.map((m) => m.userId));
      expect(
        r.seats.filter((s) => members.has(s.userId)),
        `review ${r.id}: conflict of interest`,
      ).toEqual([]);
      expect(r.seats.every((s) => s.user.disciplines.includes(s.discipline))).toBe(true);
      if (r.status === "draft") continue;
      expect(r.seats.filter((s) => s.isChair).length).toBe(1);
      const required = levelDefinition(defaultLevelDefinitions, r.level)?.seats ?? {};
      for (const [d, n] of Object.entries(required)) {
        expect(
          r.seats.filter((s) => s.discipline === d).length,
          `level ${r.level} review: ${d}`,
        ).toBeGreaterThanOrEqual(n);
      }
    }
    expect(reviews.filter((r) => r.status === "open").length).toBe(1);
    expect(reviews.filter((r) => r.status === "draft").length).toBe(1);
    expect(reviews.filter((r) => r.status === "returned").length).toBeGreaterThanOrEqual(1);
  });

  it("lets every level's panel be seated by non-members, with users for every discipline", async () => {
    const users = await t.db.user.findMany();
    for (const d of DISCIPLINES)
      expect(
        users.some((u) => u.disciplines.includes(d)),
        d,
      ).toBe(true);
    const projects = await t.db.project.findMany({ include: { members: true } });
    for (const p of projects) {
      const outsiders = users.filter((u) => !p.members.some((m) => m.userId === u.id));
      for (const def of defaultLevelDefinitions.levels) {
        const taken = new Set<string>();
        for (const [d, n] of Object.entries(def.seats)) {
          for (let i = 0; i < n; i++) {
            const u = outsiders.find((x) => !taken.has(x.id) && x.disciplines.includes(d as Discipline));
            expect(u, `${p.slug}, level ${def.level}: a non-member ${d}`).toBeDefined();
            if (u) taken.add(u.id);
          }
        }
      }
    }
  });

  it("returns reviews with tasks, stores risk = pFailure × value, and audits every state change", async () => {
    const returned = await t.db.review.findMany({
      where: { status: "returned" },
      include: { tasks: true, votes: { include: { tasks: true } }, decision: true },
    });
    for (const r of returned) {
      expect(r.decision?.outcome).toBe("returned");
      expect(r.votes.some((v) => v.choice === "return" && v.tasks.length > 0)).toBe(true);
      expect(r.tasks.length).toBeGreaterThan(0);
    }
    expect(returned.some((r) => r.tasks.some((task) => task.doneAt) && r.tasks.some((task) => !task.doneAt))).toBe(
      true,
    );
    for (const req of await t.db.requirement.findMany()) {
      const risk = riskOf(req.pFailure, req.value);
      expect(risk.ok && risk.value).toBe(req.risk);
    }
    expect(await t.db.auditEvent.count({ where: { action: "transition.graduation" } })).toBe(
      await t.db.levelTransition.count({ where: { kind: "graduation" } }),
    );
    expect(await t.db.auditEvent.count({ where: { action: "project.create" } })).toBe(5);
    expect(await t.db.auditEvent.count({ where: { action: { in: ["review.graduate", "review.return"] } } })).toBe(
      await t.db.reviewDecision.count(),
    );
  });

  it("refuses demo data that would break a rule, with a clear message", () => {
    const build = (projects: (typeof etalumis)[]) => () =>
      buildDemoRows({ now: new Date(), ethicsTemplateId: "ctemplate", passwordHashes: [], projects });
    const badPath = { ...etalumis, switchbacks: [{ ...etalumis.switchbacks![0]!, toLevel: 1 }] };
    expect(build([badPath])).toThrow(/embedded switchback.*4 → 2/s);
    const memberOnPanel = {
      ...recyclingVision,
      reviews: [
        {
          ...recyclingVision.reviews[0]!,
          panel: [...recyclingVision.reviews[0]!.panel, { user: "amara", discipline: "researcher" as const }],
        },
      ],
    };
    expect(build([memberOnPanel])).toThrow(/owner or contributor/);
    const skip = { ...recyclingVision, reviews: recyclingVision.reviews.filter((r) => r.level !== 5) };
    expect(build([skip])).toThrow(/recycling-vision.*level 6/s);
  });
});
