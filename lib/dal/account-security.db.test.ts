import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { SIGN_IN_ERROR } from "@/lib/auth/sign-in-errors";
import { totpCodeAt } from "@/lib/auth/totp";
import type { Role } from "@/lib/domain/vocabulary";
import { hashPassword, verifyPassword } from "@/lib/password";
import { databaseDigest, openAppDatabase, uid } from "@/test/gate-fixtures";
import type { TestDb } from "@/test/db";

/**
 * Issue "Gate integrity and account security", item 9, against real Postgres: any 12 characters
 * used to pass as a password, nobody could change their own, and there was no second factor.
 */
vi.stubEnv("NEXTAUTH_SECRET", "account-security-test-secret-32-chars!!");

let t: TestDb;
let closeDb: () => Promise<void>;
let users: typeof import("./users");
let password: typeof import("./account-password");
let twoFactor: typeof import("./two-factor");
let policy: typeof import("./two-factor-policy");
let requirement: typeof import("@/lib/auth/two-factor-requirement");
let signIn: typeof import("@/lib/auth/two-factor-sign-in");
let adminReset: typeof import("./two-factor-admin");
let admin: SessionUser;
const PASSWORD = "current-passphrase-for-tests";
let passwordHash: string;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  users = await import("./users");
  password = await import("./account-password");
  twoFactor = await import("./two-factor");
  policy = await import("./two-factor-policy");
  requirement = await import("@/lib/auth/two-factor-requirement");
  signIn = await import("@/lib/auth/two-factor-sign-in");
  adminReset = await import("./two-factor-admin");
  passwordHash = await hashPassword(PASSWORD);
  admin = await person(["admin"]);
});

afterAll(async () => {
  await closeDb?.();
});

async function person(roles: Role[] = ["reviewer"], withPassword = true): Promise<SessionUser> {
  const u = await t.db.user.create({
    data: { email: `p-${uid()}@x.test`, name: "Pat Doe", roles, passwordHash: withPassword ? passwordHash : null },
  });
  return { id: u.id, email: u.email, name: u.name, roles, disciplines: [] };
}

/** Enrols through the real commands; returns the secret the QR code carried and the recovery codes. */
async function enrolled(user: SessionUser, now = new Date()) {
  const setup = twoFactor.prepareTwoFactorEnrolment(user, now);
  const done = await twoFactor.confirmTwoFactor(
    user,
    { enrolment: setup.enrolment, code: totpCodeAt(setup.secret, now) },
    now,
  );
  if (!done.ok) throw new Error(JSON.stringify(done));
  return { secret: setup.secret, recoveryCodes: done.value.recoveryCodes };
}

const audits = (entityId: string, action: string) => t.db.auditEvent.findMany({ where: { entityId, action } });
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

describe("strength rule at the admin's doors", () => {
  it("createUser and resetUserPassword refuse a guessable password with zxcvbn's feedback and write nothing", async () => {
    const before = await databaseDigest(t.db);
    const created = await users.createUser(admin, {
      email: `weak-${uid()}@x.test`,
      name: "Weak",
      password: "Password123!",
      roles: [],
      disciplines: [],
    });
    expect(created).toMatchObject({ ok: false, reasons: [{ code: "weak_password", field: "password" }] });
    expect(!created.ok && created.reasons[0]!.message).toMatch(/too easy to guess.*commonly used password/);
    const target = await person();
    const mid = await databaseDigest(t.db);
    const reset = await users.resetUserPassword(admin, { userId: target.id, password: "patdoepatdoe" });
    expect(reset).toMatchObject({ ok: false, reasons: [{ code: "weak_password", field: "password" }] });
    expect(await databaseDigest(t.db)).toEqual(mid);
    expect(before.users).not.toEqual(mid.users); // only the person() above
  });
});

