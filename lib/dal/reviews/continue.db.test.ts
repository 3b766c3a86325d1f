import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "@/test/db";
import {
  makeCast,
  makeProject,
  makeReview,
  makeUser,
  openAppDatabase,
  requiredSeats,
  type RoleName,
} from "@/test/gate-fixtures";

/**
 * "Start the next review from this one" on real Postgres: what is carried over and marked for
 * re-confirmation, every door that refuses it, a double click making one draft, and submit
 * refusing until each carried item is re-confirmed.
 */
let t: TestDb;
let closeDb: () => Promise<void>;
let cont: typeof import("@/lib/dal/reviews/continue");
let life: typeof import("@/lib/dal/reviews/lifecycle");
let cast: Record<RoleName, SessionUser>;
let others: SessionUser[];

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  cont = await import("@/lib/dal/reviews/continue");
  life = await import("@/lib/dal/reviews/lifecycle");
  cast = await makeCast(t.db);
  others = await Promise.all(Array.from({ length: 5 }, (_, i) => makeUser(t.db, ["reviewer"], [], `Panel ${i}`)));
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));

/** A returned L1 review on two components at L1 with two tasks, done or not. */
async function returned(opts: { tasksDone?: boolean; status?: "active" | "paused" } = {}) {
  const p = await makeProject(t.db, {
    owners: [cast.owner.id],
    contributors: [cast.contributor.id],
    levels: [1, 1],
    status: opts.status,
  });
  const seats = requiredSeats(1, [cast.seatedReviewer.id, ...others.map((o) => o.id)]);
  const r = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level: 1,
    status: "returned",
    authorId: cast.owner.id,
    seats,
  });
  const done = opts.tasksDone ?? true;
  await t.db.reviewTask.createMany({
    data: [1, 2].map((position) => ({
      reviewId: r.id,
      position,
      text: `Task ${position}`,
      ...(done ? { doneAt: new Date(), doneById: cast.owner.id, evidence: "https://ci.example.org/x" } : {}),
    })),
  });
  return { p, reviewId: r.id, seats };
}

