import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDb } from "@/test/db";
import { makeProject, makeUser } from "@/test/gate-fixtures";
import { DEFAULT_DAYS_PER_LEVEL } from "@/lib/domain/targets";
import { TARGET_NOTIFICATION_KIND, runTargetWatch } from "./target-watch";

/**
 * The target watch on real Postgres with a fixed clock: a target that drifts from on track to at
 * risk as time passes is announced once (owners' notification, webhook event and deliveries),
 * also when two runs race, and again only after it was on track in between.
 */

let t: TestDb;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 8 });
});
afterAll(async () => {
  await t.dispose();
});

const DAY = 86_400_000;
const T0 = new Date("2026-03-01T12:00:00Z");
const day = (n: number) => new Date(T0.getTime() + n * DAY);

/** At level 3 since T0 with a target of level 4 in 100 days: on track at T0 (no pace data: 90 days a level). */
async function scene(status: "active" | "paused" = "active") {
  const owner = await makeUser(t.db, ["researcher"], [], "Olga");
  const p = await makeProject(t.db, { owners: [owner.id], levels: [3], status });
  await t.db.project.update({
    where: { id: p.id },
    data: { levelSince: T0, targetLevel: 4, targetDate: day(100) },
  });
  return { owner, projectId: p.id };
}

const events = (projectId: string) =>
  t.db.webhookEvent.findMany({ where: { projectId, type: "target.at_risk" }, include: { deliveries: true } });
const inbox = (userId: string) => t.db.notification.findMany({ where: { userId, kind: TARGET_NOTIFICATION_KIND } });
const seen = async (id: string) =>
  (await t.db.project.findUniqueOrThrow({ where: { id }, select: { targetStatusSeen: true } })).targetStatusSeen;

describe("the target watch", () => {
  it("stores an on-track target quietly and announces its turn to at risk exactly once", async () => {
    expect(DEFAULT_DAYS_PER_LEVEL).toBe(90);
    const wants = await t.db.webhookEndpoint.create({
      data: { url: "https://hooks.example.com/t", events: ["target.at_risk"], secret: "whsec_dGVzdA==" },
    });
    const other = await t.db.webhookEndpoint.create({
      data: { url: "https://hooks.example.com/o", events: ["review.decided"], secret: "whsec_dGVzdA==" },
    });
    const { owner, projectId } = await scene();

    await runTargetWatch(t.pool, T0);
    expect(await seen(projectId)).toBe("on_track");
    expect(await events(projectId)).toHaveLength(0);
    expect(await inbox(owner.id)).toHaveLength(0);

    // Day 60: 30 days of a typical stay left, but never less than half a stay (45): day 105 > day 100.
    const runs = await Promise.all([runTargetWatch(t.pool, day(60)), runTargetWatch(t.pool, day(60))]);
    expect(runs.reduce((n, r) => n + r.announced, 0)).toBe(1);
    expect(await seen(projectId)).toBe("at_risk");
    const [event, ...more] = await events(projectId);
    expect(more).toHaveLength(0);
    expect(event!.payload).toMatchObject({
      targetLevel: 4,
      systemLevel: 3,
      targetDate: "2026-06-09",
      projectedFinish: "2026-06-14",
    });
    expect(event!.deliveries.map((d) => d.endpointId)).toEqual([wants.id]);
    expect(event!.deliveries.map((d) => d.endpointId)).not.toContain(other.id);
    const [note] = await inbox(owner.id);
    expect(note).toMatchObject({ projectId, title: expect.stringContaining("level 4 target is at risk") });
    expect(note!.body).toContain("around 2026-06-14");

    // Still at risk the next day: nothing new.
    expect((await runTargetWatch(t.pool, day(61))).announced).toBe(0);
    expect(await events(projectId)).toHaveLength(1);
    expect(await inbox(owner.id)).toHaveLength(1);
  });

  it("announces again only after the target was back on track, and not when it was met", async () => {
    const { owner, projectId } = await scene();
    await runTargetWatch(t.pool, day(60));
    expect(await inbox(owner.id)).toHaveLength(1);
    // The owner moves the date out: on track again (stored, not announced) …
    await t.db.project.update({ where: { id: projectId }, data: { targetDate: day(200) } });
    expect((await runTargetWatch(t.pool, day(61))).announced).toBe(0);
    expect(await seen(projectId)).toBe("on_track");
    // … and it drifts at risk once more: a second announcement.
    expect((await runTargetWatch(t.pool, day(170))).announced).toBe(1);
    expect(await inbox(owner.id)).toHaveLength(2);
    // Reached: met, nothing announced; cleared: the seen status goes back to none.
    await t.db.project.update({ where: { id: projectId }, data: { systemLevel: 4 } });
    expect((await runTargetWatch(t.pool, day(171))).announced).toBe(0);
    expect(await seen(projectId)).toBe("met");
    await t.db.project.update({ where: { id: projectId }, data: { targetLevel: null, targetDate: null } });
    await runTargetWatch(t.pool, day(172));
    expect(await seen(projectId)).toBeNull();
    expect(await inbox(owner.id)).toHaveLength(2);
  });

  it("says a paused project makes no progress", async () => {
    const { owner, projectId } = await scene("paused");
    expect((await runTargetWatch(t.pool, T0)).announced).toBeGreaterThanOrEqual(1);
    expect(await seen(projectId)).toBe("at_risk");
    const [note] = await inbox(owner.id);
    expect(note!.body).toContain("it is paused and makes no progress");
  });
});
