import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TestDb } from "@/test/db";
import {
  makeCast,
  makeProject,
  makeReview,
  makeUser,
  referenceData,
  type RoleName,
  openAppDatabase,
} from "@/test/gate-fixtures";

/**
 * The refusals the data layer adds around the domain rules (missing rows, broken reference data,
 * deactivated panel members, paused projects, decided reviews) and the transaction wrapper's own
 * contract: refusals roll back, lost races are retried a bounded number of times.
 */
let t: TestDb;
let closeDb: () => Promise<void>;
let drafts: typeof import("@/lib/dal/reviews/drafts");
let panel: typeof import("@/lib/dal/reviews/panel");
let life: typeof import("@/lib/dal/reviews/lifecycle");
let votes: typeof import("@/lib/dal/reviews/cast-vote");
let chair: typeof import("@/lib/dal/reviews/chair");
let components: typeof import("@/lib/dal/components/commands");
let projects: typeof import("@/lib/dal/projects/commands");
let tx: typeof import("@/lib/dal/core/transaction");
let cast: Record<RoleName, SessionUser>;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  [drafts, panel, life, votes, chair, components, projects, tx] = await Promise.all([
    import("@/lib/dal/reviews/drafts"),
    import("@/lib/dal/reviews/panel"),
    import("@/lib/dal/reviews/lifecycle"),
    import("@/lib/dal/reviews/cast-vote"),
    import("@/lib/dal/reviews/chair"),
    import("@/lib/dal/components/commands"),
    import("@/lib/dal/projects/commands"),
    import("@/lib/dal/core/transaction"),
  ]);
  cast = await makeCast(t.db);
  await referenceData(t.db);
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));
const MISSING = "cmissing000000000000000000";

