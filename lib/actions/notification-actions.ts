"use server";

import {
  markAllNotificationsReadCommand,
  markNotificationReadCommand,
  setNotificationPreferencesCommand,
} from "@/lib/commands/notifications";
import { serverAction } from "./server-action";

/** Read receipts of the signed-in user's own notifications (lib/commands/notifications.ts). */

export const markNotificationReadAction = serverAction(markNotificationReadCommand);
export const markAllNotificationsReadAction = serverAction(markAllNotificationsReadCommand);
export const setNotificationPreferencesAction = serverAction(setNotificationPreferencesCommand);
