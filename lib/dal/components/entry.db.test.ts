import { describe, expect, it } from "vitest";
import { makeProject, makeReview, makeUser } from "@/test/gate-fixtures";
import {
  t,
  components,
  imports,
  cast,
  setupComponentEntryDb,
  idOf,
  systemLevelOf,
  componentOf,
  members,
} from "@/lib/dal/components/entry-fixtures";

/**
 * Regression: a contributor on a level-4 project created a component at 9, imported a level-9
 * component and archived the five level-4 components — the system level went 4 → 9 in seven
 * requests with no review. Now a component starts at 0; a higher level is a claim an entry review
 * confirms; archiving the weakest link is its own audited, announced event.
 */
setupComponentEntryDb();

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
