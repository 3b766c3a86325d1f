import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { defaultLevelDefinitions } from "@/lib/domain/levels";
import type { Discipline } from "@/lib/domain/vocabulary";
import type { TestDb } from "@/test/db";
import {
  databaseDigest,
  makeCast,
  makeEligible,
  makeProject,
  makeReview,
  makeUser,
  referenceData,
  requiredSeats,
  type RoleName,
  openAppDatabase,
} from "@/test/gate-fixtures";

/**
 * Regression: panels were not checked against the people in them. A researcher-only user seated
 * as "research lead" satisfied the L0 rule, a QA engineer sat as "researcher", and an owner seated
 * two researchers without the reviewer role, the manager as chair and the admin — all four voted
 * and the project moved from 7 to 8. And the reviewed party chose its own chair. Every door that
 * creates or relies on a seat now checks it: seating, submit, vote; L4+ chairs need a manager.
 */
let t: TestDb;
let closeDb: () => Promise<void>;
let panel: typeof import("@/lib/dal/reviews/panel");
let life: typeof import("@/lib/dal/reviews/lifecycle");
let votes: typeof import("@/lib/dal/reviews/cast-vote");
let confirm: typeof import("@/lib/dal/reviews/chair-confirmation");
let reads: typeof import("@/lib/dal/reviews/read-chair-confirmation");
let cast: Record<RoleName, SessionUser>;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  [panel, life, votes, confirm, reads] = await Promise.all([
    import("@/lib/dal/reviews/panel"),
    import("@/lib/dal/reviews/lifecycle"),
    import("@/lib/dal/reviews/cast-vote"),
    import("@/lib/dal/reviews/chair-confirmation"),
    import("@/lib/dal/reviews/read-chair-confirmation"),
  ]);
  cast = await makeCast(t.db);
  await referenceData(t.db);
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));
const messages = (d: { ok: boolean; reasons?: { message: string }[] }) =>
  d.ok ? [] : (d.reasons ?? []).map((r) => r.message);
const seat = (u: { id: string }, discipline: Discipline, isChair = false) => ({ userId: u.id, discipline, isChair });

async function draftAt(level: number) {
  const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [level], requirements: true });
  const r = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level,
    status: "draft",
    authorId: cast.owner.id,
    seats: [],
  });
  return { p, reviewId: r.id };
}

