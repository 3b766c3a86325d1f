import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jwtDecrypt } from "jose";
import { hkdf } from "@panva/hkdf";
import type { JWT } from "next-auth/jwt";
import { createTestDatabase, type TestDb } from "@/test/db";

/**
 * Server-side sessions behind the JWTs: sign-out revokes, an absolute lifetime ends a session however
 * often it is renewed, and the JWT itself expires with the idle limit. Uses the app's global client
 * (lib/db), so DATABASE_URL points at this file's fresh database *before* the modules load.
 */
let t: TestDb;
let sessions: typeof import("./session-store");
let eventLog: typeof import("./auth-event-log");
let events: typeof import("@/lib/dal/users/read-sign-ins");
let auth: typeof import("@/lib/auth");
let appDb: typeof import("@/lib/db");
const originalDatabaseUrl = process.env.DATABASE_URL;
const SECRET = "test-secret-that-is-at-least-32-characters-long";

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.NEXTAUTH_SECRET = SECRET;
  const g = globalThis as { mltrlPool?: unknown; mltrlPrisma?: unknown };
  g.mltrlPool = undefined;
  g.mltrlPrisma = undefined;
  appDb = await import("@/lib/db");
  sessions = await import("./session-store");
  eventLog = await import("./auth-event-log");
  events = await import("@/lib/dal/users/read-sign-ins");
  auth = await import("@/lib/auth");
});

afterAll(async () => {
  await appDb?.prisma.$disconnect();
  await appDb?.pool.end();
  await t?.dispose();
  if (originalDatabaseUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalDatabaseUrl;
});

let n = 0;
async function newUser(roles: ("admin" | "reviewer")[] = ["reviewer"]) {
  n += 1;
  return t.db.user.create({ data: { email: `s${n}-${Date.now()}@x.test`, name: `S${n}`, roles } });
}

/** What next-auth does on every /api/auth/session call and what getSessionUser does per request. */
async function refresh(token: JWT): Promise<JWT> {
  return (await auth.authOptions.callbacks!.jwt!({ token } as Parameters<
    NonNullable<NonNullable<typeof auth.authOptions.callbacks>["jwt"]>
  >[0])) as JWT;
}

async function signInToken(user: { id: string; email: string; name: string }): Promise<JWT> {
  const jwt = auth.authOptions.callbacks!.jwt!;
  return (await jwt({
    token: { sub: user.id },
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: 0, signInIp: "192.0.2.7" },
    account: { provider: "credentials", type: "credentials", providerAccountId: user.id },
    trigger: "signIn",
  } as Parameters<typeof jwt>[0])) as JWT;
}

describe("sign-out", () => {
  it("revokes the session on the server: the same token reads as signed out afterwards", async () => {
    const user = await newUser();
    const token = await signInToken(user);
    expect(token.sid).toMatch(/^[0-9a-f-]{36}$/);
    expect((await refresh(token)).userId).toBe(user.id);

    await auth.authOptions.events!.signOut!({ token, session: undefined as never });
    expect((await refresh(token)).userId).toBeUndefined();
    // Renewing it (the session endpoint) does not bring it back.
    expect((await refresh(token)).userId).toBeUndefined();

    const log = await t.db.auditEvent.findMany({
      where: { entityType: "auth", actorId: user.id },
      orderBy: { createdAt: "asc" },
    });
    expect(log.map((e) => e.action)).toEqual(["auth.sign_in", "auth.sign_out"]);
    expect(log[0]!.after).toMatchObject({ ip: "192.0.2.7", method: "password" });
  });

  it("leaves the user's other sessions alone", async () => {
    const user = await newUser();
    const a = await signInToken(user);
    const b = await signInToken(user);
    await auth.authOptions.events!.signOut!({ token: a, session: undefined as never });
    expect((await refresh(b)).userId).toBe(user.id);
  });

  it("refuses a token without a session id, and a session id of another user", async () => {
    const user = await newUser();
    const other = await newUser();
    const token = await signInToken(user);
    expect((await refresh({ ...token, sid: undefined })).userId).toBeUndefined();
    expect((await refresh({ ...token, userId: other.id, sub: other.id })).userId).toBeUndefined();
    expect((await refresh({ ...token, sid: "not-a-uuid" })).userId).toBeUndefined();
  });
});

