import { z } from "zod";
import { idSchema } from "./common";

export const markNotificationReadSchema = z.object({ notificationId: idSchema("notification") }).strict();
export type MarkNotificationReadInput = z.input<typeof markNotificationReadSchema>;
export type MarkNotificationReadData = z.output<typeof markNotificationReadSchema>;

export const markAllNotificationsReadSchema = z.object({}).strict();
