import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { defaultEthicsTemplate } from "@/lib/domain/ethics";
import type { TestDb } from "@/test/db";
import { makeCast, makeProject, makeUser, type RoleName, openAppDatabase } from "@/test/gate-fixtures";

/**
 * A review's whole life through the DAL against real Postgres: draft (with the reference-data
 * fallback), edit, panel, submit refusals and success, votes, re-pin on a version bump (stale
 * votes), the decision with its level transitions, duplicate and late votes, withdraw, debrief.
 */
let t: TestDb;
let closeDb: () => Promise<void>;
let drafts: typeof import("@/lib/dal/reviews/drafts");
let panel: typeof import("@/lib/dal/reviews/panel");
let life: typeof import("@/lib/dal/reviews/lifecycle");
let votes: typeof import("@/lib/dal/reviews/cast-vote");
let chair: typeof import("@/lib/dal/reviews/chair");
let components: typeof import("@/lib/dal/components/commands");
let cast: Record<RoleName, SessionUser>;
let r2: SessionUser;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  [drafts, panel, life, votes, chair, components] = await Promise.all([
    import("@/lib/dal/reviews/drafts"),
    import("@/lib/dal/reviews/panel"),
    import("@/lib/dal/reviews/lifecycle"),
    import("@/lib/dal/reviews/cast-vote"),
    import("@/lib/dal/reviews/chair"),
    import("@/lib/dal/components/commands"),
  ]);
  cast = await makeCast(t.db);
  r2 = await makeUser(t.db, ["reviewer"], ["researcher"], "Second");
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));
const L0 = ["principles_plan", "data_readiness", "card_started"];

