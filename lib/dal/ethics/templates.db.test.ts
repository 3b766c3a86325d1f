import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { defaultEthicsTemplate } from "@/lib/domain/ethics";
import { openReviewDraftSchema } from "@/lib/schemas/review";
import type { TestDb } from "@/test/db";
import {
  makeCast,
  makeProject,
  makeReview,
  makeUser,
  referenceData,
  requiredSeats,
  type RoleName,
  openAppDatabase,
} from "@/test/gate-fixtures";

/**
 * Ethics checklist versions, and components across projects (import keeps level and links the
 * source; archive leaves the system level to the remaining components), on real Postgres.
 */
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth", () => ({ requireUser: async () => session.user, getSessionUser: async () => session.user }));

let t: TestDb;
let closeDb: () => Promise<void>;
let ethics: typeof import("@/lib/dal/ethics/templates");
let imports: typeof import("@/lib/dal/components/import-archive");
let drafts: typeof import("@/lib/dal/reviews/drafts");
let cast: Record<RoleName, SessionUser>;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  ethics = await import("@/lib/dal/ethics/templates");
  imports = await import("@/lib/dal/components/import-archive");
  drafts = await import("@/lib/dal/reviews/drafts");
  cast = await makeCast(t.db);
  await referenceData(t.db);
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));
const items = [
  ...defaultEthicsTemplate.items,
  { key: "environment", label: "Environmental cost of training was considered." },
];

describe("ethics checklist versions", () => {
  it("publishes a new version as a new row; a review keeps the version it was opened with, new drafts take the newest", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [0] });
    const seats = requiredSeats(0, [cast.seatedReviewer.id]);
    const old = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 0,
      status: "open",
      authorId: cast.owner.id,
      seats,
    });
    const v1 = await t.db.ethicsTemplate.findUniqueOrThrow({ where: { version: 1 } });

    const d = await ethics.publishEthicsTemplate(cast.admin, { baseVersion: 1, items });
    expect(d.ok && d.value.version).toBe(2);
    expect((await t.db.ethicsTemplate.findUniqueOrThrow({ where: { version: 1 } })).items).toEqual(v1.items);
    expect((await t.db.review.findUniqueOrThrow({ where: { id: old.id } })).ethicsTemplateId).toBe(v1.id);
    expect(
      await t.db.auditEvent.count({ where: { action: "ethics_template.publish", entityId: d.ok ? d.value.id : "" } }),
    ).toBe(1);

    const p2 = await makeProject(t.db, { owners: [cast.owner.id], levels: [0] });
    const draft = await drafts.openReviewDraft(
      cast.owner,
      openReviewDraftSchema.parse({ projectId: p2.id, level: 0, componentIds: p2.componentIds }),
    );
    expect(draft.ok).toBe(true);
    const review = await t.db.review.findUniqueOrThrow({
      where: { id: draft.ok ? draft.value.id : "" },
      include: { ethicsTemplate: true },
    });
    expect(review.ethicsTemplate?.version).toBe(2);
  });

  it("refuses non-admins, a stale base version, an unchanged checklist and invalid items", async () => {
    const latest = (await t.db.ethicsTemplate.findFirstOrThrow({ orderBy: { version: "desc" } })).version;
    expect(codes(await ethics.publishEthicsTemplate(cast.manager, { baseVersion: latest, items }))).toEqual([
      "forbidden",
    ]);
    expect(codes(await ethics.publishEthicsTemplate(cast.admin, { baseVersion: latest - 1, items }))).toEqual([
      "ethics_template_changed",
    ]);
    expect(codes(await ethics.publishEthicsTemplate(cast.admin, { baseVersion: latest, items }))).toEqual([
      "ethics_template_unchanged",
    ]);
    expect(
      codes(
        await ethics.publishEthicsTemplate(cast.admin, {
          baseVersion: latest,
          items: [
            { key: "a", label: "A" },
            { key: "a", label: "B" },
          ],
        }),
      ),
    ).toEqual(["ethics_item_duplicate"]);
  });

  it("lets one of two simultaneous publishes from the same version win", async () => {
    const latest = (await t.db.ethicsTemplate.findFirstOrThrow({ orderBy: { version: "desc" } })).version;
    const results = await Promise.all([
      ethics.publishEthicsTemplate(cast.admin, { baseVersion: latest, items: [{ key: "one", label: "One" }] }),
      ethics.publishEthicsTemplate(cast.admin, { baseVersion: latest, items: [{ key: "two", label: "Two" }] }),
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.reasons[0]!.code)).sort()).toEqual(["ethics_template_changed", "ok"]);
    expect(await t.db.ethicsTemplate.count({ where: { version: latest + 1 } })).toBe(1);
  });
});

