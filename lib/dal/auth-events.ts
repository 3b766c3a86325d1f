import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { accept, refuse, type Decision } from "@/lib/domain/decision";
import { can } from "@/lib/domain/permissions";

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

export const AUTH_EVENTS_PAGE_SIZE = 50;

export type AuthEventRow = {
  id: string;
  action: string;
  createdAt: Date;
  user: { id: string; email: string; name: string } | null;
  ip: string | null;
  detail: Record<string, unknown>;
};

/** Newest first, AUTH_EVENTS_PAGE_SIZE a page (page 1 = newest; past the end = the last page). Admins only. */
export async function listAuthEvents(
  actor: SessionUser,
  page: number,
): Promise<Decision<{ rows: AuthEventRow[]; page: number; pageCount: number; total: number }>> {
  const decision = can({ userId: actor.id, roles: actor.roles }, "admin");
  if (!decision.ok) return refuse(decision.reasons);
  // Sign-ins and account changes (password, two-factor) alike are written with entity type "auth".
  const where = { entityType: "auth" };
  const total = await prisma.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUTH_EVENTS_PAGE_SIZE));
  const safePage = Number.isInteger(page) && page > 0 ? Math.min(page, pageCount) : 1;
  const rows = await prisma.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (safePage - 1) * AUTH_EVENTS_PAGE_SIZE,
    take: AUTH_EVENTS_PAGE_SIZE,
    select: {
      id: true,
      action: true,
      createdAt: true,
      after: true,
      actor: { select: { id: true, email: true, name: true } },
    },
  });
  return accept({
    page: safePage,
    pageCount,
    total,
    rows: rows.map((r) => {
      const { ip, ...detail } = (
        r.after && typeof r.after === "object" && !Array.isArray(r.after) ? r.after : {}
      ) as Record<string, unknown>;
      return {
        id: r.id,
        action: r.action,
        createdAt: r.createdAt,
        user: r.actor,
        ip: typeof ip === "string" ? ip : null,
        detail,
      };
    }),
  });
}
