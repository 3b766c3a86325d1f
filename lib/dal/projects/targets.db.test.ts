import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { setTargetSchema } from "@/lib/schemas/target";
import type { TestDb } from "@/test/db";
import { makeCast, makeProject, type RoleName, openAppDatabase } from "@/test/gate-fixtures";

/** Setting a project's target: who may, what is refused, and the audit event written with it. */
let t: TestDb;
let closeDb: () => Promise<void>;
let targets: typeof import("@/lib/dal/projects/targets");
let cast: Record<RoleName, SessionUser>;
let project: { id: string };

const NOW = new Date("2026-06-01T12:00:00Z");
const input = (targetLevel: string, targetDate: string, projectId = project.id) =>
  setTargetSchema.parse({ projectId, targetLevel, targetDate });
const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  targets = await import("@/lib/dal/projects/targets");
  cast = await makeCast(t.db);
  project = await makeProject(t.db, { owners: [cast.owner.id], contributors: [cast.contributor.id], levels: [3, 4] });
});

afterAll(async () => {
  await closeDb?.();
});

describe("setProjectTarget", () => {
  it.each<[RoleName, string[]]>([
    ["owner", []],
    ["manager", []],
    ["admin", []],
    ["contributor", ["forbidden"]],
    ["otherResearcher", ["forbidden"]],
    ["seatedReviewer", ["forbidden"]],
  ])("%s", async (role, expected) => {
    const before = await t.db.project.findUniqueOrThrow({ where: { id: project.id }, select: { version: true } });
    const d = await targets.setProjectTarget(cast[role], input("5", "2026-12-31"), NOW);
    expect(codes(d)).toEqual(expected);
    const after = await t.db.project.findUniqueOrThrow({
      where: { id: project.id },
      select: { version: true, targetLevel: true, targetDate: true },
    });
    expect(after.version).toBe(before.version + (expected.length ? 0 : 1));
    if (!expected.length)
      expect([after.targetLevel, after.targetDate?.toISOString()]).toEqual([5, "2026-12-31T00:00:00.000Z"]);
  });

  it("writes one audit event with the before and after", async () => {
    await targets.setProjectTarget(cast.manager, input("6", "2027-03-01"), NOW);
    const event = await t.db.auditEvent.findFirstOrThrow({
      where: { entityId: project.id, action: "project.target_set" },
      orderBy: { createdAt: "desc" },
    });
    expect(event).toMatchObject({
      actorId: cast.manager.id,
      projectId: project.id,
      before: { targetLevel: 5, targetDate: "2026-12-31" },
      after: { targetLevel: 6, targetDate: "2027-03-01" },
    });
  });

  it("refuses a level not above the current one and a day in the past, and changes nothing", async () => {
    const d = await targets.setProjectTarget(cast.owner, input("3", "2026-05-01"), NOW);
    expect(codes(d)).toEqual(["target_not_above", "target_date_past"]);
    expect(await t.db.project.findUniqueOrThrow({ where: { id: project.id }, select: { targetLevel: true } })).toEqual({
      targetLevel: 6,
    });
  });

  it("clears the target", async () => {
    const d = await targets.setProjectTarget(cast.owner, input("", ""), NOW);
    expect(d).toEqual({ ok: true, value: { targetLevel: null, targetDate: null } });
    expect(await t.db.auditEvent.count({ where: { entityId: project.id, action: "project.target_clear" } })).toBe(1);
  });

  it("refuses an unknown project", async () => {
    expect(codes(await targets.setProjectTarget(cast.admin, input("5", "2026-12-31", "nope"), NOW))).toEqual([
      "not_found",
    ]);
  });

  it("two managers at once: both land, one after the other (row lock + version)", async () => {
    const [a, b] = await Promise.all([
      targets.setProjectTarget(cast.manager, input("7", "2027-01-01"), NOW),
      targets.setProjectTarget(cast.admin, input("8", "2027-02-01"), NOW),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    const events = await t.db.auditEvent.findMany({
      where: { entityId: project.id, action: "project.target_set" },
      orderBy: { createdAt: "asc" },
    });
    const last = events.slice(-2).map((e) => e.before as { targetLevel: number | null });
    // The second writer saw the first one's target as its "before": nothing was overwritten unseen.
    expect(last[1]?.targetLevel).toBe((events.at(-2)?.after as { targetLevel: number }).targetLevel);
  });
});

describe("setTargetSchema", () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ["level without date", { targetLevel: "5", targetDate: "" }, ["targetDate"]],
    ["date without level", { targetLevel: "", targetDate: "2027-01-01" }, ["targetLevel"]],
    ["level out of range", { targetLevel: "12", targetDate: "2027-01-01" }, ["targetLevel"]],
    ["not a day", { targetLevel: "5", targetDate: "2027-02-30x" }, ["targetDate"]],
    ["unknown field", { targetLevel: "5", targetDate: "2027-01-01", version: 3 }, [""]],
  ])("%s", (_n, over, paths) => {
    const r = setTargetSchema.safeParse({ projectId: "p1", ...over });
    expect(r.success).toBe(false);
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join("."))).toEqual(paths);
  });
});
