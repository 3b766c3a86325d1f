import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { defaultEthicsTemplate } from "@/lib/domain/ethics";
import { defaultLevelDefinitions, levelDefinition } from "@/lib/domain/levels";
import type { TestDb } from "@/test/db";
import { makeCast, makeProject, makeReview, makeUser, type RoleName, openAppDatabase } from "@/test/gate-fixtures";

/**
 * Regression: a contributor on a level-4 project created a component at 9, imported a level-9
 * component and archived the five level-4 components — the system level went 4 → 9 in seven
 * requests with no review. Now a component starts at 0; a higher level is a claim an entry review
 * confirms; archiving the weakest link is its own audited, announced event.
 */
let t: TestDb;
let closeDb: () => Promise<void>;
let components: typeof import("./components");
let imports: typeof import("./component-import");
let claims: typeof import("./component-claims");
let drafts: typeof import("./review-drafts");
let panel: typeof import("./review-panel");
let life: typeof import("./review-lifecycle");
let votes: typeof import("./review-votes");
let cast: Record<RoleName, SessionUser>;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  [components, imports, claims, drafts, panel, life, votes] = await Promise.all([
    import("./components"),
    import("./component-import"),
    import("./component-claims"),
    import("./review-drafts"),
    import("./review-panel"),
    import("./review-lifecycle"),
    import("./review-votes"),
  ]);
  cast = await makeCast(t.db);
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));
const idOf = (d: { ok: boolean; value?: { id: string } }) => (d.ok && d.value ? d.value.id : "");
const systemLevelOf = async (id: string) => (await t.db.project.findUniqueOrThrow({ where: { id } })).systemLevel;
const componentOf = (id: string) => t.db.component.findUniqueOrThrow({ where: { id } });
const members = () => ({ owners: [cast.owner.id], contributors: [cast.contributor.id] });

describe("a contributor cannot raise the system level by creating, importing or archiving", () => {
  it("keeps the level-4 project from reaching 9 in seven requests", async () => {
    const p = await makeProject(t.db, { ...members(), levels: [4, 4, 4, 4, 4] });
    const deployed = await makeProject(t.db, { owners: [cast.otherResearcher.id], levels: [9] });
    expect(await systemLevelOf(p.id)).toBe(4);

    const created = await components.createComponent(cast.contributor, {
      projectId: p.id,
      name: "gpt",
      kind: "model",
      claimedLevel: 9,
      description: "",
      versions: {},
    });
    expect(await componentOf(idOf(created))).toMatchObject({ level: 0, claimedLevel: 9 });
    const imported = await imports.importComponent(cast.contributor, {
      projectId: p.id,
      sourceComponentId: deployed.componentIds[0]!,
      name: "deployed",
    });
    expect(await componentOf(idOf(imported))).toMatchObject({
      level: 0,
      claimedLevel: 9,
      importedFromId: deployed.componentIds[0],
      sourceProjectId: deployed.id,
    });
    for (const componentId of p.componentIds) {
      expect((await imports.archiveComponent(cast.contributor, { componentId, reason: "Superseded." })).ok).toBe(true);
    }
    // Claims count at their confirmed level 0: the system level fell, it never rose.
    expect(await systemLevelOf(p.id)).toBe(0);
    expect(
      await t.db.levelTransition.findMany({
        where: {
          projectId: p.id,
          kind: "start",
          fromLevel: null,
          toLevel: { gt: 0 },
          componentId: { in: [idOf(created), idOf(imported)] },
        },
      }),
    ).toEqual([]);
  });
});

