import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDb } from "./db";

/** The invariants the database itself must hold, whatever the application code does. */
let t: TestDb;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.dispose();
});

/** The history trigger refuses the statement: restrict_violation, naming the table and the operation. */
async function expectAppendOnly(sql: string, params: unknown[]) {
  await expect(t.pool.query(sql, params)).rejects.toMatchObject({
    code: "23001",
    message: expect.stringMatching(/^table \w+ is append-only: (UPDATE|DELETE) is not allowed$/),
  });
}

async function fixture() {
  const { db } = t;
  const suffix = Math.random().toString(36).slice(2, 8);
  const author = await db.user.create({ data: { email: `a-${suffix}@x.test`, name: "Author", roles: ["researcher"] } });
  const reviewer = await db.user.create({
    data: { email: `r-${suffix}@x.test`, name: "Reviewer", roles: ["reviewer"], disciplines: ["research_lead"] },
  });
  const project = await db.project.create({
    data: { slug: `p-${suffix}`, name: "P", index: Math.floor(Math.random() * 1e6) },
  });
  const component = await db.component.create({
    data: { projectId: project.id, name: "model", kind: "model", level: 0 },
  });
  const review = await db.review.create({
    data: {
      projectId: project.id,
      level: 0,
      status: "open",
      authorId: author.id,
      definitionsVersion: 1,
      components: {
        create: {
          componentId: component.id,
          levelAtOpen: 0,
          codeVersion: "0.1.0",
          modelVersion: "0.1.0",
          dataVersion: "0.1.0",
        },
      },
    },
  });
  const seat = await db.panelSeat.create({
    data: { reviewId: review.id, userId: reviewer.id, discipline: "research_lead", isChair: true },
  });
  return { author, reviewer, project, component, review, seat };
}

describe("database constraints", () => {
  it("refuse a double vote: one vote per seat and pin round", async () => {
    const { review, seat, reviewer } = await fixture();
    const vote = {
      reviewId: review.id,
      seatId: seat.id,
      voterId: reviewer.id,
      pinRound: 0,
      choice: "graduate" as const,
      componentPins: {},
    };
    await t.db.vote.create({ data: vote });
    // P2002: a unique constraint (not a regex on the message, which quotes this source line).
    await expect(t.db.vote.create({ data: vote })).rejects.toMatchObject({ code: "P2002" });
    expect(await t.db.vote.count({ where: { seatId: seat.id } })).toBe(1);
  });

  it("refuse a second decision and a second graduation of the same review", async () => {
    const { review, component, project, reviewer } = await fixture();
    await t.db.reviewDecision.create({ data: { reviewId: review.id, outcome: "graduated", pinRound: 0 } });
    await expect(
      t.db.reviewDecision.create({ data: { reviewId: review.id, outcome: "graduated", pinRound: 0 } }),
    ).rejects.toMatchObject({ code: "P2002" });
    const graduation = {
      projectId: project.id,
      componentId: component.id,
      fromLevel: 0,
      toLevel: 1,
      kind: "graduation" as const,
      reviewId: review.id,
      actorId: reviewer.id,
    };
    await t.db.levelTransition.create({ data: graduation });
    await expect(t.db.levelTransition.create({ data: { ...graduation, fromLevel: 1, toLevel: 2 } })).rejects.toThrow(
      /Unique constraint/,
    );
    expect(await t.db.levelTransition.count({ where: { reviewId: review.id } })).toBe(1);
  });

  it("refuse a second chair on one review", async () => {
    const { review } = await fixture();
    const other = await t.db.user.create({ data: { email: `c-${Date.now()}@x.test`, name: "C", roles: ["reviewer"] } });
    await expect(
      t.db.panelSeat.create({
        data: { reviewId: review.id, userId: other.id, discipline: "researcher", isChair: true },
      }),
    ).rejects.toThrow();
  });

  it("keep history append-only: transitions and audit events cannot be changed or deleted", async () => {
    const { project, component } = await fixture();
    const transition = await t.db.levelTransition.create({
      data: { projectId: project.id, componentId: component.id, toLevel: 0, kind: "start" },
    });
    // Asked with plain SQL: Prisma reports this trigger's error as a foreign-key violation and quotes
    // the calling source line, so a regex on its message could match the test's own text.
    await expectAppendOnly(`UPDATE level_transitions SET to_level = 5 WHERE id = $1`, [transition.id]);
    await expectAppendOnly(`DELETE FROM level_transitions WHERE id = $1`, [transition.id]);
    const event = await t.db.auditEvent.create({ data: { action: "x", entityType: "project", entityId: project.id } });
    await expectAppendOnly(`UPDATE audit_events SET action = 'y' WHERE id = $1`, [event.id]);
    await expectAppendOnly(`DELETE FROM audit_events WHERE id = $1`, [event.id]);
    expect(await t.db.levelTransition.findUnique({ where: { id: transition.id } })).toMatchObject({ toLevel: 0 });
  });

  it("refuse levels outside 0..9", async () => {
    const { project } = await fixture();
    await expect(
      t.db.component.create({ data: { projectId: project.id, name: "bad", kind: "model", level: 10 } }),
    ).rejects.toThrow();
  });
});
