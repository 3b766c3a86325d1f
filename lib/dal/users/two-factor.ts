import "server-only";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { open, seal } from "@/lib/auth/secret-box";
import { checkTotp, generateRecoveryCodes, generateTotpSecret, totpUri } from "@/lib/auth/totp";
import { accept, reason, refuse, type Decision } from "@/lib/domain/decision";
import { verifyPassword } from "@/lib/password";
import type { ConfirmTwoFactorData, DisableTwoFactorData, RegenerateRecoveryCodesData } from "@/lib/schemas/account";
import { ACCOUNT_THROTTLED_MESSAGE, accountThrottle } from "@/lib/auth/account-throttle";
import { checkSecondFactor, hashRecoveryCodes, sealTotpSecret, verifySecondFactor } from "@/lib/auth/second-factor";
import { twoFactorRequiredFor } from "@/lib/auth/two-factor-requirement";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";

/**
 * Two-factor sign-in (TOTP) for one's own password account: status, enrolment, disabling and new
 * recovery codes. Every command acts on the signed-in user only (no user id in any input).
 *
 * Enrolment is two steps without a half-enrolled row: the account page seals a fresh secret with an
 * expiry for this user (prepareTwoFactorEnrolment, no write); confirming with a code from the app
 * stores it. So an abandoned set-up leaves nothing behind, and a secret is only ever stored
 * together with proof that the user's app produces its codes.
 */

const ENROLMENT_BOX = "totp-enrolment";

/** Replaces every recovery code of the user (old ones stop working in the same transaction). */
async function replaceRecoveryCodes(tx: Tx, userId: string, hashes: readonly string[]): Promise<void> {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) });
}
const ENROLMENT_TTL_MS = 15 * 60 * 1000;

export type TwoFactorStatus = {
  hasPassword: boolean;
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  /** The org requires it for this user (admin/manager with a password). */
  required: boolean;
};

export async function getTwoFactorStatus(actor: SessionUser): Promise<TwoFactorStatus> {
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: {
      passwordHash: true,
      totpEnabledAt: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  const hasPassword = Boolean(user?.passwordHash);
  return {
    hasPassword,
    enabled: Boolean(user?.totpEnabledAt),
    enabledAt: user?.totpEnabledAt ?? null,
    recoveryCodesLeft: user?.totpEnabledAt ? (user._count.recoveryCodes ?? 0) : 0,
    required: hasPassword && (await twoFactorRequiredFor(actor)),
  };
}

export type TwoFactorEnrolment = { enrolment: string; secret: string; uri: string };

/** A fresh secret for the set-up form, sealed to this user for 15 minutes. Writes nothing. */
export function prepareTwoFactorEnrolment(actor: SessionUser, now: Date): TwoFactorEnrolment {
  const secret = generateTotpSecret();
  const enrolment = seal(JSON.stringify({ secret, expiresAt: now.getTime() + ENROLMENT_TTL_MS }), {
    purpose: ENROLMENT_BOX,
    context: actor.id,
  });
  return { enrolment, secret, uri: totpUri({ secret, email: actor.email }) };
}

function openEnrolment(actor: SessionUser, sealed: string, now: Date): string | null {
  const plain = open(sealed, { purpose: ENROLMENT_BOX, context: actor.id });
  if (!plain) return null;
  try {
    const value = JSON.parse(plain) as { secret?: unknown; expiresAt?: unknown };
    if (typeof value.secret !== "string" || typeof value.expiresAt !== "number" || value.expiresAt < now.getTime())
      return null;
    return value.secret;
  } catch {
    return null;
  }
}

const SETUP_EXPIRED = reason(
  "enrolment_expired",
  "This set-up has expired. Reload the page and scan the new QR code.",
  "enrolment",
);
const WRONG_CODE = reason(
  "invalid_code",
  "That code is not right. Enter the current 6-digit code from your authenticator app (check that your phone's clock is set automatically).",
  "code",
);
const THROTTLED = reason("throttled", ACCOUNT_THROTTLED_MESSAGE);
const NOT_ENROLLED = reason("not_enrolled", "Two-factor authentication is not on for your account.");
const WRONG_PASSWORD = reason("wrong_password", "Your password is not correct.", "password");
const WRONG_SECOND_FACTOR = reason(
  "invalid_code",
  "That code is not right or was already used. Enter the current 6-digit code from your authenticator app or an unused recovery code.",
  "code",
);

/** Confirms the set-up with a code from the app; returns the ten recovery codes (shown once). */
export async function confirmTwoFactor(
  actor: SessionUser,
  data: ConfirmTwoFactorData,
  now: Date,
): Promise<Decision<{ recoveryCodes: string[] }>> {
  const secret = openEnrolment(actor, data.enrolment, now);
  if (!secret) return refuse([SETUP_EXPIRED]);
  const throttle = accountThrottle();
  if (!(await throttle.consume(actor.id))) return refuse([THROTTLED]);
  const check = checkTotp({ secret, code: data.code, now, lastStep: null });
  if (!check.ok) return refuse([WRONG_CODE]);
  await throttle.reset(actor.id);

  const recoveryCodes = generateRecoveryCodes();
  const hashes = await hashRecoveryCodes(recoveryCodes);
  return prisma.$transaction(async (tx) => {
    // Only a password account that is not enrolled yet: a second confirm cannot swap the secret.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, totpEnabledAt: null, passwordHash: { not: null } },
      data: { totpSecret: sealTotpSecret(actor.id, secret), totpEnabledAt: now, totpLastStep: check.step },
    });
    if (count !== 1) {
      const user = await tx.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
      return refuse<{ recoveryCodes: string[] }>([
        user?.passwordHash
          ? reason(
              "already_enabled",
              "Two-factor authentication is already on. Disable it first to set up another app.",
            )
          : reason(
              "no_password",
              "Your account signs in through single sign-on: two-factor authentication is managed by your organisation's sign-in.",
            ),
      ]);
    }
    await replaceRecoveryCodes(tx, actor.id, hashes);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "auth.2fa_enabled",
      entityType: "auth",
      entityId: actor.id,
      after: { method: "totp", recoveryCodes: hashes.length },
    });
    return accept({ recoveryCodes });
  });
}

