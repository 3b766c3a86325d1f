"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/dal/notification-reads";
import { parseStrict } from "@/lib/schemas/common";
import { markAllNotificationsReadSchema, markNotificationReadSchema } from "@/lib/schemas/notification";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/** Read receipts of the signed-in user's own notifications (the bell's count follows). */

export async function markNotificationReadAction(input: unknown): Promise<ActionResult<{ updated: number }>> {
  return runAction("markNotificationRead", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(markNotificationReadSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await markNotificationRead(user, parsed.data));
    if (result.ok) revalidatePath("/", "layout");
    return result;
  });
}

export async function markAllNotificationsReadAction(input: unknown): Promise<ActionResult<{ updated: number }>> {
  return runAction("markAllNotificationsRead", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(markAllNotificationsReadSchema, input ?? {});
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await markAllNotificationsRead(user));
    if (result.ok) revalidatePath("/", "layout");
    return result;
  });
}