describe("refusals the data layer adds", () => {
  it("reports rows that do not exist (instead of failing)", async () => {
    const vote = { reviewId: MISSING, pinRound: 0, choice: "graduate" as const, tasks: [], comment: "" };
    expect(codes(await votes.castVote(cast.seatedReviewer, vote))).toEqual(["not_found"]);
    expect(codes(await life.submitReview(cast.owner, { reviewId: MISSING }))).toEqual(["not_found"]);
    expect(codes(await drafts.openReviewDraft(cast.owner, { projectId: MISSING, level: 0, componentIds: [] }))).toEqual(
      ["not_found"],
    );
    expect(
      codes(
        await components.bumpComponentVersion(cast.owner, {
          componentId: MISSING,
          versions: { code: "1.0.0" },
          changelog: "x",
        }),
      ),
    ).toEqual(["not_found"]);
    expect(
      codes(await projects.setProjectStatus(cast.owner, { projectId: MISSING, reason: "x", to: "paused" })),
    ).toEqual(["not_found"]);
  });

  it("refuses a draft while the latest level definitions are invalid, and a review whose version is gone", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [0] });
    const bad = await t.db.levelDefinitionSet.create({ data: { version: 2, definitions: { version: 2, levels: [] } } });
    expect(
      codes(await drafts.openReviewDraft(cast.owner, { projectId: p.id, level: 0, componentIds: p.componentIds })),
    ).toEqual(["reference_data_invalid"]);
    await t.db.$executeRaw`ALTER TABLE level_definition_sets DISABLE TRIGGER ALL`;
    await t.db.levelDefinitionSet.delete({ where: { id: bad.id } });
    await t.db.$executeRaw`ALTER TABLE level_definition_sets ENABLE TRIGGER ALL`;
    const r = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 0,
      status: "draft",
      authorId: cast.owner.id,
      seats: [],
    });
    await t.db.review.update({ where: { id: r.id }, data: { definitionsVersion: 99 } });
    expect(codes(await drafts.editReviewDraft(cast.owner, { reviewId: r.id, criteria: [] }))).toEqual([
      "definitions_missing",
    ]);
  });

  it("refuses a deactivated user on a panel, and edits of a review that is no longer a draft", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [0] });
    const gone = await makeUser(t.db, ["reviewer"], [], "Gone");
    await t.db.user.update({ where: { id: gone.id }, data: { active: false } });
    const draft = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 0,
      status: "draft",
      authorId: cast.owner.id,
      seats: [],
    });
    expect(
      codes(
        await panel.seatPanel(cast.owner, {
          reviewId: draft.id,
          seats: [{ userId: gone.id, discipline: "research_lead", isChair: true }],
        }),
      ),
    ).toEqual(["seat_user_unknown"]);
    await t.db.review.update({ where: { id: draft.id }, data: { status: "open" } });
    expect(codes(await drafts.editReviewDraft(cast.owner, { reviewId: draft.id, criteria: [] }))).toEqual([
      "review_not_draft",
    ]);
    expect(codes(await life.submitReview(cast.owner, { reviewId: draft.id }))).toContain("review_not_draft");
  });

  it("refuses to submit on a paused project; open reviews still take votes there", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [0, 0], status: "paused" });
    const seats = [{ userId: cast.seatedReviewer.id, discipline: "research_lead" as const, isChair: true }];
    const draft = await makeReview(t.db, {
      projectId: p.id,
      componentIds: [p.componentIds[0]!],
      level: 0,
      status: "draft",
      authorId: cast.owner.id,
      seats,
    });
    expect(codes(await life.submitReview(cast.owner, { reviewId: draft.id }))).toEqual(["project_paused"]);
    const open = await makeReview(t.db, {
      projectId: p.id,
      componentIds: [p.componentIds[1]!],
      level: 0,
      status: "open",
      authorId: cast.owner.id,
      seats,
    });
    expect(
      await votes.castVote(cast.seatedReviewer, {
        reviewId: open.id,
        pinRound: 0,
        choice: "graduate",
        tasks: [],
        comment: "",
      }),
    ).toEqual({
      ok: true,
      value: { status: "graduated", recorded: "cast" },
    });
  });

  it("changes a vote in place while the review is open, auditing before and after", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [1] });
    const other = await makeUser(t.db, ["reviewer"], [], "Other");
    const r = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 1,
      status: "open",
      authorId: cast.owner.id,
      seats: [
        { userId: cast.seatedReviewer.id, discipline: "research_lead", isChair: true },
        { userId: other.id, discipline: "researcher", isChair: false },
      ],
    });
    const cast1 = (choice: "graduate" | "return") =>
      votes.castVote(cast.seatedReviewer, {
        reviewId: r.id,
        pinRound: 0,
        choice,
        tasks: choice === "return" ? [{ text: "More data" }] : [],
        comment: "",
      });
    expect(await cast1("return")).toEqual({ ok: true, value: { status: "open", recorded: "cast" } });
    expect(await cast1("graduate")).toEqual({ ok: true, value: { status: "open", recorded: "changed" } });
    const v = await t.db.vote.findMany({ where: { reviewId: r.id }, include: { tasks: true } });
    expect(v.map((x) => [x.choice, x.tasks.length, x.version])).toEqual([["graduate", 0, 1]]);
    const change = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: r.id, action: "review.vote_change" } });
    expect(change.before).toMatchObject({ choice: "return" });
    expect(change.after).toMatchObject({ choice: "graduate" });
  });

  it("refuses a key decision before the panel decided", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [2] });
    const r = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 2,
      status: "open",
      authorId: cast.owner.id,
      seats: [{ userId: cast.seatedReviewer.id, discipline: "research_lead", isChair: true }],
    });
    expect(
      codes(await chair.recordKeyDecision(cast.seatedReviewer, { reviewId: r.id, decision: "path_a", note: "" })),
    ).toEqual(["review_not_decided"]);
  });
});

describe("runTransaction", () => {
  it("rolls a refusal back: nothing written before the DomainError survives", async () => {
    const before = await t.db.auditEvent.count();
    const d = await tx.runTransaction(async (db) => {
      await db.auditEvent.create({ data: { action: "test.rollback", entityType: "test", entityId: "x" } });
      throw new tx.DomainError([{ code: "nope", message: "No." }]);
    });
    expect(d).toEqual({ ok: false, reasons: [{ code: "nope", message: "No." }] });
    expect(await t.db.auditEvent.count()).toBe(before);
  });

  it("retries a lost race a bounded number of times, then refuses with a reload message", async () => {
    let attempts = 0;
    const d = await tx.runTransaction(async () => {
      attempts++;
      throw new tx.ConflictError("always");
    });
    expect(attempts).toBe(tx.MAX_ATTEMPTS);
    expect(codes(d)).toEqual(["changed_meanwhile"]);
  });

  it("re-runs after a unique violation and lets other errors through", async () => {
    let attempts = 0;
    const d = await tx.runTransaction(async () => {
      attempts++;
      if (attempts < 3)
        throw new Prisma.PrismaClientKnownRequestError("Unique constraint failed", {
          code: "P2002",
          clientVersion: "7",
        });
      return "done";
    });
    expect(d).toEqual({ ok: true, value: "done" });
    expect(attempts).toBe(3);
    await expect(
      tx.runTransaction(async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
  });
});
