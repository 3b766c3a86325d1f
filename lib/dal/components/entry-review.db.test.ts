import { describe, expect, it } from "vitest";
import { defaultEthicsTemplate } from "@/lib/domain/ethics";
import { defaultLevelDefinitions, levelDefinition } from "@/lib/domain/levels";
import { makeProject, makeUser } from "@/test/gate-fixtures";
import {
  t,
  components,
  claims,
  drafts,
  panel,
  life,
  votes,
  cast,
  setupComponentEntryDb,
  codes,
  idOf,
  systemLevelOf,
  componentOf,
  members,
} from "@/lib/dal/components/entry-fixtures";

/**
 * A claimed level is confirmed only by an entry review at that level (its criteria and panel);
 * the owner may withdraw a claim, not while an entry review covers it; the database backs both.
 */
setupComponentEntryDb();

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
