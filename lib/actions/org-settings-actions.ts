"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { setTwoFactorPolicy } from "@/lib/dal/two-factor-policy";
import { parseStrict } from "@/lib/schemas/common";
import { twoFactorPolicySchema } from "@/lib/schemas/account";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/** Organisation settings (admins): session → zod (strict) → DAL (admin check + change + audit, one tx). */

export async function setTwoFactorPolicyAction(input: unknown): Promise<ActionResult<{ changed: boolean }>> {
  return runAction("setTwoFactorPolicy", async () => {
    const actor = await requireUserForAction();
    if (!actor) return notSignedIn();
    const parsed = parseStrict(twoFactorPolicySchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await setTwoFactorPolicy(actor, parsed.data));
    if (result.ok) revalidatePath("/admin/users");
    return result;
  });
}
