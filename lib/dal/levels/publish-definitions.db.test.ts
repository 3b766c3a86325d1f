import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { defaultLevelDefinitions, type LevelDefinition } from "@/lib/domain/levels";
import type { PublishLevelDefinitionsData } from "@/lib/schemas/levels";
import { openReviewDraftSchema } from "@/lib/schemas/review";
import type { TestDb } from "@/test/db";
import {
  makeCast,
  makeProject,
  makeReview,
  referenceData,
  requiredSeats,
  type RoleName,
  openAppDatabase,
} from "@/test/gate-fixtures";

/**
 * Publishing level definitions (a new version, compare-and-set on the version edited from) and
 * pinning: a review keeps the version it was drafted under for its editor, page and submit.
 */
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth", () => ({ requireUser: async () => session.user, getSessionUser: async () => session.user }));

let t: TestDb;
let closeDb: () => Promise<void>;
let levels: typeof import("./publish-definitions");
let reads: typeof import("./read-definition-versions");
let drafts: typeof import("@/lib/dal/reviews/drafts");
let life: typeof import("@/lib/dal/reviews/lifecycle");
let editor: typeof import("@/lib/dal/reviews/read-draft-editor");
let cast: Record<RoleName, SessionUser>;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  levels = await import("./publish-definitions");
  reads = await import("./read-definition-versions");
  drafts = await import("@/lib/dal/reviews/drafts");
  life = await import("@/lib/dal/reviews/lifecycle");
  editor = await import("@/lib/dal/reviews/read-draft-editor");
  cast = await makeCast(t.db);
  await referenceData(t.db);
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));
const latestVersion = async () =>
  (await t.db.levelDefinitionSet.findFirstOrThrow({ orderBy: { version: "desc" } })).version;

/** The editor's input: every level as stored, with `change` applied to one. */
function edit(
  baseVersion: number,
  level: number,
  change: (d: LevelDefinition) => Partial<LevelDefinition>,
): PublishLevelDefinitionsData {
  return {
    baseVersion,
    levels: defaultLevelDefinitions.levels.map((d) => {
      const e = { ...d, ...(d.level === level ? change(d) : {}) };
      return {
        level: e.level,
        criteria: e.criteria,
        seats: e.seats,
        cardSections: e.cardSections,
        overdueDays: e.overdueDays,
        chairConfirmation: e.chairConfirmation,
      };
    }),
  };
}

describe("publishing level definitions", () => {
  it("pins: a draft from before keeps version 1 for its editor and submit; a draft opened after takes the new one", async () => {
    const before = await makeProject(t.db, { owners: [cast.owner.id], levels: [0] });
    const old = await makeReview(t.db, {
      projectId: before.id,
      componentIds: before.componentIds,
      level: 0,
      status: "draft",
      authorId: cast.owner.id,
      seats: requiredSeats(0, [cast.seatedReviewer.id]),
    });

    // Version 2: level 0 gains a criterion and needs a researcher seat as well.
    const d = await levels.publishLevelDefinitions(
      cast.admin,
      edit(1, 0, (l) => ({
        criteria: [...l.criteria, { key: "risk_register", label: "Risk register started" }],
        seats: { ...l.seats, researcher: 1 },
        overdueDays: 3,
      })),
    );
    expect(d.ok && d.value.version).toBe(2);
    expect(
      await t.db.auditEvent.count({ where: { action: "level_definitions.publish", entityId: d.ok ? d.value.id : "" } }),
    ).toBe(1);
    const v1 = await t.db.levelDefinitionSet.findUniqueOrThrow({ where: { version: 1 } });
    expect(v1.definitions).toEqual(JSON.parse(JSON.stringify(defaultLevelDefinitions)));

    const oldEditor = await editor.getDraftEditorFor(t.db, cast.owner, old.id);
    expect(oldEditor?.criteria.map((c) => c.key)).toEqual(
      defaultLevelDefinitions.levels[0]!.criteria.map((c) => c.key),
    );
    // Judged by version 1: one research-lead seat is a full panel.
    expect(codes(await life.submitReview(cast.owner, { reviewId: old.id }))).toEqual([]);
    expect(await t.db.review.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      status: "open",
      definitionsVersion: 1,
    });

    const after = await makeProject(t.db, { owners: [cast.owner.id], levels: [0] });
    const draft = await drafts.openReviewDraft(
      cast.owner,
      openReviewDraftSchema.parse({ projectId: after.id, level: 0, componentIds: after.componentIds }),
    );
    const id = draft.ok ? draft.value.id : "";
    const review = await t.db.review.findUniqueOrThrow({ where: { id }, include: { criteria: true } });
    expect(review.definitionsVersion).toBe(2);
    expect(review.criteria.map((c) => c.criterionKey)).toContain("risk_register");
    const fresh = await editor.getDraftEditorFor(t.db, cast.owner, id);
    expect(fresh?.criteria.map((c) => c.key)).toContain("risk_register");
    expect(codes(await life.submitReview(cast.owner, { reviewId: id }))).toContain("panel_missing_discipline");
  });

  it("lists every version newest first with the reviews that use it; admins only", async () => {
    session.user = cast.admin;
    const list = await reads.listLevelDefinitionVersions();
    expect(list.ok && list.value.map((v) => [v.version, v.reviewCount])).toEqual([
      [2, 1],
      [1, 1],
    ]);
    session.user = cast.manager;
    expect(codes(await reads.listLevelDefinitionVersions())).toEqual(["forbidden"]);
  });

  it("refuses non-admins, a stale base version, no change, and invalid levels with the field of each", async () => {
    const v = await latestVersion();
    const reword = edit(v, 9, (l) => ({ criteria: [{ ...l.criteria[0]!, label: "Drift monitored" }] }));
    expect(codes(await levels.publishLevelDefinitions(cast.manager, reword))).toEqual(["forbidden"]);
    expect(codes(await levels.publishLevelDefinitions(cast.admin, { ...reword, baseVersion: v - 1 }))).toEqual([
      "level_definitions_changed",
    ]);
    // Version 2's level 0 differs from the defaults, so send it back as stored.
    const same = edit(v, 0, (l) => ({
      criteria: [...l.criteria, { key: "risk_register", label: "Risk register started" }],
      seats: { ...l.seats, researcher: 1 },
      overdueDays: 3,
    }));
    expect(codes(await levels.publishLevelDefinitions(cast.admin, same))).toEqual(["level_definitions_unchanged"]);
    const bad = await levels.publishLevelDefinitions(
      cast.admin,
      edit(v, 3, (l) => ({
        criteria: [l.criteria[0]!, { ...l.criteria[0]!, label: "Again" }],
        seats: {},
      })),
    );
    expect(bad.ok ? [] : bad.reasons.map((r) => [r.code, r.field])).toEqual([
      ["criterion_key_duplicate", "levels.3.criteria"],
      ["seats_empty", "levels.3.seats"],
    ]);
    expect(await latestVersion()).toBe(v);
  });

  it("lets one of two simultaneous publishes from the same version win", async () => {
    const v = await latestVersion();
    const results = await Promise.all([
      levels.publishLevelDefinitions(
        cast.admin,
        edit(v, 9, () => ({ overdueDays: 10 })),
      ),
      levels.publishLevelDefinitions(
        cast.admin,
        edit(v, 9, () => ({ overdueDays: 20 })),
      ),
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.reasons[0]!.code)).sort()).toEqual(["level_definitions_changed", "ok"]);
    expect(await t.db.levelDefinitionSet.count({ where: { version: v + 1 } })).toBe(1);
  });
});
