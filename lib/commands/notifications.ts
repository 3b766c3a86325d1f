import "server-only";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/dal/notifications/inbox";
import { setNotificationPreferences } from "@/lib/dal/notifications/preferences";
import {
  markAllNotificationsReadSchema,
  markNotificationReadSchema,
  notificationPreferencesSchema,
} from "@/lib/schemas/notification";
import { defineCommand } from "./define-command";

/** Read receipts of the signed-in user's own notifications (the bell's count follows). */

export const markNotificationReadCommand = defineCommand({
  name: "markNotificationRead",
  schema: markNotificationReadSchema,
  run: markNotificationRead,
  invalidates: ["notifications"],
  audit: ["notification.read"],
});

export const markAllNotificationsReadCommand = defineCommand({
  name: "markAllNotificationsRead",
  schema: markAllNotificationsReadSchema,
  run: (user) => markAllNotificationsRead(user),
  invalidates: ["notifications"],
  audit: ["notification.read_all"],
  noInput: true,
});

/** The caller's own preferences: what reaches them in the app only, by e-mail, or in the daily digest. */
export const setNotificationPreferencesCommand = defineCommand({
  name: "setNotificationPreferences",
  schema: notificationPreferencesSchema,
  run: setNotificationPreferences,
  invalidates: ["account"],
  audit: ["notification.preferences_changed"],
});
