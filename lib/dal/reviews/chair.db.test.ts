import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "@/test/db";
import {
  fullCard,
  makeCast,
  makeProject,
  makeReview,
  makeUser,
  requiredSeats,
  type RoleName,
  openAppDatabase,
} from "@/test/gate-fixtures";

/**
 * What the chair records after a decision, against real Postgres: L2 A+B (the linked research-track
 * project), L4 pause → no new review → resume → review, L8 go needs a date, review switchbacks once
 * per component, and pausing on a returned review.
 */
let t: TestDb;
let closeDb: () => Promise<void>;
let chair: typeof import("@/lib/dal/reviews/chair");
let drafts: typeof import("@/lib/dal/reviews/drafts");
let projects: typeof import("@/lib/dal/projects/commands");
let cast: Record<RoleName, SessionUser>;
let chairUser: SessionUser;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  chair = await import("@/lib/dal/reviews/chair");
  drafts = await import("@/lib/dal/reviews/drafts");
  projects = await import("@/lib/dal/projects/commands");
  cast = await makeCast(t.db);
  chairUser = cast.seatedReviewer;
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));

/** A decided review at `level` whose panel `chairUser` chairs; components sit where the outcome left them. */
async function decided(level: number, status: "graduated" | "returned", extra: { contributors?: string[] } = {}) {
  const others = await Promise.all(Array.from({ length: 5 }, (_, i) => makeUser(t.db, ["reviewer"], [], `R${i}`)));
  const atLevel = status === "graduated" ? level + 1 : level;
  const p = await makeProject(t.db, {
    owners: [cast.owner.id],
    contributors: extra.contributors,
    levels: [atLevel, atLevel],
  });
  const r = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level,
    status,
    authorId: cast.owner.id,
    seats: requiredSeats(level, [chairUser.id, ...others.map((o) => o.id)]),
  });
  return { p, reviewId: r.id };
}

