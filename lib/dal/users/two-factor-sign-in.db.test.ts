import { describe, expect, it } from "vitest";
import { SIGN_IN_ERROR } from "@/lib/auth/sign-in-errors";
import { totpCodeAt } from "@/lib/auth/totp";
import {
  admin,
  adminReset,
  at,
  audits,
  enrolled,
  PASSWORD,
  person,
  policy,
  setupAccountSecurityDb,
  signIn,
  t,
  twoFactor,
  requirement,
} from "@/lib/dal/users/account-security-fixtures";
import { databaseDigest } from "@/test/gate-fixtures";

/**
 * Issue "Gate integrity and account security", item 9: the second factor at sign-in, disabling it,
 * new recovery codes, the policy requiring it for staff, and an admin's reset.
 */
setupAccountSecurityDb();

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
