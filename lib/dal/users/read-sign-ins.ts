import "server-only";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { accept, refuse, type Decision } from "@/lib/domain/decision";
import { can } from "@/lib/domain/permissions";

/** The admin's sign-in log (/admin/sign-ins): the `auth.*` events lib/auth/auth-event-log.ts records. */
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
