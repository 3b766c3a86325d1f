import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword, verifyPassword } from "@/lib/password";
import { accountThrottle } from "./account-throttle";
import { open, seal } from "./secret-box";
import { checkTotp, looksLikeRecoveryCode, looksLikeTotpCode, normalizeRecoveryCode } from "./totp";

/**
 * Checking a second factor (TOTP code or recovery code) of an enrolled user: used by sign-in and
 * by the account page's disable/regenerate commands. Every path is throttled per user
 * (account-throttle) and every acceptance is a compare-and-set, so a code cannot be used twice,
 * not even by two requests racing each other.
 */

export const TOTP_SECRET_BOX = "totp-secret";

export function sealTotpSecret(userId: string, secret: string): string {
  return seal(secret, { purpose: TOTP_SECRET_BOX, context: userId });
}

export type SecondFactorCheck =
  { ok: true; via: "totp" | "recovery_code" } | { ok: false; error: "invalid" | "not_enrolled" };
export type SecondFactorResult = SecondFactorCheck | { ok: false; error: "throttled" };

/** Whether sign-in must ask this user for a second factor. */
export async function isTwoFactorEnabled(userId: string): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  return Boolean(user?.totpEnabledAt);
}

/** Argon2id, like passwords: a leaked table does not give usable recovery codes. */
export async function hashRecoveryCodes(codes: readonly string[]): Promise<string[]> {
  return Promise.all(codes.map((c) => hashPassword(normalizeRecoveryCode(c))));
}

/**
 * The check without the throttle (callers that also check a password consume one attempt for
 * both). A recovery code is accepted only where `allowRecoveryCode` says so.
 */
export async function checkSecondFactor(input: {
  userId: string;
  code: string;
  now: Date;
  allowRecoveryCode: boolean;
}): Promise<SecondFactorCheck> {
  const user = await prisma.user.findUnique({
    where: { id: input.userId },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user?.totpEnabledAt || !user.totpSecret) return { ok: false, error: "not_enrolled" };

  if (looksLikeTotpCode(input.code)) {
    const secret = open(user.totpSecret, { purpose: TOTP_SECRET_BOX, context: input.userId });
    if (secret === null) {
      // NEXTAUTH_SECRET changed or the row was tampered with: only a recovery code can help now.
      console.error(`[auth] TOTP secret of user ${input.userId} cannot be decrypted`);
      return { ok: false, error: "invalid" };
    }
    const check = checkTotp({ secret, code: input.code, now: input.now, lastStep: user.totpLastStep });
    if (!check.ok) return { ok: false, error: "invalid" };
    // Compare-and-set on the step: of two requests with the same code, exactly one gets count 1.
    const { count } = await prisma.user.updateMany({
      where: {
        id: input.userId,
        totpEnabledAt: { not: null },
        OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.step } }],
      },
      data: { totpLastStep: check.step },
    });
    return count === 1 ? { ok: true, via: "totp" } : { ok: false, error: "invalid" };
  }

  if (!input.allowRecoveryCode || !looksLikeRecoveryCode(input.code)) return { ok: false, error: "invalid" };
  const normalized = normalizeRecoveryCode(input.code);
  const unused = await prisma.recoveryCode.findMany({
    where: { userId: input.userId, usedAt: null },
    select: { id: true, codeHash: true },
  });
  for (const candidate of unused) {
    if (!(await verifyPassword(candidate.codeHash, normalized))) continue;
    return prisma.$transaction(async (tx) => {
      const { count } = await tx.recoveryCode.updateMany({
        where: { id: candidate.id, usedAt: null },
        data: { usedAt: input.now },
      });
      if (count !== 1) return { ok: false, error: "invalid" } as const;
      const remaining = await tx.recoveryCode.count({ where: { userId: input.userId, usedAt: null } });
      // The same row the DAL's writeAudit would append, written here so lib/auth needs no DAL.
      await tx.auditEvent.create({
        data: {
          actorId: input.userId,
          action: "auth.recovery_code_used",
          entityType: "auth",
          entityId: input.userId,
          projectId: null,
          before: Prisma.DbNull,
          after: { remaining },
        },
      });
      return { ok: true, via: "recovery_code" } as const;
    });
  }
  return { ok: false, error: "invalid" };
}

/** Throttled check: one attempt counted before checking; a success resets the user's counter. */
export async function verifySecondFactor(input: {
  userId: string;
  code: string;
  now: Date;
  allowRecoveryCode: boolean;
}): Promise<SecondFactorResult> {
  const throttle = accountThrottle();
  if (!(await throttle.consume(input.userId))) return { ok: false, error: "throttled" };
  const result = await checkSecondFactor(input);
  if (result.ok) await throttle.reset(input.userId);
  return result;
}
