import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Security events of accounts (sign-ins, failures, throttling, sign-outs, password and 2FA changes)
 * in the append-only audit log, as `auth.*` actions on entity type "auth". Admins read them at
 * /admin/sign-ins.
 */
export const AUTH_EVENT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_throttled",
  "auth.sign_in_deactivated",
  "auth.sign_out",
  "auth.password_changed",
  "auth.two_factor_enabled",
  "auth.two_factor_disabled",
  "auth.two_factor_failed",
] as const;
export type AuthEventAction = (typeof AUTH_EVENT_ACTIONS)[number];

export type AuthEventInput = {
  action: AuthEventAction;
  /** The account concerned; null when the email matches no account. */
  userId: string | null;
  /** Client address as the login throttle derived it (lib/auth/client-address). */
  ip?: string | null;
  /** Extra plain JSON (method, reason, retry-after…). Never passwords, hashes, codes or tokens. */
  detail?: Record<string, Prisma.InputJsonValue | null>;
};

/**
 * Records one account security event. Runs outside any transaction on purpose: a failed sign-in
 * changes nothing else to commit with. Logging must never break signing in, so a database error is
 * reported on the server log and swallowed.
 */
export async function recordAuthEvent(input: AuthEventInput): Promise<void> {
  try {
    await prisma.auditEvent.create({
      data: {
        actorId: input.userId,
        action: input.action,
        entityType: "auth",
        entityId: input.userId ?? "unknown",
        after: { ip: input.ip ?? null, ...(input.detail ?? {}) },
      },
    });
  } catch (error) {
    console.error(`[auth] could not record ${input.action}`, error);
  }
}