describe("components across projects", () => {
  it("imports a component at 0 claiming its level, keeping its versions, with a start transition linking the source", async () => {
    const source = await makeProject(t.db, { owners: [cast.otherResearcher.id], levels: [4] });
    await t.db.component.update({ where: { id: source.componentIds[0] }, data: { modelVersion: "2.1.0" } });
    const target = await makeProject(t.db, { owners: [cast.owner.id], levels: [6] });
    const d = await imports.importComponent(cast.owner, {
      projectId: target.id,
      sourceComponentId: source.componentIds[0]!,
      name: "shared-model",
    });
    expect(d.ok).toBe(true);
    const c = await t.db.component.findUniqueOrThrow({
      where: { id: d.ok ? d.value.id : "" },
      include: { transitions: true },
    });
    expect(c).toMatchObject({
      name: "shared-model",
      level: 0,
      claimedLevel: 4,
      modelVersion: "2.1.0",
      importedFromId: source.componentIds[0],
      sourceProjectId: source.id,
    });
    expect(c.transitions).toMatchObject([{ kind: "start", fromLevel: null, toLevel: 0 }]);
    expect(c.transitions[0]!.reason).toContain(
      `/projects/${source.slug}/components#component-${source.componentIds[0]}`,
    );
    // The claim counts at its confirmed level 0 until an entry review of this project confirms it.
    expect((await t.db.project.findUniqueOrThrow({ where: { id: target.id } })).systemLevel).toBe(0);
    expect(
      codes(
        await imports.importComponent(cast.owner, {
          projectId: target.id,
          sourceComponentId: source.componentIds[0]!,
          name: "shared-model",
        }),
      ),
    ).toEqual(["component_name_taken"]);
    expect(codes(await imports.importComponent(cast.owner, { projectId: target.id, sourceComponentId: c.id }))).toEqual(
      ["import_same_project"],
    );
    expect(
      codes(
        await imports.importComponent(cast.otherResearcher, {
          projectId: target.id,
          sourceComponentId: source.componentIds[0]!,
        }),
      ),
    ).toEqual(["forbidden"]);
  });

  it("archives a component, moving the system level to the remaining ones; refused under a live review", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], contributors: [cast.contributor.id], levels: [1, 5] });
    const d = await imports.archiveComponent(cast.contributor, {
      componentId: p.componentIds[0]!,
      reason: "Replaced.",
    });
    expect(d).toEqual({ ok: true, value: { systemLevel: 5 } });
    expect(
      codes(await imports.archiveComponent(cast.owner, { componentId: p.componentIds[0]!, reason: "Again." })),
    ).toEqual(["component_archived"]);
    const more = [await makeUser(t.db, ["reviewer"], [], "Third"), await makeUser(t.db, ["reviewer"], [], "Fourth")];
    const seats = requiredSeats(5, [cast.seatedReviewer.id, cast.unseatedReviewer.id, ...more.map((u) => u.id)]);
    await makeReview(t.db, {
      projectId: p.id,
      componentIds: [p.componentIds[1]!],
      level: 5,
      status: "draft",
      authorId: cast.owner.id,
      seats,
    });
    expect(
      codes(await imports.archiveComponent(cast.owner, { componentId: p.componentIds[1]!, reason: "No." })),
    ).toEqual(["component_under_review"]);
    expect(
      codes(await imports.archiveComponent(cast.otherResearcher, { componentId: p.componentIds[1]!, reason: "No." })),
    ).toEqual(["forbidden"]);
    // 1 → 5 without a review: recorded as its own kind of archive (the weakest link).
    expect(await t.db.auditEvent.count({ where: { projectId: p.id, action: "component.archive_weakest_link" } })).toBe(
      1,
    );
  });
});
