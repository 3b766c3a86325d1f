import "server-only";
import { cache } from "react";
import { getSessionUser, requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { Decision } from "@/lib/domain/decision";
import type { MarkNotificationReadData } from "@/lib/schemas/notification";
import { writeAudit } from "@/lib/dal/core/audit";
import { notFound, runTransaction } from "@/lib/dal/core/transaction";

/**
 * In-app notifications of the signed-in user. Every query is scoped to `userId = viewer.id` in
 * its where clause: nobody reads or marks another person's notifications.
 */

export type NotificationDto = {
  id: string;
  kind: string;
  title: string;
  body: string;
  url: string | null;
  createdAt: Date;
  readAt: Date | null;
  projectName: string | null;
};

const PAGE_SIZE = 100;

/** Old notification links point at /projects/<slug>/reviews/<id>; the review page lives at /reviews/<id>. */
export function notificationHref(url: string | null): string | null {
  if (!url) return null;
  const m = /^\/projects\/[^/]+\/reviews\/([^/?#]+)$/.exec(url);
  return m ? `/reviews/${m[1]}` : url.startsWith("/") ? url : null;
}

export async function listNotificationsFor(db: DbClient, viewer: SessionUser): Promise<NotificationDto[]> {
  const rows = await db.notification.findMany({
    where: { userId: viewer.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      title: true,
      body: true,
      url: true,
      createdAt: true,
      readAt: true,
      project: { select: { name: true } },
    },
  });
  return rows.map((n) => ({ ...n, url: notificationHref(n.url), projectName: n.project?.name ?? null }));
}

export async function listNotifications(): Promise<NotificationDto[]> {
  return listNotificationsFor(prisma, await requireUser());
}

export async function unreadCountFor(db: DbClient, viewer: SessionUser): Promise<number> {
  return db.notification.count({ where: { userId: viewer.id, readAt: null } });
}

/** For the header bell: 0 when signed out or when the count cannot be read (never breaks a page). */
export const getUnreadCount = cache(async (): Promise<number> => {
  try {
    const user = await getSessionUser();
    return user ? await unreadCountFor(prisma, user) : 0;
  } catch {
    return 0;
  }
});

export async function markNotificationRead(
  user: SessionUser,
  data: MarkNotificationReadData,
): Promise<Decision<{ updated: number }>> {
  return runTransaction(async (tx) => {
    const n = await tx.notification.findFirst({
      where: { id: data.notificationId, userId: user.id },
      select: { id: true, readAt: true },
    });
    if (!n) throw notFound("notification", "notificationId");
    if (n.readAt) return { updated: 0 };
    const { count } = await tx.notification.updateMany({
      where: { id: n.id, userId: user.id, readAt: null },
      data: { readAt: new Date() },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "notification.read",
      entityType: "notification",
      entityId: n.id,
      before: { readAt: null },
      after: { read: true },
    });
    return { updated: count };
  });
}

export async function markAllNotificationsRead(user: SessionUser): Promise<Decision<{ updated: number }>> {
  return runTransaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: user.id, readAt: null },
      data: { readAt: new Date() },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "notification.read_all",
      entityType: "user",
      entityId: user.id,
      after: { marked: count },
    });
    return { updated: count };
  });
}