describe("seating the panel checks each seat against its holder", () => {
  it("refuses a researcher-only user as research lead and a QA engineer as researcher, naming seat and why; writes nothing", async () => {
    const { reviewId } = await draftAt(1);
    const lena = await makeUser(t.db, ["researcher"], ["research_lead", "researcher"], "Lena");
    const grace = await makeUser(t.db, ["reviewer"], ["qa_engineer"], "Grace");
    const before = await databaseDigest(t.db);
    const d = await panel.seatPanel(cast.owner, {
      reviewId,
      seats: [seat(lena, "research_lead", true), seat(grace, "researcher")],
    });
    expect(messages(d)).toEqual([
      "Seat 1 (research lead, chair): Lena does not hold the reviewer role.",
      "Seat 2 (researcher): Grace does not hold the researcher discipline (holds: QA engineer).",
    ]);
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it("refuses the L7 panel of the issue: researchers without the reviewer role, the manager as chair, the admin", async () => {
    const { reviewId } = await draftAt(7);
    const r1 = await makeUser(t.db, ["researcher"], ["infrastructure_engineer"], "R1");
    const r2 = await makeUser(t.db, ["researcher"], ["applied_ai"], "R2");
    const manager = await makeUser(t.db, ["manager"], ["qa_engineer"], "Manager");
    const admin = await makeUser(t.db, ["admin", "reviewer"], ["executive"], "Admin");
    const d = await panel.seatPanel(cast.owner, {
      reviewId,
      seats: [
        seat(manager, "qa_engineer", true),
        seat(r1, "infrastructure_engineer"),
        seat(r2, "applied_ai"),
        seat(admin, "executive"),
      ],
    });
    expect(codes(d)).toEqual([
      "seat_holder_not_reviewer",
      "seat_holder_not_reviewer",
      "seat_holder_not_reviewer",
      "seat_holder_admin",
    ]);
    expect(await t.db.panelSeat.count({ where: { reviewId } })).toBe(0);
  });
});

describe("submit re-checks the holders as they are now", () => {
  it("refuses once a seated person lost the seat's discipline or the reviewer role since seating", async () => {
    const { reviewId } = await draftAt(0);
    const lead = await makeUser(t.db, ["reviewer"], ["research_lead"], "Hannah");
    expect((await panel.seatPanel(cast.owner, { reviewId, seats: [seat(lead, "research_lead", true)] })).ok).toBe(true);
    await t.db.user.update({ where: { id: lead.id }, data: { disciplines: ["researcher"] } });
    expect(messages(await life.submitReview(cast.owner, { reviewId }))).toEqual([
      "Seat 1 (research lead, chair): Hannah does not hold the research lead discipline (holds: researcher).",
    ]);
    await t.db.user.update({ where: { id: lead.id }, data: { disciplines: ["research_lead"], roles: ["researcher"] } });
    expect(codes(await life.submitReview(cast.owner, { reviewId }))).toEqual(["seat_holder_not_reviewer"]);
    await t.db.user.update({ where: { id: lead.id }, data: { roles: ["reviewer"] } });
    expect((await life.submitReview(cast.owner, { reviewId })).ok).toBe(true);
  });
});

describe("votes need an eligible holder", () => {
  async function openL0(holder: SessionUser) {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [0] });
    return (
      await makeReview(t.db, {
        projectId: p.id,
        componentIds: p.componentIds,
        level: 0,
        status: "open",
        authorId: cast.owner.id,
        seats: [seat(holder, "research_lead", true)],
      })
    ).id;
  }
  const graduate = (user: SessionUser, reviewId: string) =>
    votes.castVote(user, { reviewId, pinRound: 0, choice: "graduate", tasks: [], comment: "" });

  it("refuses a seated admin, a seated person without the reviewer role, and one who lost the discipline", async () => {
    const holder = await makeUser(t.db, ["reviewer"], ["research_lead"], "Holder");
    const reviewId = await openL0(holder);
    expect(messages(await graduate({ ...holder, roles: ["reviewer", "admin"] }, reviewId))).toEqual([
      "Admins do not vote; an admin cannot hold a seat on a panel.",
    ]);
    expect(codes(await graduate({ ...holder, roles: ["researcher"] }, reviewId))).toEqual(["forbidden"]);
    await t.db.user.update({ where: { id: holder.id }, data: { disciplines: ["researcher"] } });
    expect(messages(await graduate(holder, reviewId))).toEqual([
      "Seat 1 (research lead, chair): Holder does not hold the research lead discipline (holds: researcher).",
    ]);
    expect(await t.db.vote.count({ where: { reviewId } })).toBe(0);
    await t.db.user.update({ where: { id: holder.id }, data: { disciplines: ["research_lead"] } });
    expect(await graduate(holder, reviewId)).toMatchObject({ ok: true, value: { status: "graduated" } });
  });
});