describe("creating and importing", () => {
  it("creates every component at 0 with a start transition at 0, the claim kept apart", async () => {
    const p = await makeProject(t.db, { ...members(), levels: [] });
    const d = await components.createComponent(cast.owner, {
      projectId: p.id,
      name: "resnet",
      kind: "model",
      claimedLevel: 3,
      description: "",
      versions: {},
    });
    const plain = await components.createComponent(cast.owner, {
      projectId: p.id,
      name: "frames",
      kind: "dataset",
      claimedLevel: 0,
      description: "",
      versions: {},
    });
    expect(await componentOf(idOf(d))).toMatchObject({ level: 0, claimedLevel: 3 });
    expect(await componentOf(idOf(plain))).toMatchObject({ level: 0, claimedLevel: null });
    expect(
      await t.db.levelTransition.findMany({
        where: { componentId: idOf(d) },
        select: { kind: true, fromLevel: true, toLevel: true },
      }),
    ).toEqual([{ kind: "start", fromLevel: null, toLevel: 0 }]);
    expect(await systemLevelOf(p.id)).toBe(0);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "component.create", entityId: idOf(d) } });
    expect(audit.after).toMatchObject({ level: 0, claimedLevel: 3 });
  });

  it("imports with provenance: source project, component and the review that earned its level", async () => {
    const source = await makeProject(t.db, { owners: [cast.otherResearcher.id], levels: [5] });
    const earned = await makeReview(t.db, {
      projectId: source.id,
      componentIds: source.componentIds,
      level: 4,
      status: "graduated",
      authorId: cast.otherResearcher.id,
      seats: [],
    });
    await t.db.levelTransition.create({
      data: {
        projectId: source.id,
        componentId: source.componentIds[0]!,
        fromLevel: 4,
        toLevel: 5,
        kind: "graduation",
        reviewId: earned.id,
      },
    });
    const p = await makeProject(t.db, { ...members(), levels: [2] });
    const d = await imports.importComponent(cast.contributor, {
      projectId: p.id,
      sourceComponentId: source.componentIds[0]!,
      name: "detector",
    });
    expect(await componentOf(idOf(d))).toMatchObject({
      level: 0,
      claimedLevel: 5,
      sourceProjectId: source.id,
      importedFromId: source.componentIds[0],
      sourceReviewId: earned.id,
    });
    expect(await systemLevelOf(p.id)).toBe(0);
  });

  it("imports an unconfirmed claim as no claim (a claim of a claim would skip the entry review)", async () => {
    const source = await makeProject(t.db, { owners: [cast.otherResearcher.id], levels: [0] });
    await t.db.component.update({ where: { id: source.componentIds[0]! }, data: { claimedLevel: 8 } });
    const p = await makeProject(t.db, { ...members(), levels: [] });
    const d = await imports.importComponent(cast.owner, {
      projectId: p.id,
      sourceComponentId: source.componentIds[0]!,
    });
    expect(await componentOf(idOf(d))).toMatchObject({ level: 0, claimedLevel: null });
  });
});

describe("archiving the weakest link", () => {
  it("records its own event and tells the managers, the owners and the chair of the last review", async () => {
    const chair = await makeUser(t.db, ["reviewer"], ["research_lead"], "Last chair");
    const p = await makeProject(t.db, { ...members(), levels: [2, 5] });
    await makeReview(t.db, {
      projectId: p.id,
      componentIds: [p.componentIds[1]!],
      level: 4,
      status: "graduated",
      authorId: cast.owner.id,
      seats: [{ userId: chair.id, discipline: "research_lead", isChair: true }],
    });
    const d = await imports.archiveComponent(cast.contributor, { componentId: p.componentIds[0]!, reason: "Dropped." });
    expect(d).toEqual({ ok: true, value: { systemLevel: 5 } });
    const event = await t.db.auditEvent.findFirstOrThrow({
      where: { entityId: p.componentIds[0]!, action: { startsWith: "component.archive" } },
    });
    expect(event.action).toBe("component.archive_weakest_link");
    expect(event.before).toMatchObject({ systemLevel: 2 });
    expect(event.after).toMatchObject({ systemLevel: 5 });
    const told = (
      await t.db.notification.findMany({
        where: { projectId: p.id, kind: "project.weakest_link_archived" },
        select: { userId: true },
      })
    ).map((n) => n.userId);
    expect(told).toEqual(expect.arrayContaining([cast.manager.id, cast.owner.id, chair.id]));
    expect(told).not.toContain(cast.contributor.id);
  });

  it("archives a component that is not the weakest link as a plain archive", async () => {
    const p = await makeProject(t.db, { ...members(), levels: [2, 5] });
    await imports.archiveComponent(cast.owner, { componentId: p.componentIds[1]!, reason: "Dropped." });
    expect(await t.db.auditEvent.count({ where: { entityId: p.componentIds[1]!, action: "component.archive" } })).toBe(
      1,
    );
    expect(await t.db.notification.count({ where: { projectId: p.id } })).toBe(0);
  });
});

