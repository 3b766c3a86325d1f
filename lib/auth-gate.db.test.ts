import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TwoFactorEnrolmentRequiredError } from "@/lib/auth/two-factor-gate";
import { hashPassword } from "@/lib/password";
import { openAppDatabase, uid } from "@/test/gate-fixtures";
import type { TestDb } from "@/test/db";

/**
 * The required-2FA gate at the doors of lib/auth.ts (item 9): a manager who must enrol is sent to
 * /account from every other page, and every action but the enrolment one is refused. The session
 * cookie is replaced by a decoded token for the user; everything else is the real code on Postgres.
 */
const request = vi.hoisted(() => ({ path: "/projects", token: null as Record<string, unknown> | null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
  headers: async () => new Headers({ "x-mltrl-pathname": request.path }),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`REDIRECT ${to}`);
  },
}));
vi.mock("next-auth/jwt", () => ({ getToken: async () => request.token }));

let t: TestDb;
let closeDb: () => Promise<void>;
let auth: typeof import("@/lib/auth");

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  auth = await import("@/lib/auth");
});

afterAll(async () => {
  await closeDb?.();
});

/** A token as next-auth would decode it: the user, and the id of a live auth_sessions row. */
async function tokenFor(u: { id: string; sessionVersion: number }) {
  const session = await t.db.authSession.create({
    data: { userId: u.id, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return { userId: u.id, sessionVersion: u.sessionVersion, sid: session.id };
}

async function signedInAs(roles: ("manager" | "reviewer")[]) {
  const u = await t.db.user.create({
    data: {
      email: `g-${uid()}@x.test`,
      name: "Gated",
      roles,
      passwordHash: await hashPassword("gate-test-passphrase-1"),
    },
  });
  request.token = await tokenFor(u);
  return u;
}

describe("required two-factor gate", () => {
  it("sends an unenrolled manager to /account and refuses their actions; leaves others alone", async () => {
    const { PATHNAME_HEADER } = await import("@/lib/auth/callback-url");
    expect(PATHNAME_HEADER).toBe("x-mltrl-pathname");
    await t.db.orgSettings.create({ data: { id: 1, requireTwoFactorForStaff: true } });

    const manager = await signedInAs(["manager"]);
    request.path = "/projects";
    await expect(auth.requireUser()).rejects.toThrow("REDIRECT /account");
    await expect(auth.requireUserForAction()).rejects.toBeInstanceOf(TwoFactorEnrolmentRequiredError);
    request.path = "/account";
    await expect(auth.requireUser()).resolves.toMatchObject({ id: manager.id });
    await expect(auth.getSessionUser()).resolves.toMatchObject({ id: manager.id });

    await signedInAs(["reviewer"]);
    request.path = "/projects";
    await expect(auth.requireUser()).resolves.toMatchObject({ roles: ["reviewer"] });
    await expect(auth.requireUserForAction()).resolves.toMatchObject({ roles: ["reviewer"] });

    // Enrolled (or the policy off): the manager is free again.
    await t.db.user.update({ where: { id: manager.id }, data: { totpEnabledAt: new Date(), totpSecret: "v1.x" } });
    request.token = await tokenFor(manager);
    await expect(auth.requireUser()).resolves.toMatchObject({ id: manager.id });
  });
});
