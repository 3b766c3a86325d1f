import { randomInt } from "node:crypto";
import { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { loginThrottleKeys } from "@/lib/auth/throttle-keys";
import { hashPassword, verifyPassword } from "@/lib/password";
import { createTestDatabase, type TestDb } from "@/test/db";

/**
 * Users, audit and login throttling against real Postgres. The DAL uses the app's global client
 * (lib/db), so DATABASE_URL points at this file's fresh database *before* the modules load.
 */
let t: TestDb;
let users: typeof import("./users");
let throttle: typeof import("@/lib/auth/login-throttle");
let userStore: typeof import("@/lib/auth/user-store");
let credentials: typeof import("@/lib/auth/credentials");
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
  users = await import("./users");
  throttle = await import("@/lib/auth/login-throttle");
  userStore = await import("@/lib/auth/user-store");
  credentials = await import("@/lib/auth/credentials");
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
const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(256)}`;

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
});

describe("login throttle (shared Postgres counters)", () => {
  // Two limiters on two pools behave like two app instances.
  let poolA: Pool;
  let poolB: Pool;
  beforeAll(() => {
    poolA = new Pool({ connectionString: t.url, max: 2 });
    poolB = new Pool({ connectionString: t.url, max: 2 });
  });
  afterAll(async () => {
    await poolA.end();
    await poolB.end();
  });

  it("blocks the 6th attempt of one account from one address, counted across both instances", async () => {
    const a = throttle.createLoginThrottle(poolA);
    const b = throttle.createLoginThrottle(poolB);
    const email = `victim-${unique()}@x.test`;
    const ip = randomIp();
    const verdicts = [];
    for (let i = 0; i < 6; i++)
      verdicts.push(await (i % 2 === 0 ? a : b).consumeAttempt(loginThrottleKeys({ email, ip })));
    expect(verdicts.slice(0, 5).every((v) => v.allowed)).toBe(true);
    expect(verdicts[5]).toMatchObject({ allowed: false });
    if (!verdicts[5]!.allowed) expect(verdicts[5]!.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // The same email in another case is the same account.
    expect((await a.consumeAttempt(loginThrottleKeys({ email: email.toUpperCase(), ip }))).allowed).toBe(false);
  });

  it("never locks an account from another address: failures from many addresses only slow it down", async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const a = throttle.createLoginThrottle(poolA, { sleep });
    const b = throttle.createLoginThrottle(poolB, { sleep });
    const email = `spread-${unique()}@x.test`;
    const attacker = randomIp();
    for (let i = 0; i < 6; i++) await a.consumeAttempt(loginThrottleKeys({ email, ip: attacker }));
    expect((await a.consumeAttempt(loginThrottleKeys({ email, ip: attacker }))).allowed).toBe(false);
    // The owner, from their own address, is not locked out.
    expect(await b.consumeAttempt(loginThrottleKeys({ email, ip: randomIp() }))).toEqual({
      allowed: true,
      delayedMs: 0,
    });
    // Guessing from many addresses: attempts beyond 10 on the account wait longer and longer, never refused.
    const verdicts = [];
    for (let i = 0; i < 6; i++)
      verdicts.push(await (i % 2 ? a : b).consumeAttempt(loginThrottleKeys({ email, ip: randomIp() })));
    expect(verdicts.every((v) => v.allowed)).toBe(true);
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });

  it("blocks the 31st attempt from one address across both instances", async () => {
    const a = throttle.createLoginThrottle(poolA);
    const b = throttle.createLoginThrottle(poolB);
    const ip = randomIp();
    for (let i = 0; i < 30; i++) {
      const v = await (i % 2 === 0 ? a : b).consumeAttempt(
        loginThrottleKeys({ email: `spray-${i}-${unique()}@x.test`, ip }),
      );
      expect(v.allowed, `attempt ${i + 1}`).toBe(true);
    }
    expect((await b.consumeAttempt(loginThrottleKeys({ email: `spray-last-${unique()}@x.test`, ip }))).allowed).toBe(
      false,
    );
    // Another address is unaffected.
    expect(
      (await a.consumeAttempt(loginThrottleKeys({ email: `other-${unique()}@x.test`, ip: randomIp() }))).allowed,
    ).toBe(true);
  });

  it("counts parallel attempts atomically: 20 at once still let only 5 through", async () => {
    const sleep = async () => {};
    const a = throttle.createLoginThrottle(poolA, { sleep });
    const b = throttle.createLoginThrottle(poolB, { sleep });
    const email = `burst-${unique()}@x.test`;
    const ip = randomIp();
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).consumeAttempt(loginThrottleKeys({ email, ip }))),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
  });
});

describe("authenticateWithPassword", () => {
  it("throttles the 6th attempt even with the right password; a success resets the account counter", async () => {
    const email = `signin-${unique()}@x.test`;
    await t.db.user.create({ data: { email, name: "S", passwordHash: await hashPassword("the-right-password") } });
    const ip = randomIp();
    const attempt = (password: string) => credentials.authenticateWithPassword({ email, password, ip });

    for (let i = 0; i < 4; i++) expect(await attempt("wrong-password")).toEqual({ ok: false, error: "invalid" });
    expect((await attempt("the-right-password")).ok).toBe(true); // 5th attempt: allowed, resets
    for (let i = 0; i < 5; i++) expect(await attempt("wrong-password")).toEqual({ ok: false, error: "invalid" });
    expect(await attempt("the-right-password")).toEqual({ ok: false, error: "throttled" });
  });

  it("fails unknown and password-less accounts exactly like a wrong password", async () => {
    const ip = randomIp();
    const ssoOnly = `sso-${unique()}@x.test`;
    await t.db.user.create({ data: { email: ssoOnly, name: "O" } });
    for (const email of [`nobody-${unique()}@x.test`, ssoOnly]) {
      expect(await credentials.authenticateWithPassword({ email, password: "the-right-password", ip })).toEqual({
        ok: false,
        error: "invalid",
      });
    }
  });

  it("says an account is deactivated only after its correct password, and does not count that as a failure", async () => {
    const ip = randomIp();
    const email = `gone-${unique()}@x.test`;
    const user = await t.db.user.create({
      data: { email, name: "G", active: false, passwordHash: await hashPassword("the-right-password") },
    });
    expect(await credentials.authenticateWithPassword({ email, password: "wrong-password", ip })).toEqual({
      ok: false,
      error: "invalid",
    });
    for (let i = 0; i < 6; i++) {
      expect(await credentials.authenticateWithPassword({ email, password: "the-right-password", ip })).toEqual({
        ok: false,
        error: "deactivated",
      });
    }
    const events = await t.db.auditEvent.findMany({
      where: { entityType: "auth", actorId: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["auth.sign_in_failed", ...Array(6).fill("auth.sign_in_deactivated")]);
  });

  it("wrong passwords from one address do not stop the right password from another", async () => {
    const email = `target-${unique()}@x.test`;
    const user = await t.db.user.create({
      data: { email, name: "T", passwordHash: await hashPassword("the-right-password") },
    });
    const attacker = randomIp();
    for (let i = 0; i < 5; i++)
      expect(await credentials.authenticateWithPassword({ email, password: "wrong-password", ip: attacker })).toEqual({
        ok: false,
        error: "invalid",
      });
    expect(await credentials.authenticateWithPassword({ email, password: "the-right-password", ip: attacker })).toEqual(
      { ok: false, error: "throttled" },
    );
    expect(
      (await credentials.authenticateWithPassword({ email, password: "the-right-password", ip: randomIp() })).ok,
    ).toBe(true);
    // Failures and throttling are in the sign-in log, with the address.
    const events = await t.db.auditEvent.findMany({
      where: { entityType: "auth", actorId: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual([...Array(5).fill("auth.sign_in_failed"), "auth.sign_in_throttled"]);
    expect(events[0]!.after).toMatchObject({ ip: attacker, method: "password" });
  });
});
