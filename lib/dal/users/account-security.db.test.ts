import { describe, expect, it } from "vitest";
import { totpCodeAt } from "@/lib/auth/totp";
import { verifyPassword } from "@/lib/password";
import {
  admin,
  at,
  audits,
  password,
  PASSWORD,
  person,
  setupAccountSecurityDb,
  t,
  twoFactor,
  users,
} from "@/lib/dal/users/account-security-fixtures";
import { databaseDigest, uid } from "@/test/gate-fixtures";

/**
 * Issue "Gate integrity and account security", item 9, against real Postgres: any 12 characters
 * used to pass as a password, nobody could change their own, and there was no second factor.
 */
setupAccountSecurityDb();

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