describe("continueReview", () => {
  it("opens a draft at the same level with everything carried over and marked for re-confirmation", async () => {
    const { p, reviewId, seats } = await returned();
    const res = await cont.continueReview(cast.owner, { reviewId });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const draft = await t.db.review.findUniqueOrThrow({
      where: { id: res.value.id },
      include: { components: true, criteria: true, ethicsAnswers: true, seats: true, continues: true },
    });
    expect(draft).toMatchObject({ status: "draft", level: 1, continuesReviewId: reviewId, authorId: cast.owner.id });
    expect(draft.components.map((c) => c.componentId).sort()).toEqual([...p.componentIds].sort());
    expect(draft.criteria.every((c) => c.state === "done" && c.evidenceUrl === "https://example.org/e")).toBe(true);
    expect(draft.ethicsAnswers.length).toBeGreaterThan(0);
    expect(draft.seats.map((s) => s.userId).sort()).toEqual(seats.map((s) => s.userId).sort());
    expect(draft.seats.find((s) => s.isChair)?.userId).toBe(cast.seatedReviewer.id);
    expect([...draft.unconfirmedItems].sort()).toEqual(
      [
        "components",
        "panel",
        ...draft.criteria.map((c) => `criterion:${c.criterionKey}`),
        ...draft.ethicsAnswers.map((e) => `ethics:${e.itemKey}`),
      ].sort(),
    );
    const audit = await t.db.auditEvent.findFirst({ where: { entityId: res.value.id, action: "review.continue" } });
    expect(audit).not.toBeNull();
  });

  it("submit refuses while a carried item is unconfirmed, listing them; re-confirmed, it opens", async () => {
    const { reviewId } = await returned();
    const res = await cont.continueReview(cast.owner, { reviewId });
    if (!res.ok) throw new Error(JSON.stringify(res.reasons));
    const refused = await life.submitReview(cast.owner, { reviewId: res.value.id });
    expect(codes(refused)).toEqual(["carried_unconfirmed"]);
    if (!refused.ok)
      expect(refused.reasons[0]!.message).toMatch(/: the components, criterion .* and the panel\. Check each/);
    const draft = await t.db.review.findUniqueOrThrow({ where: { id: res.value.id } });
    const byContributor = await cont.confirmCarriedItems(cast.contributor, {
      reviewId: res.value.id,
      items: ["panel"],
    });
    expect(byContributor.ok && byContributor.value.remaining).toBe(draft.unconfirmedItems.length - 1);
    const byOwner = await cont.confirmCarriedItems(cast.owner, { reviewId: res.value.id, items: ["components"] });
    expect(byOwner.ok && byOwner.value.remaining).toBe(draft.unconfirmedItems.length - 2);
    // A double click of the same confirmation changes nothing.
    const again = await cont.confirmCarriedItems(cast.owner, { reviewId: res.value.id, items: ["components"] });
    expect(again.ok && again.value.remaining).toBe(draft.unconfirmedItems.length - 2);
    const stillRefused = await life.submitReview(cast.owner, { reviewId: res.value.id });
    expect(codes(stillRefused)).toEqual(["carried_unconfirmed"]);
    await cont.confirmCarriedItems(cast.owner, { reviewId: res.value.id, items: draft.unconfirmedItems });
    const opened = await life.submitReview(cast.owner, { reviewId: res.value.id });
    expect(codes(opened)).toEqual([]);
  });

  it("refuses while tasks are open, naming them", async () => {
    const { reviewId } = await returned({ tasksDone: false });
    const res = await cont.continueReview(cast.owner, { reviewId });
    expect(codes(res)).toEqual(["tasks_not_done"]);
    if (!res.ok) expect(res.reasons[0]!.message).toContain("Tasks 1 and 2 of this review are not done yet");
  });

  it("refuses a review that was not returned, and on a paused project", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [2] });
    const graduated = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 1,
      status: "graduated",
      authorId: cast.owner.id,
      seats: requiredSeats(1, [cast.seatedReviewer.id, ...others.map((o) => o.id)]),
    });
    expect(codes(await cont.continueReview(cast.owner, { reviewId: graduated.id }))).toContain("review_not_returned");
    const paused = await returned({ status: "paused" });
    expect(codes(await cont.continueReview(cast.owner, { reviewId: paused.reviewId }))).toEqual(["project_paused"]);
  });

  it("a double click makes one draft; the second is refused as already continued", async () => {
    const { reviewId } = await returned();
    const [a, b] = await Promise.all([
      cont.continueReview(cast.owner, { reviewId }),
      cont.continueReview(cast.owner, { reviewId }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    // The loser sees the winner's draft: it continues the review and covers the components.
    expect([...codes(a), ...codes(b)]).toEqual(["review_already_continued", "component_under_review"]);
    expect(await t.db.review.count({ where: { continuesReviewId: reviewId } })).toBe(1);
    // Withdrawn or not, a review is continued once.
    const first = (a.ok ? a : b) as { ok: true; value: { id: string } };
    await life.withdrawReview(cast.owner, { reviewId: first.value.id, reason: "" });
    expect(codes(await cont.continueReview(cast.owner, { reviewId }))).toEqual(["review_already_continued"]);
  });

  it("refuses when a newer live review covers the components, or a later review decided them", async () => {
    const live = await returned();
    await makeReview(t.db, {
      projectId: live.p.id,
      componentIds: [live.p.componentIds[0]!],
      level: 1,
      status: "draft",
      authorId: cast.owner.id,
      seats: [],
    });
    expect(codes(await cont.continueReview(cast.owner, { reviewId: live.reviewId }))).toEqual([
      "component_under_review",
    ]);
    const later = await returned();
    const newer = await makeReview(t.db, {
      projectId: later.p.id,
      componentIds: later.p.componentIds,
      level: 1,
      status: "returned",
      authorId: cast.owner.id,
      seats: later.seats,
    });
    await t.db.review.update({ where: { id: newer.id }, data: { decidedAt: new Date(Date.now() + 60_000) } });
    expect(codes(await cont.continueReview(cast.owner, { reviewId: later.reviewId }))).toEqual(["review_superseded"]);
  });

  it("drops and reports seats no longer eligible and components no longer at the level", async () => {
    const { p, reviewId, seats } = await returned();
    const lost = seats[1]!;
    await t.db.user.update({ where: { id: lost.userId }, data: { disciplines: [] } });
    await t.db.user.update({ where: { id: cast.seatedReviewer.id }, data: { active: false } });
    await t.db.component.update({ where: { id: p.componentIds[1]! }, data: { level: 0 } });
    const res = await cont.continueReview(cast.owner, { reviewId });
    await t.db.user.update({ where: { id: cast.seatedReviewer.id }, data: { active: true } });
    await t.db.user.update({ where: { id: lost.userId }, data: { disciplines: [lost.discipline] } });
    if (!res.ok) throw new Error(JSON.stringify(res.reasons));
    expect(res.value.droppedSeats.map((d) => d.id).sort()).toEqual([cast.seatedReviewer.id, lost.userId].sort());
    expect(res.value.chairDropped).toBe(true);
    expect(res.value.droppedComponents.map((d) => d.id)).toEqual([p.componentIds[1]]);
    const draft = await t.db.review.findUniqueOrThrow({
      where: { id: res.value.id },
      include: { seats: true, components: true },
    });
    expect(draft.seats.some((s) => s.isChair)).toBe(false);
    expect(draft.components.map((c) => c.componentId)).toEqual([p.componentIds[0]]);
  });

  it("refuses people who may not open reviews", async () => {
    const { reviewId } = await returned();
    expect(codes(await cont.continueReview(cast.seatedReviewer, { reviewId }))).not.toEqual([]);
    expect(await t.db.review.count({ where: { continuesReviewId: reviewId } })).toBe(0);
  });
});
