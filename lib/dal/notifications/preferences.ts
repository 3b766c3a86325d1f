import "server-only";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { Decision } from "@/lib/domain/decision";
import {
  NOTIFICATION_CATEGORIES,
  toPreferences,
  withDefaults,
  type NotificationCategory,
  type NotificationChannel,
} from "@/lib/domain/notification-preferences";
import type { NotificationPreferencesData } from "@/lib/schemas/notification";
import { writeAudit } from "@/lib/dal/core/audit";
import { runTransaction } from "@/lib/dal/core/transaction";

/**
 * The caller's own notification preferences. No input names a user: reads and writes are scoped to
 * `userId = caller.id`. The outbox worker and the digest read the same rows.
 */

export type NotificationPreferencesDto = Record<NotificationCategory, NotificationChannel>;

export async function readNotificationPreferences(): Promise<NotificationPreferencesDto> {
  const user = await requireUser();
  const rows = await prisma.notificationPreference.findMany({
    where: { userId: user.id },
    select: { category: true, channel: true },
  });
  return withDefaults(toPreferences(rows));
}

export async function setNotificationPreferences(
  user: SessionUser,
  data: NotificationPreferencesData,
): Promise<Decision<{ changed: number }>> {
  return runTransaction(async (tx) => {
    const rows = await tx.notificationPreference.findMany({
      where: { userId: user.id },
      select: { category: true, channel: true },
    });
    const before = withDefaults(toPreferences(rows));
    const changed = NOTIFICATION_CATEGORIES.filter((c) => before[c] !== data[c]);
    // Upserts by the (user, category) key: two tabs saving at once both land, the last one wins per category.
    for (const category of changed)
      await tx.notificationPreference.upsert({
        where: { userId_category: { userId: user.id, category } },
        create: { userId: user.id, category, channel: data[category] },
        update: { channel: data[category] },
      });
    await writeAudit(tx, {
      actorId: user.id,
      action: "notification.preferences_changed",
      entityType: "user",
      entityId: user.id,
      before: Object.fromEntries(changed.map((c) => [c, before[c]])),
      after: Object.fromEntries(changed.map((c) => [c, data[c]])),
    });
    return { changed: changed.length };
  });
}
