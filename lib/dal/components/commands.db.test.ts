import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "@/test/db";
import { makeCast, makeProject, makeReview, type RoleName, openAppDatabase } from "@/test/gate-fixtures";

/** Project and component commands against real Postgres: levels, transitions, system level, refusals. */
/** The createProject fields these tests leave at their defaults. */
const NO_EXTRAS = { owners: [], contributors: [], components: [], tldr: "" };
let t: TestDb;
let closeDb: () => Promise<void>;
let components: typeof import("@/lib/dal/components/commands");
let projects: typeof import("@/lib/dal/projects/commands");
let cast: Record<RoleName, SessionUser>;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  components = await import("@/lib/dal/components/commands");
  projects = await import("@/lib/dal/projects/commands");
  cast = await makeCast(t.db);
});

afterAll(async () => {
  await closeDb?.();
});

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));
const levelOf = async (id: string) => (await t.db.component.findUniqueOrThrow({ where: { id } })).level;
const systemLevelOf = async (id: string) => (await t.db.project.findUniqueOrThrow({ where: { id } })).systemLevel;

describe("projects", () => {
  it("creates a project with the creator as owner, the next index of its track and a free slug", async () => {
    const a = await projects.createProject(cast.manager, {
      name: "Défaut detector",
      description: "",
      track: "product",
      tags: ["vision"],
      ...NO_EXTRAS,
    });
    const b = await projects.createProject(cast.otherResearcher, {
      name: "Défaut detector",
      description: "",
      track: "product",
      tags: [],
      ...NO_EXTRAS,
    });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.value.slug).toBe("defaut-detector");
    expect(b.value.slug).toBe("defaut-detector-2");
    const [pa, pb] = await Promise.all(
      [a, b].map((x) =>
        t.db.project.findUniqueOrThrow({ where: { id: x.ok ? x.value.id : "" }, include: { members: true } }),
      ),
    );
    expect(pb!.index).toBe(pa!.index + 1);
    expect(pa!.members).toMatchObject([{ userId: cast.manager.id, role: "owner" }]);
    expect(await t.db.auditEvent.count({ where: { action: "project.create", entityId: a.value.id } })).toBe(1);
  });

  it("refuses creation to a user without a creating role", async () => {
    expect(
      codes(
        await projects.createProject(cast.seatedReviewer, {
          name: "X",
          description: "",
          track: "research",
          tags: [],
          ...NO_EXTRAS,
        }),
      ),
    ).toEqual(["forbidden"]);
  });

  it("pauses and resumes by an owner; refuses a contributor and a repeated pause", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], contributors: [cast.contributor.id], levels: [1] });
    expect(
      codes(await projects.setProjectStatus(cast.contributor, { projectId: p.id, reason: "Budget.", to: "paused" })),
    ).toEqual(["forbidden"]);
    expect(await projects.setProjectStatus(cast.owner, { projectId: p.id, reason: "Budget.", to: "paused" })).toEqual({
      ok: true,
      value: { status: "paused" },
    });
    expect(
      codes(await projects.setProjectStatus(cast.admin, { projectId: p.id, reason: "Again.", to: "paused" })),
    ).toEqual(["project_status_unchanged"]);
    expect((await projects.setProjectStatus(cast.admin, { projectId: p.id, reason: "Funded.", to: "active" })).ok).toBe(
      true,
    );
    expect(
      await t.db.auditEvent.count({ where: { entityId: p.id, action: { in: ["project.pause", "project.resume"] } } }),
    ).toBe(2);
  });
});