describe("chair confirmation at L4", () => {
  it("owner proposes, submit is refused, a manager confirms, submit works; managers are told", async () => {
    const { reviewId } = await draftAt(4);
    const people = await Promise.all(["Ravi", "Sofia", "Nadia", "Nia"].map((n) => makeUser(t.db, ["reviewer"], [], n)));
    const seats = requiredSeats(
      4,
      people.map((u) => u.id),
    );
    await t.db.$transaction(
      seats.map((s) => t.db.user.update({ where: { id: s.userId }, data: { disciplines: [s.discipline] } })),
    );
    const seated = await panel.seatPanel(cast.owner, { reviewId, seats });
    expect(seated).toEqual({
      ok: true,
      value: { seats: 3, chairConfirmationCleared: false, chairAwaitingConfirmation: true },
    });
    const told = await t.db.notification.findMany({
      where: { reviewId, kind: "review.chair_confirmation" },
      select: { userId: true },
    });
    expect(told.map((n) => n.userId)).toContain(cast.manager.id);
    expect(told.map((n) => n.userId)).not.toContain(cast.owner.id);

    expect(codes(await life.submitReview(cast.owner, { reviewId }))).toEqual(["chair_unconfirmed"]);
    expect((await reads.getChairsAwaitingFor(t.db, cast.manager)).map((x) => x.reviewId)).toContain(reviewId);
    expect(await reads.getChairsAwaitingFor(t.db, cast.owner)).toEqual([]);
    expect(await reads.getChairConfirmationFor(t.db, cast.owner, reviewId)).toMatchObject({
      required: true,
      canConfirm: false,
      confirmedAt: null,
    });
    expect(await reads.getChairConfirmationFor(t.db, cast.manager, reviewId)).toMatchObject({
      canConfirm: true,
      chair: { label: "Seat 1 (applied AI engineer, chair)" },
    });
    const chair = { reviewId, chairUserId: seats[0]!.userId, discipline: seats[0]!.discipline };
    expect(codes(await confirm.confirmChair(cast.owner, chair))).toEqual(["conflict_of_interest"]);
    expect(codes(await confirm.confirmChair(cast.seatedReviewer, chair))).toEqual(["forbidden"]);
    expect(codes(await confirm.confirmChair(cast.manager, { ...chair, chairUserId: seats[1]!.userId }))).toEqual([
      "chair_changed",
    ]);
    expect(await confirm.confirmChair(cast.manager, chair)).toEqual({ ok: true, value: { id: reviewId } });
    expect(codes(await confirm.confirmChair(cast.admin, chair))).toEqual(["chair_already_confirmed"]);
    expect((await reads.getChairsAwaitingFor(t.db, cast.manager)).map((x) => x.reviewId)).not.toContain(reviewId);
    expect(await reads.getChairConfirmationFor(t.db, cast.owner, reviewId)).toMatchObject({
      confirmedBy: "Manager",
      canConfirm: false,
    });
    expect(await t.db.auditEvent.count({ where: { entityId: reviewId, action: "review.confirm_chair" } })).toBe(1);

    // Re-saving the same chair keeps the confirmation; another chair clears it, and says so.
    expect(await panel.seatPanel(cast.owner, { reviewId, seats: [...seats].reverse() })).toMatchObject({
      ok: true,
      value: { chairConfirmationCleared: false },
    });
    const moved = seats.map((s, i) => ({ ...s, isChair: i === 1 }));
    expect(await panel.seatPanel(cast.owner, { reviewId, seats: moved })).toMatchObject({
      ok: true,
      value: { chairConfirmationCleared: true, chairAwaitingConfirmation: true },
    });
    expect(codes(await life.submitReview(cast.owner, { reviewId }))).toEqual(["chair_unconfirmed"]);
    expect(
      (
        await confirm.confirmChair(cast.admin, {
          reviewId,
          chairUserId: moved[1]!.userId,
          discipline: moved[1]!.discipline,
        })
      ).ok,
    ).toBe(true);
    expect(await life.submitReview(cast.owner, { reviewId })).toMatchObject({ ok: true });
    expect(codes(await confirm.confirmChair(cast.manager, chair))).toContain("review_not_draft");
  });

  it("a level below L4 needs no confirmation and refuses one", async () => {
    const { reviewId } = await draftAt(3);
    const seats = requiredSeats(3, [cast.seatedReviewer.id, cast.unseatedReviewer.id]);
    await makeEligible(t.db, seats);
    expect((await panel.seatPanel(cast.owner, { reviewId, seats })).ok).toBe(true);
    expect(
      codes(
        await confirm.confirmChair(cast.manager, {
          reviewId,
          chairUserId: seats[0]!.userId,
          discipline: seats[0]!.discipline,
        }),
      ),
    ).toEqual(["chair_confirmation_not_required"]);
  });

  it("a stored definition set written before the setting existed reads it with the default", async () => {
    const legacy = structuredClone(defaultLevelDefinitions) as { version: number; levels: Record<string, unknown>[] };
    legacy.version = 50;
    for (const l of legacy.levels) delete l.chairConfirmation;
    await t.db.levelDefinitionSet.create({ data: { version: 50, definitions: legacy as object } });
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [5], requirements: true });
    const seats = requiredSeats(
      5,
      (await Promise.all([0, 1, 2, 3].map((i) => makeUser(t.db, ["reviewer"], [], `L5-${i}`)))).map((u) => u.id),
    );
    const r = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 5,
      status: "draft",
      authorId: cast.owner.id,
      seats,
      chairConfirmed: false,
    });
    await t.db.review.update({ where: { id: r.id }, data: { definitionsVersion: 50 } });
    expect(codes(await life.submitReview(cast.owner, { reviewId: r.id }))).toEqual(["chair_unconfirmed"]);
  });
});
