import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDb } from "@/test/db";
import { currentPins, makeProject, makeReview, makeUser } from "@/test/gate-fixtures";
import { runReminders } from "./reminders";

/**
 * The reminder job on real Postgres with a fixed clock: who is reminded when, exactly once per
 * person, kind, review and pin round — also when two runs race — and again after a re-pin.
 */

let t: TestDb;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 12 });
});
afterAll(async () => {
  await t.dispose();
});
// Each test judges its own review: the ones left open by earlier tests are closed.
afterEach(async () => {
  await t.db.review.updateMany({ where: { status: "open" }, data: { status: "withdrawn" } });
});

const DUE = new Date("2026-03-10T12:00:00Z");
const at = (hours: number) => new Date(DUE.getTime() + hours * 3_600_000);
const settings = { daysBefore: 1 };

async function scene() {
  const owner = await makeUser(t.db, ["researcher"], [], "Olga");
  const manager = await makeUser(t.db, ["manager"], [], "Mona");
  const chair = await makeUser(t.db, ["reviewer"], ["applied_ai"], "Chad");
  const rita = await makeUser(t.db, ["reviewer"], ["software_engineer"], "Rita");
  const p = await makeProject(t.db, { owners: [owner.id], levels: [3] });
  const r = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level: 3,
    status: "open",
    authorId: owner.id,
    seats: [
      { userId: chair.id, discipline: "applied_ai", isChair: true },
      { userId: rita.id, discipline: "software_engineer", isChair: false },
    ],
  });
  await t.db.review.update({ where: { id: r.id }, data: { dueAt: DUE } });
  await t.db.vote.create({
    data: {
      reviewId: r.id,
      seatId: r.seatIds[0]!,
      voterId: chair.id,
      pinRound: 0,
      choice: "graduate",
      ...(await currentPins(t.db, r.id)),
    },
  });
  return { owner, manager, chair, rita, project: p, reviewId: r.id };
}

const inbox = (reviewId: string) =>
  t.db.notification.findMany({ where: { reviewId }, orderBy: [{ kind: "asc" }, { userId: "asc" }] });

describe("review reminders", () => {
  it("reminds the seat holder who has not voted a day before, once, even when two runs race", async () => {
    const s = await scene();
    expect((await runReminders(t.pool, at(-25), settings)).sent).toBe(0);
    const runs = await Promise.all([runReminders(t.pool, at(-2), settings), runReminders(t.pool, at(-2), settings)]);
    expect(runs.map((r) => r.sent).sort()).toEqual([0, 1]);
    const [n, ...rest] = await inbox(s.reviewId);
    expect(rest).toEqual([]);
    expect(n).toMatchObject({ userId: s.rita.id, kind: "review.reminder_due_soon", url: `/reviews/${s.reviewId}` });
    expect(n!.title).toBe(`Your vote is due 2026-03-10: Project ${s.project.slug} L3`);
    expect(n!.body).toContain("due 2026-03-10");
    expect((await runReminders(t.pool, at(-1), settings)).sent).toBe(0);
  });

  it("reminds again when overdue, then escalates to the chair, the owners and the managers, each once", async () => {
    const s = await scene();
    await runReminders(t.pool, at(-2), settings);
    expect((await runReminders(t.pool, at(1), settings)).sent).toBe(1);
    // The pinned definitions say 7 overdue days for the level (lib/domain/levels.ts): they win over the setting.
    expect((await runReminders(t.pool, at(73), settings)).sent).toBe(0);
    const racing = await Promise.all([
      runReminders(t.pool, at(169), settings),
      runReminders(t.pool, at(169), settings),
    ]);
    expect(racing.reduce((n, r) => n + r.sent, 0)).toBeGreaterThanOrEqual(3);
    await runReminders(t.pool, at(200), settings);
    const mine = (await inbox(s.reviewId)).filter((n) =>
      [s.owner.id, s.manager.id, s.chair.id, s.rita.id].includes(n.userId),
    );
    expect(mine.map((n) => `${n.kind}:${n.userId}`).sort()).toEqual(
      [
        `review.escalation:${s.chair.id}`,
        `review.escalation:${s.manager.id}`,
        `review.escalation:${s.owner.id}`,
        `review.reminder_due_soon:${s.rita.id}`,
        `review.reminder_overdue:${s.rita.id}`,
      ].sort(),
    );
    const escalation = mine.find((n) => n.kind === "review.escalation")!;
    expect(escalation.body).toContain("1 of 2 votes missing: Rita.");
    // Exactly once in the table too: one row per key, each pointing at its notification.
    expect(await t.db.reminderSent.count({ where: { reviewId: s.reviewId, userId: s.manager.id } })).toBe(1);
  });

  it("reminds everyone again after a re-pin made the votes stale, and stops once the review is decided", async () => {
    const s = await scene();
    await runReminders(t.pool, at(1), settings);
    await t.db.review.update({ where: { id: s.reviewId }, data: { pinRound: 1 } });
    expect((await runReminders(t.pool, at(2), settings)).sent).toBe(2);
    const overdue = (await inbox(s.reviewId)).filter((n) => n.kind === "review.reminder_overdue");
    expect(overdue.map((n) => n.userId).sort()).toEqual([s.chair.id, s.rita.id, s.rita.id].sort());
    await t.db.review.update({ where: { id: s.reviewId }, data: { status: "returned" } });
    expect(await runReminders(t.pool, at(200), settings)).toEqual({ due: 0, sent: 0 });
  });

  it("takes the level's overdue days from the pinned level definitions when they have them", async () => {
    const s = await scene();
    const review = await t.db.review.findUniqueOrThrow({ where: { id: s.reviewId } });
    const set = await t.db.levelDefinitionSet.findUniqueOrThrow({ where: { version: review.definitionsVersion } });
    const defs = set.definitions as { levels: { level: number; overdueDays?: number }[] };
    const edited = { ...defs, levels: defs.levels.map((l) => (l.level === 3 ? { ...l, overdueDays: 1 } : l)) };
    await t.db.levelDefinitionSet.update({ where: { id: set.id }, data: { definitions: edited } });
    try {
      await runReminders(t.pool, at(25), settings);
      expect((await inbox(s.reviewId)).some((n) => n.kind === "review.escalation" && n.userId === s.chair.id)).toBe(
        true,
      );
    } finally {
      await t.db.levelDefinitionSet.update({ where: { id: set.id }, data: { definitions: defs } });
    }
  });

  it("does not remind a deactivated seat holder", async () => {
    const s = await scene();
    await t.db.user.update({ where: { id: s.rita.id }, data: { active: false } });
    expect((await runReminders(t.pool, at(1), settings)).sent).toBe(0);
  });
});
