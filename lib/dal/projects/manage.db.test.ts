import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { saveCardSectionSchema } from "@/lib/schemas/card";
import { openReviewDraftSchema } from "@/lib/schemas/review";
import { updateProjectSchema, type UpdateProjectInput } from "@/lib/schemas/project";
import type { TestDb } from "@/test/db";
import { makeCast, makeProject, makeReview, openAppDatabase, type RoleName } from "@/test/gate-fixtures";

/** Editing a project (compare-and-set on its version) and archiving it, and the doors an archived project closes. */
let t: TestDb;
let closeDb: () => Promise<void>;
let manage: typeof import("@/lib/dal/projects/manage");
let projects: typeof import("@/lib/dal/projects/commands");
let components: typeof import("@/lib/dal/components/commands");
let cards: typeof import("@/lib/dal/cards/revisions");
let drafts: typeof import("@/lib/dal/reviews/drafts");
let cast: Record<RoleName, SessionUser>;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  manage = await import("@/lib/dal/projects/manage");
  projects = await import("@/lib/dal/projects/commands");
  components = await import("@/lib/dal/components/commands");
  cards = await import("@/lib/dal/cards/revisions");
  drafts = await import("@/lib/dal/reviews/drafts");
  cast = await makeCast(t.db);
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));
const fresh = () => makeProject(t.db, { owners: [cast.owner.id], contributors: [cast.contributor.id], levels: [0] });
const edit = (user: SessionUser, input: Partial<UpdateProjectInput> & { projectId: string }) =>
  manage.updateProject(
    user,
    updateProjectSchema.parse({
      version: 0,
      name: "Renamed",
      track: "research",
      owners: [cast.owner.id],
      contributors: [cast.contributor.id],
      ...input,
    }),
  );

describe("updateProject", () => {
  it("saves details and people with compare-and-set; a stale form is refused, not overwritten", async () => {
    const p = await fresh();
    const r = await edit(cast.owner, { projectId: p.id, tags: ["Vision"], contributors: [cast.otherResearcher.id] });
    expect(r).toMatchObject({ ok: true, value: { version: 1 } });
    const row = await t.db.project.findUniqueOrThrow({ where: { id: p.id }, include: { members: true } });
    expect(row).toMatchObject({ name: "Renamed", tags: ["vision"], version: 1 });
    expect(row.members.map((m) => [m.userId, m.role]).sort()).toEqual(
      [
        [cast.owner.id, "owner"],
        [cast.otherResearcher.id, "contributor"],
      ].sort(),
    );
    // A second editor who read version 0 is refused.
    expect(codes(await edit(cast.manager, { projectId: p.id, name: "Other" }))).toEqual(["changed_meanwhile"]);
    expect(await t.db.auditEvent.count({ where: { entityId: p.id, action: "project.update" } })).toBe(1);
    expect(await t.db.notification.count({ where: { projectId: p.id, userId: cast.otherResearcher.id } })).toBe(1);
  });

  it("gives a new ID in the new track; refuses contributors and reviewers; lets a manager edit", async () => {
    const p = await fresh();
    expect(codes(await edit(cast.contributor, { projectId: p.id }))).toEqual(["forbidden"]);
    expect(codes(await edit(cast.seatedReviewer, { projectId: p.id }))).toEqual(["forbidden"]);
    const before = await t.db.project.aggregate({ where: { track: "product" }, _max: { index: true } });
    expect((await edit(cast.manager, { projectId: p.id, track: "product" })).ok).toBe(true);
    const row = await t.db.project.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ track: "product", index: (before._max.index ?? 0) + 1 });
  });

  it("refuses to make a member of someone seated on the project's live review", async () => {
    const p = await fresh();
    await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 0,
      status: "open",
      authorId: cast.owner.id,
      seats: [{ userId: cast.seatedReviewer.id, discipline: "research_lead", isChair: true }],
    });
    expect(codes(await edit(cast.owner, { projectId: p.id, contributors: [cast.seatedReviewer.id] }))).toEqual([
      "member_seated",
    ]);
  });
});

describe("archiveProject", () => {
  it("refuses while a review is live, archives with a reason, then closes every door", async () => {
    const p = await fresh();
    const live = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 0,
      status: "draft",
      authorId: cast.owner.id,
      seats: [],
    });
    const archive = (u: SessionUser) => manage.archiveProject(u, { projectId: p.id, reason: "Superseded." });
    expect(codes(await archive(cast.contributor))).toEqual(["forbidden"]);
    expect(codes(await archive(cast.owner))).toEqual(["archive_with_live_reviews"]);
    await t.db.review.update({ where: { id: live.id }, data: { status: "withdrawn", withdrawnAt: new Date() } });
    expect(await archive(cast.manager)).toEqual({ ok: true, value: { status: "archived" } });
    expect(codes(await archive(cast.owner))).toEqual(["project_archived"]);

    const card = await cards.saveCardSection(
      cast.owner,
      saveCardSectionSchema.parse({ projectId: p.id, baseRevision: 0, section: "tldr", value: { tldr: "Late." } }),
    );
    expect(codes(card)).toEqual(["project_archived"]);
    const component = await components.createComponent(cast.owner, {
      projectId: p.id,
      name: "late",
      kind: "model",
      description: "",
      versions: {},
    });
    expect(codes(component)).toEqual(["project_archived"]);
    const review = await drafts.openReviewDraft(
      cast.owner,
      openReviewDraftSchema.parse({ projectId: p.id, level: 0, componentIds: p.componentIds }),
    );
    expect(codes(review).length).toBeGreaterThan(0);
    expect(codes(await edit(cast.owner, { projectId: p.id, version: 1 }))).toEqual(["project_archived"]);
    expect(codes(await projects.setProjectStatus(cast.owner, { projectId: p.id, reason: "x", to: "paused" }))).toEqual([
      "project_archived",
    ]);
    // History stays: the project, its components and the audit are all still there.
    expect(await t.db.component.count({ where: { projectId: p.id } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { entityId: p.id, action: "project.archive" } })).toBe(1);

    // It leaves the list unless asked for; "My projects" lists the viewer's own.
    const { listProjectsPageFor } = await import("@/lib/dal/projects/read-list");
    const slugs = async (viewer: SessionUser, params: { mine?: boolean; archived?: boolean }) =>
      (await listProjectsPageFor(t.db, viewer, { query: p.slug, page: 1, ...params })).rows.map((r) => r.slug);
    expect(await slugs(cast.owner, {})).toEqual([]);
    expect(await slugs(cast.owner, { archived: true })).toEqual([p.slug]);
    expect(await slugs(cast.owner, { archived: true, mine: true })).toEqual([p.slug]);
    expect(await slugs(cast.otherResearcher, { archived: true, mine: true })).toEqual([]);
  });
});