describe("entry reviews", () => {
  it("refuses a gate review on a claimed component and an entry review at another level", async () => {
    const p = await makeProject(t.db, { ...members(), levels: [] });
    const c = idOf(
      await components.createComponent(cast.owner, {
        projectId: p.id,
        name: "pretrained",
        kind: "model",
        claimedLevel: 3,
        description: "",
        versions: {},
      }),
    );
    expect(
      codes(await drafts.openReviewDraft(cast.owner, { projectId: p.id, level: 0, kind: "gate", componentIds: [c] })),
    ).toEqual(["component_claim_pending"]);
    expect(
      codes(await drafts.openReviewDraft(cast.owner, { projectId: p.id, level: 4, kind: "entry", componentIds: [c] })),
    ).toEqual(["component_claim_differs"]);
  });

  it("confirms a claim with that level's criteria and panel: 0 → 3 by an entry transition", async () => {
    const p = await makeProject(t.db, { ...members(), levels: [3], requirements: true });
    const c = idOf(
      await components.createComponent(cast.contributor, {
        projectId: p.id,
        name: "pretrained",
        kind: "model",
        claimedLevel: 3,
        description: "",
        versions: {},
      }),
    );
    expect(await systemLevelOf(p.id)).toBe(0);
    const draft = await drafts.openReviewDraft(cast.contributor, {
      projectId: p.id,
      level: 3,
      kind: "entry",
      componentIds: [c],
    });
    expect(draft.ok).toBe(true);
    const reviewId = idOf(draft);
    expect(await t.db.review.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({ kind: "entry", level: 3 });
    // The submit checks of level 3 apply: criteria, ethics, panel.
    const refused = codes(await life.submitReview(cast.contributor, { reviewId }));
    expect(refused).toEqual(
      expect.arrayContaining(["criterion_not_addressed", "ethics_unanswered", "panel_missing_discipline"]),
    );
    const keys = levelDefinition(defaultLevelDefinitions, 3)!.criteria.map((x) => x.key);
    expect(
      (
        await drafts.editReviewDraft(cast.contributor, {
          reviewId,
          criteria: keys.map((key) => ({ key, state: "done" as const, evidenceUrl: "https://example.org/e" })),
          ethics: defaultEthicsTemplate.items.map((i) => ({ key: i.key, answer: "yes" as const, note: "Checked." })),
        })
      ).ok,
    ).toBe(true);
    const ai = await makeUser(t.db, ["reviewer"], ["applied_ai"], "AI");
    const se = await makeUser(t.db, ["reviewer"], ["software_engineer"], "SE");
    expect(
      (
        await panel.seatPanel(cast.contributor, {
          reviewId,
          seats: [
            { userId: ai.id, discipline: "applied_ai", isChair: true },
            { userId: se.id, discipline: "software_engineer", isChair: false },
          ],
        })
      ).ok,
    ).toBe(true);
    expect((await life.submitReview(cast.contributor, { reviewId })).ok).toBe(true);
    await votes.castVote(ai, { reviewId, pinRound: 0, choice: "graduate", tasks: [], comment: "" });
    expect(await componentOf(c)).toMatchObject({ level: 0, claimedLevel: 3 });
    await votes.castVote(se, { reviewId, pinRound: 0, choice: "graduate", tasks: [], comment: "" });
    expect(await componentOf(c)).toMatchObject({ level: 3, claimedLevel: null });
    expect(
      await t.db.levelTransition.findFirst({
        where: { componentId: c, kind: "entry" },
        select: { fromLevel: true, toLevel: true, reviewId: true },
      }),
    ).toEqual({ fromLevel: 0, toLevel: 3, reviewId });
    expect(await systemLevelOf(p.id)).toBe(3);
  });

  it("needs a panel even at level 9 (no required seats): an empty panel never confirms", async () => {
    const p = await makeProject(t.db, { ...members(), levels: [] });
    const c = idOf(
      await components.createComponent(cast.owner, {
        projectId: p.id,
        name: "vendor",
        kind: "model",
        claimedLevel: 9,
        description: "",
        versions: {},
      }),
    );
    const reviewId = idOf(
      await drafts.openReviewDraft(cast.owner, { projectId: p.id, level: 9, kind: "entry", componentIds: [c] }),
    );
    expect(codes(await life.submitReview(cast.owner, { reviewId }))).toContain("panel_chair_count");
  });
});

describe("withdrawing a claim", () => {
  it("is the owner's: the component then proceeds from 0 through gate reviews", async () => {
    const p = await makeProject(t.db, { ...members(), levels: [] });
    const c = idOf(
      await components.createComponent(cast.owner, {
        projectId: p.id,
        name: "reused",
        kind: "model",
        claimedLevel: 6,
        description: "",
        versions: {},
      }),
    );
    expect(codes(await claims.withdrawComponentClaim(cast.contributor, { componentId: c, reason: "No." }))).toEqual([
      "forbidden",
    ]);
    expect(await claims.withdrawComponentClaim(cast.owner, { componentId: c, reason: "We earn it." })).toEqual({
      ok: true,
      value: { id: c },
    });
    expect(await componentOf(c)).toMatchObject({ level: 0, claimedLevel: null });
    expect(codes(await claims.withdrawComponentClaim(cast.owner, { componentId: c, reason: "Again." }))).toEqual([
      "component_not_claimed",
    ]);
    expect(
      (await drafts.openReviewDraft(cast.owner, { projectId: p.id, level: 0, kind: "gate", componentIds: [c] })).ok,
    ).toBe(true);
    expect(await t.db.auditEvent.count({ where: { entityId: c, action: "component.withdraw_claim" } })).toBe(1);
  });

  it("is refused while an entry review covers the component", async () => {
    const p = await makeProject(t.db, { ...members(), levels: [] });
    const c = idOf(
      await components.createComponent(cast.owner, {
        projectId: p.id,
        name: "reused",
        kind: "model",
        claimedLevel: 2,
        description: "",
        versions: {},
      }),
    );
    expect(
      (await drafts.openReviewDraft(cast.owner, { projectId: p.id, level: 2, kind: "entry", componentIds: [c] })).ok,
    ).toBe(true);
    expect(codes(await claims.withdrawComponentClaim(cast.owner, { componentId: c, reason: "x" }))).toEqual([
      "component_under_review",
    ]);
  });
});

describe("the database backs the rules", () => {
  it("refuses a claim on a component above 0 and an entry transition that does not leave 0", async () => {
    const p = await makeProject(t.db, { ...members(), levels: [3] });
    await expect(
      t.db.component.update({ where: { id: p.componentIds[0]! }, data: { claimedLevel: 5 } }),
    ).rejects.toThrow();
    await expect(
      t.db.levelTransition.create({
        data: { projectId: p.id, componentId: p.componentIds[0]!, fromLevel: 3, toLevel: 5, kind: "entry" },
      }),
    ).rejects.toThrow();
  });
});