describe("absolute lifetime", () => {
  it("ends a session 7 days after sign-in however often it was renewed", async () => {
    const user = await newUser();
    const signedInAt = new Date("2026-11-01T08:00:00Z");
    const { id, expiresAt } = await sessions.createAuthSession({ userId: user.id, ip: null, now: signedInAt });
    expect(expiresAt.getTime() - signedInAt.getTime()).toBe(7 * 24 * 3600 * 1000);
    expect(await sessions.getSessionAuthState(id, user.id, new Date(expiresAt.getTime() - 1000))).toMatchObject({
      id: user.id,
    });
    expect(await sessions.getSessionAuthState(id, user.id, expiresAt)).toBeNull();
  });

  it("a new sign-in clears the user's sessions that ended over a day ago, and only those", async () => {
    const user = await newUser();
    const old = await sessions.createAuthSession({ userId: user.id, ip: null, now: new Date("2026-01-01T00:00:00Z") });
    const recent = await sessions.createAuthSession({
      userId: user.id,
      ip: null,
      now: new Date(Date.now() - 7 * 24 * 3600 * 1000 + 3600_000),
    });
    await sessions.createAuthSession({ userId: user.id, ip: null });
    const ids = (await t.db.authSession.findMany({ where: { userId: user.id }, select: { id: true } })).map(
      (r) => r.id,
    );
    expect(ids).not.toContain(old.id);
    expect(ids).toContain(recent.id);
    expect(ids).toHaveLength(2);
  });

  it("a live token's session past its absolute end reads as signed out", async () => {
    const user = await newUser();
    const token = await signInToken(user);
    await t.db.authSession.update({ where: { id: token.sid! }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await refresh(token)).userId).toBeUndefined();
  });
});

describe("the JWT's own expiry", () => {
  it("matches the 12-hour session, not next-auth's 30-day default", async () => {
    const { encode } = await import("next-auth/jwt");
    // Exactly how next-auth's callback route issues the cookie: jwt.encode({ ...options.jwt, token }).
    const issued = await encode({ ...auth.authOptions.jwt, token: { sub: "x" }, secret: SECRET });
    const key = await hkdf("sha256", SECRET, "", "NextAuth.js Generated Encryption Key", 32);
    const { payload } = await jwtDecrypt(issued, key, { clockTolerance: 15 });
    expect(payload.exp! - payload.iat!).toBe(12 * 60 * 60);
    expect(auth.authOptions.session?.maxAge).toBe(12 * 60 * 60);
  });
});

describe("recordAuthEvent and the admin's sign-in log", () => {
  it("records who, what and from where; lists newest first for admins only", async () => {
    const admin = await newUser(["admin"]);
    const user = await newUser();
    await eventLog.recordAuthEvent({
      action: "auth.password_changed",
      userId: user.id,
      ip: "198.51.100.1",
      detail: { by: "self" },
    });
    await eventLog.recordAuthEvent({ action: "auth.sign_in_failed", userId: null, ip: "198.51.100.2" });
    const asAdmin = { id: admin.id, email: admin.email, name: admin.name, roles: ["admin" as const], disciplines: [] };
    const listed = await events.listAuthEvents(asAdmin, 1);
    if (listed.ok) expect(listed.value).toMatchObject({ page: 1, pageCount: 1 });
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.value.rows.slice(0, 2)).toMatchObject([
      { action: "auth.sign_in_failed", user: null, ip: "198.51.100.2" },
      { action: "auth.password_changed", user: { id: user.id }, ip: "198.51.100.1", detail: { by: "self" } },
    ]);
    const asReviewer = { ...asAdmin, id: user.id, roles: ["reviewer" as const] };
    expect((await events.listAuthEvents(asReviewer, 1)).ok).toBe(false);
  });
});
