import { z } from "zod";
import {
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_CHANNELS,
  type NotificationCategory,
} from "@/lib/domain/notification-preferences";
import { idSchema } from "./common";

export const markNotificationReadSchema = z.object({ notificationId: idSchema("notification") }).strict();
export type MarkNotificationReadInput = z.input<typeof markNotificationReadSchema>;
export type MarkNotificationReadData = z.output<typeof markNotificationReadSchema>;

export const markAllNotificationsReadSchema = z.object({}).strict();

const channel = z.enum(NOTIFICATION_CHANNELS, {
  message: "Choose in the app only, in the app and by e-mail, or in the app and in the daily digest.",
});

/** How each category of notification reaches the caller (always their own account). */
export const notificationPreferencesSchema = z
  .object(
    Object.fromEntries(NOTIFICATION_CATEGORIES.map((c) => [c, channel])) as Record<
      NotificationCategory,
      typeof channel
    >,
  )
  .strict();
export type NotificationPreferencesInput = z.input<typeof notificationPreferencesSchema>;
export type NotificationPreferencesData = z.output<typeof notificationPreferencesSchema>;