describe("key decisions", () => {
  it("L2 A+B opens the linked research-track project at L2 from a copy of the card", async () => {
    const { p, reviewId } = await decided(2, "graduated", { contributors: [cast.contributor.id] });
    // The parent's requirements R2 and R5 (a gap) are carried over as R1 and R2, naming their origin.
    await t.db.requirement.createMany({
      data: [5, 2].map((number) => ({
        projectId: p.id,
        number,
        kind: "research" as const,
        statement: `It shall hold ${number}.`,
        pFailure: 0.5,
        value: 4,
        risk: 2,
      })),
    });
    const parent = await t.db.project.findUniqueOrThrow({ where: { id: p.id } });
    const before = await t.db.project.aggregate({ where: { track: "research" }, _max: { index: true } });
    expect(codes(await chair.recordKeyDecision(cast.owner, { reviewId, decision: "path_a_b", note: "" }))).toEqual([
      "conflict_of_interest",
    ]);
    const d = await chair.recordKeyDecision(chairUser, { reviewId, decision: "path_a_b", note: "Both." });
    expect(d.ok).toBe(true);
    const childId = d.ok ? d.value.researchTrackProjectId! : "";
    const child = await t.db.project.findUniqueOrThrow({
      where: { id: childId },
      include: { members: true, components: { include: { transitions: true } }, cardRevisions: true },
    });
    expect(child).toMatchObject({
      parentId: p.id,
      track: "research",
      index: (before._max.index ?? 0) + 1,
      systemLevel: 2,
      name: `${parent.name} (research track)`,
    });
    expect(child.members.map((m) => [m.userId, m.role])).toEqual([[cast.owner.id, "owner"]]);
    expect(child.components.map((c) => c.level)).toEqual([2, 2]);
    expect(child.components.map((c) => c.importedFromId).sort()).toEqual([...p.componentIds].sort());
    // The copies keep the level this review earned, with it as their provenance (no claim).
    expect(child.components.map((c) => [c.claimedLevel, c.sourceProjectId, c.sourceReviewId])).toEqual([
      [null, p.id, reviewId],
      [null, p.id, reviewId],
    ]);
    const label = `R${String(parent.index).padStart(2, "0")}`;
    expect(child.components.flatMap((c) => c.transitions.map((x) => [x.kind, x.toLevel, x.reason]))).toEqual([
      ["start", 2, `research track of ${label}`],
      ["start", 2, `research track of ${label}`],
    ]);
    const carried = await t.db.requirement.findMany({ where: { projectId: childId }, orderBy: { number: "asc" } });
    expect(carried.map((r) => [r.number, r.statement, r.sourceProjectId, r.sourceNumber])).toEqual([
      [1, "It shall hold 2.", p.id, 2],
      [2, "It shall hold 5.", p.id, 5],
    ]);
    expect(child.cardRevisions).toHaveLength(1);
    expect(child.cardRevisions[0]).toMatchObject({ number: 1, content: fullCard, systemLevel: 2 });
    expect((await t.db.review.findUniqueOrThrow({ where: { id: reviewId } })).keyDecision).toBe("path_a_b");
    expect(codes(await chair.recordKeyDecision(chairUser, { reviewId, decision: "path_a", note: "" }))).toEqual([
      "key_decision_recorded",
    ]);
  });

  it("L4 pause blocks new reviews until an owner resumes the project", async () => {
    const { p, reviewId } = await decided(4, "graduated");
    expect(
      await chair.recordKeyDecision(chairUser, { reviewId, decision: "pause", note: "Market shifted." }),
    ).toMatchObject({ ok: true });
    expect((await t.db.project.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("paused");
    const open = () => drafts.openReviewDraft(cast.owner, { projectId: p.id, level: 5, componentIds: p.componentIds });
    expect(codes(await open())).toEqual(["project_paused"]);
    expect(
      (await projects.setProjectStatus(cast.owner, { projectId: p.id, to: "active", reason: "Back on." })).ok,
    ).toBe(true);
    expect((await open()).ok).toBe(true);
  });

  it("L8 go needs a future target date; the decision must fit the level", async () => {
    const { reviewId } = await decided(8, "graduated");
    expect(codes(await chair.recordKeyDecision(chairUser, { reviewId, decision: "go", note: "" }))).toEqual([
      "target_date_missing",
    ]);
    expect(codes(await chair.recordKeyDecision(chairUser, { reviewId, decision: "continue", note: "" }))).toEqual([
      "key_decision_wrong_level",
    ]);
    const date = new Date(Date.now() + 30 * 86_400_000);
    expect(
      (await chair.recordKeyDecision(chairUser, { reviewId, decision: "go", targetDate: date, note: "" })).ok,
    ).toBe(true);
    expect((await t.db.review.findUniqueOrThrow({ where: { id: reviewId } })).keyDecisionDate?.toISOString()).toBe(
      date.toISOString(),
    );
  });
});

describe("on a returned review", () => {
  it("the chair moves components down once per review, with a rationale", async () => {
    const { p, reviewId } = await decided(3, "returned");
    const [a, b] = p.componentIds as [string, string];
    const move = (user: SessionUser, componentId: string, toLevel: number) =>
      chair.recordReviewSwitchback(user, {
        kind: "switchback",
        reviewId,
        moves: [{ componentId, toLevel }],
        rationale: "Interfaces were not designed.",
      });
    expect(codes(await move(cast.unseatedReviewer, a, 2))).toEqual(["forbidden"]);
    expect(await move(chairUser, a, 2)).toEqual({ ok: true, value: { kind: "switchback" } });
    expect(codes(await move(chairUser, a, 1))).toEqual(["component_already_switched"]);
    expect(codes(await move(chairUser, b, 3))).toEqual(["level_not_lower"]);
    expect(
      await t.db.levelTransition.findMany({
        where: { reviewId },
        select: { componentId: true, kind: true, fromLevel: true, toLevel: true },
      }),
    ).toEqual([{ componentId: a, kind: "review", fromLevel: 3, toLevel: 2 }]);
    expect((await t.db.project.findUniqueOrThrow({ where: { id: p.id } })).systemLevel).toBe(2);
  });

  it("the chair may pause the project instead, with a rationale", async () => {
    const { p, reviewId } = await decided(5, "returned");
    expect(
      (await chair.recordReviewSwitchback(chairUser, { kind: "pause", reviewId, rationale: "No product owner." })).ok,
    ).toBe(true);
    expect((await t.db.project.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("paused");
    expect(
      codes(await chair.recordReviewSwitchback(chairUser, { kind: "pause", reviewId, rationale: "Again." })),
    ).toEqual(["project_not_active"]);
  });

  it("refuses a review switchback on a graduated review", async () => {
    const { p, reviewId } = await decided(3, "graduated");
    const d = await chair.recordReviewSwitchback(chairUser, {
      kind: "switchback",
      reviewId,
      moves: [{ componentId: p.componentIds[0]!, toLevel: 1 }],
      rationale: "x",
    });
    expect(codes(d)).toEqual(["review_not_returned"]);
  });
});