describe("changeOwnPassword", () => {
  it("needs the current password, refuses weak or unchanged new ones, and changes nothing then", async () => {
    const u = await person();
    const before = await databaseDigest(t.db);
    expect(
      await password.changeOwnPassword(u, {
        currentPassword: "wrong-one-entirely",
        newPassword: "tangerine-orbit-kettle-47",
      }),
    ).toMatchObject({
      ok: false,
      reasons: [{ code: "wrong_password", field: "currentPassword" }],
    });
    expect(
      await password.changeOwnPassword(u, { currentPassword: PASSWORD, newPassword: "qwertyuiop123" }),
    ).toMatchObject({
      ok: false,
      reasons: [{ code: "weak_password", field: "newPassword" }],
    });
    expect(await password.changeOwnPassword(u, { currentPassword: PASSWORD, newPassword: PASSWORD })).toMatchObject({
      ok: false,
      reasons: [{ code: "same_password", field: "newPassword" }],
    });
    const after = await databaseDigest(t.db);
    expect({ ...after, rate_limits: "" }).toEqual({ ...before, rate_limits: "" });
  });

  it("sets the new password, ends every other session (sessionVersion), audits without secrets", async () => {
    const u = await person();
    const { sessionVersion: v0 } = await t.db.user.findUniqueOrThrow({ where: { id: u.id } });
    const r = await password.changeOwnPassword(u, {
      currentPassword: PASSWORD,
      newPassword: "tangerine-orbit-kettle-47",
    });
    expect(r).toEqual({ ok: true, value: { sessionVersion: v0 + 1 } });
    const row = await t.db.user.findUniqueOrThrow({
      where: { id: u.id },
      select: { passwordHash: true, sessionVersion: true },
    });
    expect(await verifyPassword(row.passwordHash!, "tangerine-orbit-kettle-47")).toBe(true);
    const [event] = await audits(u.id, "auth.password_changed");
    expect(event).toMatchObject({ actorId: u.id, after: { passwordChanged: true } });
    expect(JSON.stringify(event!.after)).not.toMatch(/argon|tangerine/);
  });

  it("refuses accounts without a password, and throttles the 6th wrong current password", async () => {
    expect(
      await password.changeOwnPassword(await person(["reviewer"], false), {
        currentPassword: "x",
        newPassword: "tangerine-orbit-kettle-47",
      }),
    ).toMatchObject({
      ok: false,
      reasons: [{ code: "no_password" }],
    });
    const u = await person();
    for (let i = 0; i < 5; i++)
      expect(
        (await password.changeOwnPassword(u, { currentPassword: "guess", newPassword: "tangerine-orbit-kettle-47" }))
          .ok,
      ).toBe(false);
    expect(
      await password.changeOwnPassword(u, { currentPassword: PASSWORD, newPassword: "tangerine-orbit-kettle-47" }),
    ).toMatchObject({
      ok: false,
      reasons: [{ code: "throttled" }],
    });
  });
});

