import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { verifyPassword } from "@/lib/password";
import { createTestDatabase, type TestDb } from "@/test/db";

/**
 * Admin user management and its audit against real Postgres (sign-in and its throttle are in
 * sign-in.db.test.ts). The DAL uses the app's global client (lib/db), so DATABASE_URL points at
 * this file's fresh database *before* the modules load.
 */
let t: TestDb;
let users: typeof import("@/lib/dal/users/admin");
let userStore: typeof import("@/lib/auth/user-store");
let appDb: typeof import("@/lib/db");
let admin: SessionUser;
const originalDatabaseUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  const g = globalThis as { mltrlPool?: unknown; mltrlPrisma?: unknown };
  g.mltrlPool = undefined;
  g.mltrlPrisma = undefined;
  appDb = await import("@/lib/db");
  users = await import("@/lib/dal/users/admin");
  userStore = await import("@/lib/auth/user-store");
  const row = await t.db.user.create({ data: { email: "root@x.test", name: "Root", roles: ["admin"] } });
  admin = { id: row.id, email: row.email, name: row.name, roles: ["admin"], disciplines: [] };
});

afterAll(async () => {
  await appDb?.prisma.$disconnect();
  await appDb?.pool.end();
  await t?.dispose();
  if (originalDatabaseUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalDatabaseUrl;
});

const unique = () => `${Date.now().toString(36)}${randomInt(1e6).toString(36)}`;
const newUser = (patch: Record<string, unknown> = {}) => ({
  email: `u-${unique()}@x.test`,
  name: "New User",
  password: "a-long-password",
  roles: ["reviewer" as const],
  disciplines: ["qa_engineer" as const],
  ...patch,
});

async function auditFor(entityId: string) {
  return t.db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
}

describe("createUser", () => {
  it("writes the user and its audit event together, without the password", async () => {
    const input = newUser();
    const result = await users.createUser(admin, input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await t.db.user.findUniqueOrThrow({ where: { id: result.value.id }, omit: { passwordHash: false } });
    expect(row).toMatchObject({
      email: input.email,
      roles: ["reviewer"],
      disciplines: ["qa_engineer"],
      active: true,
      sessionVersion: 0,
    });
    expect(await verifyPassword(row.passwordHash!, "a-long-password")).toBe(true);
    const events = await auditFor(row.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, action: "user.create", entityType: "user" });
    expect(JSON.stringify(events[0]!.after)).not.toMatch(/password|argon/i);
  });

  it("rolls the user back when the audit event cannot be written (one transaction)", async () => {
    // An actor id that does not exist makes the audit insert fail on its foreign key.
    const ghost: SessionUser = { ...admin, id: "no-such-user" };
    const input = newUser();
    await expect(users.createUser(ghost, input)).rejects.toThrow();
    expect(await t.db.user.count({ where: { email: input.email } })).toBe(0);
  });

  it("refuses non-admins and duplicate emails, writing nothing", async () => {
    const before = await t.db.auditEvent.count();
    const researcher: SessionUser = { ...admin, id: "r", roles: ["researcher", "manager"] };
    const denied = await users.createUser(researcher, newUser());
    expect(denied).toMatchObject({ ok: false, reasons: [{ code: "forbidden" }] });

    const input = newUser();
    expect((await users.createUser(admin, input)).ok).toBe(true);
    const dup = await users.createUser(admin, { ...input, name: "Other" });
    expect(dup).toMatchObject({ ok: false, reasons: [{ code: "email_taken", field: "email" }] });
    expect(await t.db.auditEvent.count()).toBe(before + 1);
  });

  it("two admins creating one email at once: one wins, the other is told the address is taken", async () => {
    const input = newUser();
    const results = await Promise.all([
      users.createUser(admin, input),
      users.createUser(admin, { ...input, name: "Other" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, reasons: [{ code: "email_taken", field: "email" }] });
    expect(await t.db.user.count({ where: { email: input.email } })).toBe(1);
  });
});

describe("updateUserAccess", () => {
  async function created() {
    const r = await users.createUser(admin, newUser());
    if (!r.ok) throw new Error("setup failed");
    return r.value.id;
  }

  it("bumps sessionVersion when roles change, and records before/after", async () => {
    const id = await created();
    const r = await users.updateUserAccess(admin, {
      userId: id,
      roles: ["reviewer", "researcher"],
      disciplines: ["qa_engineer"],
      active: true,
    });
    expect(r).toEqual({ ok: true, value: { changed: true } });
    expect((await userStore.getUserAuthState(id))?.sessionVersion).toBe(1);
    const events = await auditFor(id);
    expect(events.map((e) => e.action)).toEqual(["user.create", "user.update_access"]);
    expect(events[1]).toMatchObject({ before: { roles: ["reviewer"] }, after: { roles: ["reviewer", "researcher"] } });
  });

  it("bumps on deactivation, and leaves everything alone when nothing changed", async () => {
    const id = await created();
    const same = await users.updateUserAccess(admin, {
      userId: id,
      roles: ["reviewer"],
      disciplines: ["qa_engineer"],
      active: true,
    });
    expect(same).toEqual({ ok: true, value: { changed: false } });
    expect((await userStore.getUserAuthState(id))?.sessionVersion).toBe(0);
    await users.updateUserAccess(admin, {
      userId: id,
      roles: ["reviewer"],
      disciplines: ["qa_engineer"],
      active: false,
    });
    expect(await userStore.getUserAuthState(id)).toMatchObject({ active: false, sessionVersion: 1 });
  });

  it("refuses an admin removing their own admin role or deactivating themselves", async () => {
    const r = await users.updateUserAccess(admin, {
      userId: admin.id,
      roles: ["manager"],
      disciplines: [],
      active: false,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reasons.map((x) => [x.code, x.field])).toEqual([
      ["own_admin_role", "roles"],
      ["own_account_active", "active"],
    ]);
    expect(await userStore.getUserAuthState(admin.id)).toMatchObject({ roles: ["admin"], active: true });
  });

  it("lets two concurrent edits of one user never both win against the same version", async () => {
    const id = await created();
    const results = await Promise.all([
      users.updateUserAccess(admin, { userId: id, roles: ["manager"], disciplines: [], active: true }),
      users.updateUserAccess(admin, { userId: id, roles: ["researcher"], disciplines: [], active: true }),
    ]);
    const wins = results.filter((r) => r.ok).length;
    expect(wins).toBeGreaterThanOrEqual(1);
    for (const r of results) if (!r.ok) expect(r.reasons[0]?.code).toBe("changed_meanwhile");
    expect((await userStore.getUserAuthState(id))?.sessionVersion).toBe(wins);
    expect((await auditFor(id)).filter((e) => e.action === "user.update_access")).toHaveLength(wins);
  });
});

describe("resetUserPassword", () => {
  it("sets the new password, signs the user out everywhere, audits without the hash", async () => {
    const r = await users.createUser(admin, newUser());
    if (!r.ok) throw new Error("setup failed");
    const reset = await users.resetUserPassword(admin, { userId: r.value.id, password: "a-brand-new-password" });
    expect(reset).toEqual({ ok: true, value: { signedOutSelf: false } });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: r.value.id }, omit: { passwordHash: false } });
    expect(row.sessionVersion).toBe(1);
    expect(await verifyPassword(row.passwordHash!, "a-brand-new-password")).toBe(true);
    const last = (await auditFor(r.value.id)).at(-1)!;
    expect(last).toMatchObject({ action: "user.reset_password", after: { passwordChanged: true } });
    expect(JSON.stringify(last)).not.toContain("argon2");
  });

  it("refuses non-admins, weak passwords and users that are gone, changing nothing", async () => {
    const r = await users.createUser(admin, newUser());
    if (!r.ok) throw new Error("setup failed");
    const manager: SessionUser = { ...admin, id: "m", roles: ["manager"] };
    const strong = { userId: r.value.id, password: "a-brand-new-password" };
    expect(await users.resetUserPassword(manager, strong)).toMatchObject({
      ok: false,
      reasons: [{ code: "forbidden" }],
    });
    expect(await users.resetUserPassword(admin, { ...strong, password: "short" })).toMatchObject({
      ok: false,
      reasons: [{ code: "weak_password", field: "password" }],
    });
    expect(await users.resetUserPassword(admin, { ...strong, userId: "no-such-user" })).toEqual({
      ok: false,
      reasons: [{ code: "not_found", message: "This user no longer exists. Reload the page." }],
    });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: r.value.id }, omit: { passwordHash: false } });
    expect(row.sessionVersion).toBe(0);
    expect(await verifyPassword(row.passwordHash!, "a-long-password")).toBe(true);
  });
});