describe("components", () => {
  it("creates a component at level 0 with a start transition; a higher level is only a claim", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [] });
    expect(await systemLevelOf(p.id)).toBeNull();
    const d = await components.createComponent(cast.owner, {
      projectId: p.id,
      name: "resnet",
      kind: "model",
      claimedLevel: 3,
      description: "",
      versions: { model: "2.1.0" },
    });
    expect(d.ok).toBe(true);
    const id = d.ok ? d.value.id : "";
    expect(
      await t.db.levelTransition.findMany({
        where: { componentId: id },
        select: { kind: true, fromLevel: true, toLevel: true },
      }),
    ).toEqual([{ kind: "start", fromLevel: null, toLevel: 0 }]);
    expect(await levelOf(id)).toBe(0);
    expect(await systemLevelOf(p.id)).toBe(0);
    expect(
      codes(
        await components.createComponent(cast.owner, {
          projectId: p.id,
          name: "resnet",
          kind: "model",
          description: "",
          versions: {},
        }),
      ),
    ).toEqual(["component_name_taken"]);
  });

  it("refuses new components on an archived project and to non-editors", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [], status: "archived" });
    const input = { projectId: p.id, name: "x", kind: "model" as const, description: "", versions: {} };
    expect(codes(await components.createComponent(cast.owner, input))).toEqual(["project_archived"]);
    expect(codes(await components.createComponent(cast.manager, input))).toEqual(["forbidden"]);
  });

  it("moves a deployed component back to L7 on a new version (embedded), and refuses a version that does not increase", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [9] });
    const [id] = p.componentIds as [string];
    expect(
      codes(
        await components.bumpComponentVersion(cast.owner, {
          componentId: id,
          versions: { code: "0.1.0" },
          changelog: "Same.",
        }),
      ),
    ).toEqual(["version_not_increasing"]);
    expect(
      await components.bumpComponentVersion(cast.contributor, {
        componentId: id,
        versions: { code: "0.2.0" },
        changelog: "x",
      }),
    ).toMatchObject({ ok: false });
    expect(
      await components.bumpComponentVersion(cast.owner, {
        componentId: id,
        versions: { code: "0.2.0" },
        changelog: "Faster.",
      }),
    ).toEqual({ ok: true, value: { level: 7, switchedBack: true, repinnedReviewIds: [] } });
    expect(await levelOf(id)).toBe(7);
    expect(
      await t.db.levelTransition.findFirst({
        where: { componentId: id, kind: "embedded" },
        select: { fromLevel: true, toLevel: true },
      }),
    ).toEqual({ fromLevel: 9, toLevel: 7 });
    expect(
      await t.db.componentVersion.findMany({
        where: { componentId: id },
        select: { codeVersion: true, changelog: true },
      }),
    ).toEqual([{ codeVersion: "0.2.0", changelog: "Faster." }]);
    expect(await systemLevelOf(p.id)).toBe(7);
  });

  it("takes discovery switchbacks (members) and embedded ones (owners, predefined paths only)", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], contributors: [cast.contributor.id], levels: [4, 5] });
    const [a, b] = p.componentIds as [string, string];
    const sb = (user: SessionUser, kind: "discovery" | "embedded", componentId: string, toLevel: number) =>
      components.switchbackComponent(user, { kind, componentId, toLevel, reason: "Sim-to-real gap." });
    expect(codes(await sb(cast.admin, "discovery", b, 3))).toEqual(["forbidden"]);
    expect(await sb(cast.contributor, "discovery", b, 3)).toEqual({ ok: true, value: { level: 3 } });
    expect(codes(await sb(cast.contributor, "embedded", a, 2))).toEqual(["forbidden"]);
    expect(codes(await sb(cast.owner, "embedded", b, 1))).toEqual(["embedded_path_invalid"]);
    expect(await sb(cast.owner, "embedded", a, 2)).toEqual({ ok: true, value: { level: 2 } });
    expect(await systemLevelOf(p.id)).toBe(2);
    expect(
      await t.db.levelTransition.count({ where: { projectId: p.id, kind: { in: ["discovery", "embedded"] } } }),
    ).toBe(2);
  });

  it("refuses a switchback while the component is under a live review", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [3] });
    await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 3,
      status: "draft",
      authorId: cast.owner.id,
      seats: [],
    });
    const d = await components.switchbackComponent(cast.owner, {
      kind: "discovery",
      componentId: p.componentIds[0]!,
      toLevel: 1,
      reason: "Gap.",
    });
    expect(codes(d)).toEqual(["component_under_review"]);
    expect(await levelOf(p.componentIds[0]!)).toBe(3);
  });
});