describe("two-factor enrolment", () => {
  it("stores the secret only after a correct code, encrypted, with ten argon2-hashed recovery codes", async () => {
    const u = await person();
    const now = new Date();
    const setup = twoFactor.prepareTwoFactorEnrolment(u, now);
    expect(setup.uri).toContain(`secret=${setup.secret}`);
    expect(
      await twoFactor.confirmTwoFactor(
        u,
        { enrolment: setup.enrolment, code: totpCodeAt(setup.secret, at(now, 120)) },
        now,
      ),
    ).toMatchObject({
      ok: false,
      reasons: [{ code: "invalid_code", field: "code" }],
    });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: u.id } })).totpEnabledAt).toBeNull();

    const done = await twoFactor.confirmTwoFactor(
      u,
      { enrolment: setup.enrolment, code: totpCodeAt(setup.secret, now) },
      now,
    );
    expect(done.ok).toBe(true);
    const codes = done.ok ? done.value.recoveryCodes : [];
    expect(codes).toHaveLength(10);
    const row = await t.db.user.findUniqueOrThrow({
      where: { id: u.id },
      select: { totpSecret: true, totpEnabledAt: true },
    });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpSecret).toMatch(/^v1\./);
    expect(row.totpSecret).not.toContain(setup.secret);
    const stored = await t.db.recoveryCode.findMany({ where: { userId: u.id } });
    expect(stored).toHaveLength(10);
    expect(
      stored.every((c) => c.codeHash.startsWith("$argon2id$") && !codes.some((code) => c.codeHash.includes(code))),
    ).toBe(true);
    expect(await audits(u.id, "auth.2fa_enabled")).toHaveLength(1);
    expect((await twoFactor.getTwoFactorStatus(u)).recoveryCodesLeft).toBe(10);

    // A second set-up cannot replace the secret.
    const again = twoFactor.prepareTwoFactorEnrolment(u, now);
    expect(
      await twoFactor.confirmTwoFactor(u, { enrolment: again.enrolment, code: totpCodeAt(again.secret, now) }, now),
    ).toMatchObject({
      ok: false,
      reasons: [{ code: "already_enabled" }],
    });
  });

  it("refuses a set-up sealed for another user, an expired one, and accounts without a password", async () => {
    const [a, b] = [await person(), await person()];
    const now = new Date();
    const setup = twoFactor.prepareTwoFactorEnrolment(a, now);
    const code = totpCodeAt(setup.secret, now);
    expect(await twoFactor.confirmTwoFactor(b, { enrolment: setup.enrolment, code }, now)).toMatchObject({
      ok: false,
      reasons: [{ code: "enrolment_expired" }],
    });
    expect(
      await twoFactor.confirmTwoFactor(
        a,
        { enrolment: setup.enrolment, code: totpCodeAt(setup.secret, at(now, 16 * 60)) },
        at(now, 16 * 60),
      ),
    ).toMatchObject({
      ok: false,
      reasons: [{ code: "enrolment_expired" }],
    });
    const sso = await person(["reviewer"], false);
    const ssoSetup = twoFactor.prepareTwoFactorEnrolment(sso, now);
    expect(
      await twoFactor.confirmTwoFactor(
        sso,
        { enrolment: ssoSetup.enrolment, code: totpCodeAt(ssoSetup.secret, now) },
        now,
      ),
    ).toMatchObject({
      ok: false,
      reasons: [{ code: "no_password" }],
    });
  });
});

describe("second factor at sign-in", () => {
  it("asks for a code, accepts the current one once, refuses its replay", async () => {
    const plain = await person();
    expect(await signIn.secondFactorSignInError({ userId: plain.id, code: undefined, now: new Date() })).toBeNull();
    const u = await person();
    const enrolAt = new Date(Date.now() - 120_000);
    const { secret } = await enrolled(u, enrolAt);
    const now = new Date();
    expect(await signIn.secondFactorSignInError({ userId: u.id, code: undefined, now })).toBe(
      SIGN_IN_ERROR.twoFactorRequired,
    );
    expect(await signIn.secondFactorSignInError({ userId: u.id, code: totpCodeAt(secret, now), now })).toBeNull();
    expect(await signIn.secondFactorSignInError({ userId: u.id, code: totpCodeAt(secret, now), now: at(now, 5) })).toBe(
      SIGN_IN_ERROR.twoFactorInvalid,
    );
    expect(
      await signIn.secondFactorSignInError({ userId: u.id, code: totpCodeAt(secret, at(now, 30)), now: at(now, 30) }),
    ).toBeNull();
  });

  it("lets only one of two parallel sign-ins with the same code through", async () => {
    const u = await person();
    const { secret } = await enrolled(u, new Date(Date.now() - 120_000));
    const now = new Date();
    const results = await Promise.all(
      [0, 1, 2].map(() => signIn.secondFactorSignInError({ userId: u.id, code: totpCodeAt(secret, now), now })),
    );
    expect(results.filter((r) => r === null)).toHaveLength(1);
  });

  it("accepts each recovery code once (typed in any case), and audits its use", async () => {
    const u = await person();
    const { recoveryCodes } = await enrolled(u);
    const now = new Date();
    expect(
      await signIn.secondFactorSignInError({ userId: u.id, code: recoveryCodes[3]!.toUpperCase(), now }),
    ).toBeNull();
    expect(await signIn.secondFactorSignInError({ userId: u.id, code: recoveryCodes[3]!, now })).toBe(
      SIGN_IN_ERROR.twoFactorInvalid,
    );
    expect(await audits(u.id, "auth.recovery_code_used")).toMatchObject([{ actorId: u.id, after: { remaining: 9 } }]);
    expect((await twoFactor.getTwoFactorStatus(u)).recoveryCodesLeft).toBe(9);
  });

  it("throttles guesses per user: after 5 wrong codes even the right one is refused", async () => {
    const u = await person();
    const { secret } = await enrolled(u, new Date(Date.now() - 120_000));
    const now = new Date();
    const wrong = totpCodeAt(secret, at(now, 300));
    for (let i = 0; i < 5; i++)
      expect(await signIn.secondFactorSignInError({ userId: u.id, code: wrong, now })).toBe(
        SIGN_IN_ERROR.twoFactorInvalid,
      );
    expect(await signIn.secondFactorSignInError({ userId: u.id, code: totpCodeAt(secret, now), now })).toBe(
      SIGN_IN_ERROR.throttled,
    );
  });
});

