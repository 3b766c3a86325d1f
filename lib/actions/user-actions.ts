"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { createUser, resetUserPassword, updateUserAccess } from "@/lib/dal/users";
import { parseStrict } from "@/lib/schemas/common";
import { createUserSchema, resetPasswordSchema, updateUserAccessSchema } from "@/lib/schemas/user";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/** Admin user management: session → zod (strict) → DAL (admin check + change + audit, one tx). */

export async function createUserAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("createUser", async () => {
    const actor = await requireUserForAction();
    if (!actor) return notSignedIn();
    const parsed = parseStrict(createUserSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await createUser(actor, parsed.data));
    if (result.ok) revalidatePath("/admin/users");
    return result;
  });
}

export async function updateUserAccessAction(input: unknown): Promise<ActionResult<{ changed: boolean }>> {
  return runAction("updateUserAccess", async () => {
    const actor = await requireUserForAction();
    if (!actor) return notSignedIn();
    const parsed = parseStrict(updateUserAccessSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await updateUserAccess(actor, parsed.data));
    if (result.ok) revalidatePath("/admin/users");
    return result;
  });
}

export async function resetUserPasswordAction(input: unknown): Promise<ActionResult<{ signedOutSelf: boolean }>> {
  return runAction("resetUserPassword", async () => {
    const actor = await requireUserForAction();
    if (!actor) return notSignedIn();
    const parsed = parseStrict(resetPasswordSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    return fromDecision(await resetUserPassword(actor, parsed.data));
  });
}
