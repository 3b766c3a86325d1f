/** Shared by the account-security db tests: the app database, the commands under test and two helpers. */
import { afterAll, beforeAll, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { totpCodeAt } from "@/lib/auth/totp";
import type { Role } from "@/lib/domain/vocabulary";
import { hashPassword } from "@/lib/password";
import { openAppDatabase, uid } from "@/test/gate-fixtures";
import type { TestDb } from "@/test/db";

export let t: TestDb;
let closeDb: () => Promise<void>;
export let users: typeof import("@/lib/dal/users/admin");
export let password: typeof import("@/lib/dal/users/password");
export let twoFactor: typeof import("@/lib/dal/users/two-factor");
export let policy: typeof import("@/lib/dal/users/two-factor-policy");
export let requirement: typeof import("@/lib/auth/two-factor-requirement");
export let signIn: typeof import("@/lib/auth/two-factor-sign-in");
export let adminReset: typeof import("@/lib/dal/users/two-factor-admin");
export let admin: SessionUser;
export const PASSWORD = "current-passphrase-for-tests";
let passwordHash: string;

/** Opens the database and imports the commands (in beforeAll: they connect on first import). */
export function setupAccountSecurityDb(): void {
  vi.stubEnv("NEXTAUTH_SECRET", "account-security-test-secret-32-chars!!");
  beforeAll(async () => {
    ({ t, close: closeDb } = await openAppDatabase());
    users = await import("@/lib/dal/users/admin");
    password = await import("@/lib/dal/users/password");
    twoFactor = await import("@/lib/dal/users/two-factor");
    policy = await import("@/lib/dal/users/two-factor-policy");
    requirement = await import("@/lib/auth/two-factor-requirement");
    signIn = await import("@/lib/auth/two-factor-sign-in");
    adminReset = await import("@/lib/dal/users/two-factor-admin");
    passwordHash = await hashPassword(PASSWORD);
    admin = await person(["admin"]);
  });

  afterAll(async () => {
    await closeDb?.();
  });
}

export async function person(roles: Role[] = ["reviewer"], withPassword = true): Promise<SessionUser> {
  const u = await t.db.user.create({
    data: { email: `p-${uid()}@x.test`, name: "Pat Doe", roles, passwordHash: withPassword ? passwordHash : null },
  });
  return { id: u.id, email: u.email, name: u.name, roles, disciplines: [] };
}

/** Enrols through the real commands; returns the secret the QR code carried and the recovery codes. */
export async function enrolled(user: SessionUser, now = new Date()) {
  const setup = twoFactor.prepareTwoFactorEnrolment(user, now);
  const done = await twoFactor.confirmTwoFactor(
    user,
    { enrolment: setup.enrolment, code: totpCodeAt(setup.secret, now) },
    now,
  );
  if (!done.ok) throw new Error(JSON.stringify(done));
  return { secret: setup.secret, recoveryCodes: done.value.recoveryCodes };
}

export const audits = (entityId: string, action: string) => t.db.auditEvent.findMany({ where: { entityId, action } });
export const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);
