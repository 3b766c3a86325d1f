import { randomInt } from "node:crypto";
import { Pool } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginThrottleKeys } from "@/lib/auth/throttle-keys";
import { hashPassword } from "@/lib/password";
import { createTestDatabase, type TestDb } from "@/test/db";

/**
 * Password sign-in and the login throttle against real Postgres (split from users.db.test.ts). The
 * DAL uses the app's global client (lib/db), so DATABASE_URL points at this file's fresh database
 * *before* the modules load.
 */
let t: TestDb;
let throttle: typeof import("@/lib/auth/login-throttle");
let credentials: typeof import("@/lib/auth/credentials");
let appDb: typeof import("@/lib/db");
const originalDatabaseUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  const g = globalThis as { mltrlPool?: unknown; mltrlPrisma?: unknown };
  g.mltrlPool = undefined;
  g.mltrlPrisma = undefined;
  appDb = await import("@/lib/db");
  throttle = await import("@/lib/auth/login-throttle");
  credentials = await import("@/lib/auth/credentials");
});

afterAll(async () => {
  await appDb?.prisma.$disconnect();
  await appDb?.pool.end();
  await t?.dispose();
  if (originalDatabaseUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalDatabaseUrl;
});

const unique = () => `${Date.now().toString(36)}${randomInt(1e6).toString(36)}`;
const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(256)}`;

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