describe("disable and new recovery codes", () => {
  it("disabling needs the password and a code; then the secret and codes are gone", async () => {
    const u = await person();
    const { secret } = await enrolled(u, new Date(Date.now() - 120_000));
    const now = new Date();
    expect(
      await twoFactor.disableTwoFactor(u, { password: "not-my-password", code: totpCodeAt(secret, now) }, now),
    ).toMatchObject({
      ok: false,
      reasons: [{ code: "wrong_password", field: "password" }],
    });
    expect(
      await twoFactor.disableTwoFactor(
        u,
        { password: PASSWORD, code: "000000" === totpCodeAt(secret, now) ? "111111" : "000000" },
        now,
      ),
    ).toMatchObject({
      ok: false,
      reasons: [{ code: "invalid_code", field: "code" }],
    });
    expect(await twoFactor.disableTwoFactor(u, { password: PASSWORD, code: totpCodeAt(secret, now) }, now)).toEqual({
      ok: true,
      value: { disabled: true },
    });
    const row = await t.db.user.findUniqueOrThrow({
      where: { id: u.id },
      select: { totpSecret: true, totpEnabledAt: true },
    });
    expect(row).toEqual({ totpSecret: null, totpEnabledAt: null });
    expect(await t.db.recoveryCode.count({ where: { userId: u.id } })).toBe(0);
    expect(await audits(u.id, "auth.2fa_disabled")).toHaveLength(1);
    expect(
      await twoFactor.disableTwoFactor(u, { password: PASSWORD, code: totpCodeAt(secret, at(now, 30)) }, at(now, 30)),
    ).toMatchObject({
      ok: false,
      reasons: [{ code: "not_enrolled" }],
    });
  });

  it("a lost phone: a recovery code also disables it", async () => {
    const u = await person();
    const { recoveryCodes } = await enrolled(u);
    expect((await twoFactor.disableTwoFactor(u, { password: PASSWORD, code: recoveryCodes[0]! }, new Date())).ok).toBe(
      true,
    );
  });

  it("regenerating replaces every recovery code: old ones stop working, new ones work", async () => {
    const u = await person();
    const { secret, recoveryCodes: old } = await enrolled(u, new Date(Date.now() - 120_000));
    const now = new Date();
    const r = await twoFactor.regenerateRecoveryCodes(u, { code: totpCodeAt(secret, now) }, now);
    expect(r.ok).toBe(true);
    const fresh = r.ok ? r.value.recoveryCodes : [];
    expect(fresh).toHaveLength(10);
    expect(fresh.some((c) => old.includes(c))).toBe(false);
    expect(await audits(u.id, "auth.recovery_codes_regenerated")).toHaveLength(1);
    expect(await signIn.secondFactorSignInError({ userId: u.id, code: old[0]!, now })).toBe(
      SIGN_IN_ERROR.twoFactorInvalid,
    );
    expect(await signIn.secondFactorSignInError({ userId: u.id, code: fresh[0]!, now })).toBeNull();
    // A recovery code is not enough to mint new ones.
    expect(await twoFactor.regenerateRecoveryCodes(u, { code: fresh[1]! }, now)).toMatchObject({
      ok: false,
      reasons: [{ code: "invalid_code" }],
    });
  });
});

