import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { createProjectSchema, type CreateProjectInput } from "@/lib/schemas/project";
import type { TestDb } from "@/test/db";
import { makeCast, makeUser, openAppDatabase, type RoleName } from "@/test/gate-fixtures";

/** Creating a project in one transaction: members, components, the first card revision, audit, notifications. */
let t: TestDb;
let closeDb: () => Promise<void>;
let projects: typeof import("@/lib/dal/projects/commands");
let cast: Record<RoleName, SessionUser>;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  projects = await import("@/lib/dal/projects/commands");
  cast = await makeCast(t.db);
});

afterAll(async () => {
  await closeDb?.();
});

const create = (user: SessionUser, input: CreateProjectInput) =>
  projects.createProject(user, createProjectSchema.parse(input));
const reasons = (d: { ok: boolean; reasons?: { code: string; field?: string }[] }) =>
  d.ok ? [] : (d.reasons ?? []).map((r) => [r.code, r.field]);

describe("createProject", () => {
  it("creates the project, its members, its components at 0 (claims kept), the card's first revision and the audit", async () => {
    const r = await create(cast.manager, {
      name: "Leaf counter",
      track: "research",
      tags: ["Vision", "team-green"],
      owners: [cast.owner.id],
      contributors: [cast.contributor.id],
      components: [
        { name: "counter", kind: "model" },
        { name: "vendor encoder", kind: "model", claimedLevel: 3 },
      ],
      tldr: "Counts leaves on field photos.",
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = await t.db.project.findUniqueOrThrow({
      where: { id: r.value.id },
      include: { members: true, components: true, transitions: true, cardRevisions: true },
    });
    expect(p.tags).toEqual(["vision", "team-green"]);
    // A manager creating for a team is not made an owner: the picked owners are.
    expect(p.members.map((m) => [m.userId, m.role]).sort()).toEqual(
      [
        [cast.owner.id, "owner"],
        [cast.contributor.id, "contributor"],
      ].sort(),
    );
    expect(p.components.map((c) => [c.name, c.level, c.claimedLevel]).sort()).toEqual([
      ["counter", 0, null],
      ["vendor encoder", 0, 3],
    ]);
    expect(p.systemLevel).toBe(0);
    expect(p.transitions.map((x) => [x.kind, x.fromLevel, x.toLevel])).toEqual([
      ["start", null, 0],
      ["start", null, 0],
    ]);
    expect(p.cardRevisions).toHaveLength(1);
    expect(p.cardRevisions[0]).toMatchObject({ number: 1, changedSections: ["tldr"], authorId: cast.manager.id });
    expect((p.cardRevisions[0]!.content as { tldr: string }).tldr).toBe("Counts leaves on field photos.");
    expect(p.cardRevisions[0]!.summary).toMatch(/^Started from the level 0 template/);
    const audit = await t.db.auditEvent.findMany({ where: { entityId: p.id, action: "project.create" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ owners: [cast.owner.id], contributors: [cast.contributor.id] });
    const told = await t.db.notification.findMany({ where: { projectId: p.id, kind: "project.member_added" } });
    expect(told.map((n) => n.userId).sort()).toEqual([cast.owner.id, cast.contributor.id].sort());
  });

  it("makes the creator the owner when no owner is picked, and never names a project like a page", async () => {
    const r = await create(cast.otherResearcher, { name: "New" });
    expect(r.ok && r.value.slug).toBe("new-project");
    if (!r.ok) return;
    const members = await t.db.projectMember.findMany({ where: { projectId: r.value.id } });
    expect(members.map((m) => [m.userId, m.role])).toEqual([[cast.otherResearcher.id, "owner"]]);
    expect(await t.db.project.findUniqueOrThrow({ where: { id: r.value.id } })).toMatchObject({ systemLevel: null });
  });

  it("refuses every problem at once and writes nothing", async () => {
    const gone = await makeUser(t.db, ["researcher"], [], "Gone");
    await t.db.user.update({ where: { id: gone.id }, data: { active: false } });
    const before = await t.db.project.count();
    const r = await create(cast.owner, {
      name: "Refused",
      owners: [cast.owner.id, "nobody-here"],
      contributors: [gone.id, cast.owner.id],
      components: [
        { name: "Net", kind: "model" },
        { name: " net ", kind: "dataset" },
      ],
    });
    expect(reasons(r)).toEqual([
      ["member_unknown", "owners.1"],
      ["member_inactive", "contributors.0"],
      ["member_twice", "contributors.1"],
      ["component_name_taken", "components.1.name"],
    ]);
    expect(await t.db.project.count()).toBe(before);
    expect(await t.db.component.count({ where: { name: "Net" } })).toBe(0);
  });

  it("refuses a reviewer-only user whatever the input", async () => {
    expect(reasons(await create(cast.seatedReviewer, { name: "No" }))).toEqual([["forbidden", undefined]]);
  });
});