/** Turns two-factor off: needs the password and a code (a recovery code too, for a lost phone). */
export async function disableTwoFactor(
  actor: SessionUser,
  data: DisableTwoFactorData,
  now: Date,
): Promise<Decision<{ disabled: true }>> {
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { passwordHash: true, totpEnabledAt: true },
  });
  if (!user?.totpEnabledAt || !user.passwordHash) return refuse([NOT_ENROLLED]);
  const throttle = accountThrottle();
  if (!(await throttle.consume(actor.id))) return refuse([THROTTLED]);
  if (!(await verifyPassword(user.passwordHash, data.password))) return refuse([WRONG_PASSWORD]);
  const second = await checkSecondFactor({ userId: actor.id, code: data.code, now, allowRecoveryCode: true });
  if (!second.ok) return refuse([second.error === "not_enrolled" ? NOT_ENROLLED : WRONG_SECOND_FACTOR]);
  await throttle.reset(actor.id);

  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, totpEnabledAt: { not: null } },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    if (count !== 1) return refuse<{ disabled: true }>([NOT_ENROLLED]);
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "auth.2fa_disabled",
      entityType: "auth",
      entityId: actor.id,
      after: { method: "totp", via: second.via },
    });
    return accept({ disabled: true as const });
  });
}

/** Ten new recovery codes (the old ones stop working); needs a current code from the app. */
export async function regenerateRecoveryCodes(
  actor: SessionUser,
  data: RegenerateRecoveryCodesData,
  now: Date,
): Promise<Decision<{ recoveryCodes: string[] }>> {
  const second = await verifySecondFactor({ userId: actor.id, code: data.code, now, allowRecoveryCode: false });
  if (!second.ok)
    return refuse([
      second.error === "throttled" ? THROTTLED : second.error === "not_enrolled" ? NOT_ENROLLED : WRONG_CODE,
    ]);
  const recoveryCodes = generateRecoveryCodes();
  const hashes = await hashRecoveryCodes(recoveryCodes);
  return prisma.$transaction(async (tx) => {
    const enrolled = await tx.user.count({ where: { id: actor.id, totpEnabledAt: { not: null } } });
    if (enrolled !== 1) return refuse<{ recoveryCodes: string[] }>([NOT_ENROLLED]);
    await replaceRecoveryCodes(tx, actor.id, hashes);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "auth.recovery_codes_regenerated",
      entityType: "auth",
      entityId: actor.id,
      after: { recoveryCodes: hashes.length },
    });
    return accept({ recoveryCodes });
  });
}