describe("required two-factor for admins and managers", () => {
  it("only admins change the policy; then unenrolled staff with a password must enrol first", async () => {
    const [manager, staffAdmin, reviewer, ssoManager] = [
      await person(["manager"]),
      await person(["admin"]),
      await person(["reviewer"]),
      await person(["manager"], false),
    ];
    expect(await requirement.mustEnrolTwoFactor(manager)).toBe(false);
    const before = await databaseDigest(t.db);
    expect(await policy.setTwoFactorPolicy(manager, { requireForAdminsAndManagers: true })).toMatchObject({
      ok: false,
    });
    expect(await databaseDigest(t.db)).toEqual(before);

    expect(await policy.setTwoFactorPolicy(admin, { requireForAdminsAndManagers: true })).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(await policy.setTwoFactorPolicy(admin, { requireForAdminsAndManagers: true })).toEqual({
      ok: true,
      value: { changed: false },
    });
    expect(await audits("1", "org.two_factor_policy_changed")).toMatchObject([
      {
        actorId: admin.id,
        before: { requireForAdminsAndManagers: false },
        after: { requireForAdminsAndManagers: true },
      },
    ]);

    expect(await requirement.mustEnrolTwoFactor(manager)).toBe(true);
    expect(await requirement.mustEnrolTwoFactor(staffAdmin)).toBe(true);
    expect(await requirement.mustEnrolTwoFactor(reviewer)).toBe(false);
    expect(await requirement.mustEnrolTwoFactor(ssoManager)).toBe(false);
    expect((await twoFactor.getTwoFactorStatus(manager)).required).toBe(true);

    await enrolled(manager);
    expect(await requirement.mustEnrolTwoFactor(manager)).toBe(false);

    await policy.setTwoFactorPolicy(admin, { requireForAdminsAndManagers: false });
    expect(await requirement.mustEnrolTwoFactor(staffAdmin)).toBe(false);
  });
});

describe("an admin resets a user's two-factor", () => {
  it("clears secret and codes and ends the user's sessions; refuses non-admins, one's own, and users without it", async () => {
    const u = await person(["manager"]);
    await enrolled(u);
    const { sessionVersion: v0 } = await t.db.user.findUniqueOrThrow({ where: { id: u.id } });
    const before = await databaseDigest(t.db);
    expect(await adminReset.resetUserTwoFactor(u, { userId: u.id })).toMatchObject({ ok: false });
    expect(await adminReset.resetUserTwoFactor(await person(["manager"]), { userId: u.id })).toMatchObject({
      ok: false,
    });
    expect({ ...(await databaseDigest(t.db)), users: "" }).toEqual({ ...before, users: "" });
    expect(await adminReset.resetUserTwoFactor(admin, { userId: admin.id })).toMatchObject({
      ok: false,
      reasons: [{ code: "own_two_factor" }],
    });

    expect(await adminReset.resetUserTwoFactor(admin, { userId: u.id })).toEqual({ ok: true, value: { reset: true } });
    const row = await t.db.user.findUniqueOrThrow({
      where: { id: u.id },
      select: { totpSecret: true, totpEnabledAt: true, sessionVersion: true },
    });
    expect(row).toEqual({ totpSecret: null, totpEnabledAt: null, sessionVersion: v0 + 1 });
    expect(await t.db.recoveryCode.count({ where: { userId: u.id } })).toBe(0);
    expect(await audits(u.id, "auth.2fa_reset")).toMatchObject([{ actorId: admin.id }]);
    expect(await adminReset.resetUserTwoFactor(admin, { userId: u.id })).toMatchObject({
      ok: false,
      reasons: [{ code: "not_enrolled" }],
    });
  });
});
