"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { resetUserTwoFactor } from "@/lib/dal/two-factor-admin";
import { parseStrict } from "@/lib/schemas/common";
import { resetUserTwoFactorSchema } from "@/lib/schemas/account";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/** Admin: clear another user's two-factor. Session → zod (strict) → DAL (admin check + change + audit, one tx). */
export async function resetUserTwoFactorAction(input: unknown): Promise<ActionResult<{ reset: true }>> {
  return runAction("resetUserTwoFactor", async () => {
    const actor = await requireUserForAction();
    if (!actor) return notSignedIn();
    const parsed = parseStrict(resetUserTwoFactorSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await resetUserTwoFactor(actor, parsed.data));
    if (result.ok) revalidatePath("/admin/users");
    return result;
  });
}