describe("a level 0 review from draft to graduation", () => {
  let project: Awaited<ReturnType<typeof makeProject>>;
  let reviewId: string;
  const vote = (user: SessionUser, pinRound: number, choice: "graduate" | "return" = "graduate") =>
    votes.castVote(user, {
      reviewId,
      pinRound,
      choice,
      tasks: choice === "return" ? [{ text: "Add a baseline" }] : [],
      comment: "",
    });

  it("opens a draft on a database without reference data, writing the defaults as version 1", async () => {
    expect(await t.db.levelDefinitionSet.count()).toBe(0);
    project = await makeProject(t.db, {
      owners: [cast.owner.id],
      contributors: [cast.contributor.id],
      levels: [0, 0],
      card: null,
    });
    const d = await drafts.openReviewDraft(cast.contributor, {
      projectId: project.id,
      level: 0,
      componentIds: project.componentIds,
    });
    expect(d.ok).toBe(true);
    reviewId = d.ok ? d.value.id : "";
    expect(await t.db.levelDefinitionSet.findMany({ select: { version: true } })).toEqual([{ version: 1 }]);
    expect(await t.db.ethicsTemplate.findMany({ select: { version: true } })).toEqual([{ version: 1 }]);
    const review = await t.db.review.findUniqueOrThrow({
      where: { id: reviewId },
      include: { criteria: true, components: true },
    });
    expect(review).toMatchObject({ status: "draft", definitionsVersion: 1, authorId: cast.contributor.id });
    expect(review.criteria.map((c) => [c.criterionKey, c.state]).sort()).toEqual(L0.map((k) => [k, "pending"]).sort());
    expect(review.components).toHaveLength(2);
    expect(await t.db.auditEvent.count({ where: { action: "review.open_draft", entityId: reviewId } })).toBe(1);
  });

  it("refuses a second live draft on the same component", async () => {
    const d = await drafts.openReviewDraft(cast.owner, {
      projectId: project.id,
      level: 0,
      componentIds: [project.componentIds[0]!],
    });
    expect(codes(d)).toEqual(["component_under_review"]);
  });

  it("refuses unknown criteria, then saves criteria and ethics answers", async () => {
    expect(
      codes(
        await drafts.editReviewDraft(cast.owner, {
          reviewId,
          criteria: [{ key: "made_up", state: "done", note: "x" }],
        }),
      ),
    ).toEqual(["criterion_unknown"]);
    const d = await drafts.editReviewDraft(cast.owner, {
      reviewId,
      criteria: L0.map((key) => ({ key, state: "done" as const, evidenceUrl: "https://example.org/plan" })),
      ethics: defaultEthicsTemplate.items.map((i) => ({ key: i.key, answer: "yes" as const, note: "Reviewed." })),
    });
    expect(d.ok).toBe(true);
    expect(await t.db.gateCriterionCheck.count({ where: { reviewId, state: "done" } })).toBe(3);
    expect(await t.db.ethicsAnswer.count({ where: { reviewId } })).toBe(defaultEthicsTemplate.items.length);
  });

  it("refuses a project member on the panel, and lists everything a submit still lacks", async () => {
    const coi = await panel.seatPanel(cast.owner, {
      reviewId,
      seats: [{ userId: cast.contributor.id, discipline: "research_lead", isChair: true }],
    });
    // The contributor is also no reviewer and holds no research lead discipline: all three are said.
    expect(codes(coi)).toEqual(["seat_holder_not_reviewer", "seat_discipline_not_held", "panel_conflict_of_interest"]);
    await t.db.cardRevision.create({
      data: { projectId: project.id, number: 1, content: { tldr: "" }, changedSections: [] },
    });
    const s = await life.submitReview(cast.owner, { reviewId });
    expect(codes(s).sort()).toEqual(["card_section_empty", "panel_chair_count", "panel_missing_discipline"]);
    expect((await t.db.review.findUniqueOrThrow({ where: { id: reviewId } })).status).toBe("draft");
  });

  it("submits: pins the latest card revision and versions, notifies the panel", async () => {
    const seated = await panel.seatPanel(cast.owner, {
      reviewId,
      seats: [
        { userId: cast.seatedReviewer.id, discipline: "research_lead", isChair: true },
        { userId: r2.id, discipline: "researcher", isChair: false },
      ],
    });
    expect(seated.ok).toBe(true);
    const card = await t.db.cardRevision.create({
      data: { projectId: project.id, number: 2, content: { tldr: "Finds defects." }, changedSections: ["tldr"] },
    });
    expect(await life.submitReview(cast.owner, { reviewId })).toEqual({
      ok: true,
      value: { id: reviewId, pinRound: 0 },
    });
    const review = await t.db.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(review).toMatchObject({ status: "open", pinnedCardRevisionId: card.id, pinRound: 0 });
    const notes = await t.db.notification.findMany({
      where: { reviewId, kind: "review.seat_assigned" },
      select: { userId: true },
    });
    expect(notes.map((n) => n.userId).sort()).toEqual([cast.seatedReviewer.id, r2.id].sort());
  });

  it("re-pins on a version bump: earlier votes go stale, their voters are told, old-round votes are refused", async () => {
    expect((await vote(cast.seatedReviewer, 0)).ok).toBe(true);
    const bump = await components.bumpComponentVersion(cast.owner, {
      componentId: project.componentIds[0]!,
      versions: { model: "0.2.0" },
      changelog: "Retrained.",
    });
    expect(bump).toEqual({ ok: true, value: { level: 0, switchedBack: false, repinnedReviewIds: [reviewId] } });
    const review = await t.db.review.findUniqueOrThrow({ where: { id: reviewId }, include: { components: true } });
    expect(review.pinRound).toBe(1);
    expect(review.components.find((c) => c.componentId === project.componentIds[0])?.modelVersion).toBe("0.2.0");
    expect(
      await t.db.notification.count({ where: { reviewId, kind: "review.vote_stale", userId: cast.seatedReviewer.id } }),
    ).toBe(1);
    expect(codes(await vote(r2, 0))).toEqual(["vote_pin_stale"]);
  });

  it("counts only current-round votes, decides once, and moves every component up by one", async () => {
    expect(await vote(r2, 1)).toEqual({ ok: true, value: { status: "open", recorded: "cast" } });
    expect(await vote(cast.seatedReviewer, 1)).toEqual({ ok: true, value: { status: "graduated", recorded: "cast" } });
    expect(await t.db.reviewDecision.findUniqueOrThrow({ where: { reviewId } })).toMatchObject({
      outcome: "graduated",
      pinRound: 1,
    });
    const comps = await t.db.component.findMany({ where: { projectId: project.id } });
    expect(comps.map((c) => c.level)).toEqual([1, 1]);
    expect(
      await t.db.levelTransition.count({ where: { reviewId, kind: "graduation", fromLevel: 0, toLevel: 1 } }),
    ).toBe(2);
    expect((await t.db.project.findUniqueOrThrow({ where: { id: project.id } })).systemLevel).toBe(1);
    const told = await t.db.notification.findMany({
      where: { reviewId, kind: "review.decided" },
      select: { userId: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual(
      [cast.owner.id, cast.contributor.id, cast.seatedReviewer.id, r2.id].sort(),
    );
  });

  it("answers a repeated vote as recorded, and refuses a changed vote after the decision", async () => {
    const before = await t.db.auditEvent.count();
    expect(await vote(r2, 1)).toEqual({ ok: true, value: { status: "graduated", recorded: "unchanged" } });
    expect(await t.db.auditEvent.count()).toBe(before);
    expect(codes(await vote(r2, 1, "return"))).toEqual(["review_not_open"]);
  });

  it("lets only the chair record the debrief", async () => {
    const answers = ["accomplished", "punted", "learned", "debt"].map((key) => ({ key, answer: `About ${key}.` }));
    expect(codes(await chair.recordDebrief(r2, { reviewId, answers }))).toEqual(["forbidden"]);
    expect(codes(await chair.recordDebrief(cast.seatedReviewer, { reviewId, answers: answers.slice(1) }))).toEqual([
      "debrief_answer_missing",
    ]);
    expect((await chair.recordDebrief(cast.seatedReviewer, { reviewId, answers })).ok).toBe(true);
    expect((await t.db.review.findUniqueOrThrow({ where: { id: reviewId } })).debrief).toMatchObject({
      learned: "About learned.",
    });
  });

  it("withdraws a draft once, keeping it", async () => {
    const d = await drafts.openReviewDraft(cast.owner, {
      projectId: project.id,
      level: 1,
      componentIds: project.componentIds,
    });
    const id = d.ok ? d.value.id : "";
    expect(codes(await life.withdrawReview(cast.otherResearcher, { reviewId: id, reason: "" }))).toEqual(["forbidden"]);
    expect(await life.withdrawReview(cast.contributor, { reviewId: id, reason: "Wrong components." })).toEqual({
      ok: true,
      value: { id },
    });
    expect(codes(await life.withdrawReview(cast.owner, { reviewId: id, reason: "" }))).toEqual([
      "review_not_withdrawable",
    ]);
    expect((await t.db.review.findUniqueOrThrow({ where: { id } })).status).toBe("withdrawn");
  });
});

describe("a returned review", () => {
  it("stores the union of return tasks and moves no component", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [0] });
    const d = await drafts.openReviewDraft(cast.owner, { projectId: p.id, level: 0, componentIds: p.componentIds });
    const reviewId = d.ok ? d.value.id : "";
    await drafts.editReviewDraft(cast.owner, {
      reviewId,
      criteria: L0.map((key) => ({ key, state: "not_applicable" as const, naReason: "Off-the-shelf." })),
      ethics: defaultEthicsTemplate.items.map((i) => ({
        key: i.key,
        answer: "not_applicable" as const,
        note: "No personal data.",
      })),
    });
    await panel.seatPanel(cast.owner, {
      reviewId,
      seats: [
        { userId: cast.seatedReviewer.id, discipline: "research_lead", isChair: true },
        { userId: r2.id, discipline: "researcher", isChair: false },
      ],
    });
    expect((await life.submitReview(cast.owner, { reviewId })).ok).toBe(true);
    const ret = (user: SessionUser, tasks: string[]) =>
      votes.castVote(user, {
        reviewId,
        pinRound: 0,
        choice: "return",
        tasks: tasks.map((text) => ({ text, target: "AUC ≥ 0.9" })),
        comment: "",
      });
    expect((await ret(cast.seatedReviewer, ["Add a baseline", "Test on night images"])).ok).toBe(true);
    expect(await ret(r2, ["Add  a baseline", "Document the maths"])).toEqual({
      ok: true,
      value: { status: "returned", recorded: "cast" },
    });
    const tasks = await t.db.reviewTask.findMany({ where: { reviewId }, orderBy: { position: "asc" } });
    expect(tasks.map((x) => x.text)).toEqual(["Add a baseline", "Test on night images", "Document the maths"]);
    expect(await t.db.levelTransition.count({ where: { reviewId } })).toBe(0);
    expect((await t.db.component.findUniqueOrThrow({ where: { id: p.componentIds[0] } })).level).toBe(0);
  });
});
