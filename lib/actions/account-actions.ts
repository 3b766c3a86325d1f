"use server";

import { revalidatePath } from "next/cache";
import { getSessionUser, requireUserForAction } from "@/lib/auth";
import { keepCurrentSession } from "@/lib/auth/session-cookie";
import { changeOwnPassword } from "@/lib/dal/account-password";
import { confirmTwoFactor, disableTwoFactor, regenerateRecoveryCodes } from "@/lib/dal/two-factor";
import { parseStrict } from "@/lib/schemas/common";
import {
  changePasswordSchema,
  confirmTwoFactorSchema,
  disableTwoFactorSchema,
  regenerateRecoveryCodesSchema,
} from "@/lib/schemas/account";
import { fromDecision, invalidInput, notSignedIn, ok, runAction, type ActionResult } from "./result";

/** The signed-in user's own account: password and two-factor. No input names a user: it is always the caller. */

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  return runAction("changePassword", async () => {
    const actor = await requireUserForAction();
    if (!actor) return notSignedIn();
    const parsed = parseStrict(changePasswordSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const decision = await changeOwnPassword(actor, parsed.data);
    if (!decision.ok) return fromDecision(decision);
    await keepCurrentSession(decision.value.sessionVersion);
    return ok();
  });
}

/**
 * Confirms the two-factor set-up. The one action open to a user the required-2FA gate holds back
 * (hence getSessionUser, not requireUserForAction). Returns the recovery codes: shown once.
 */
export async function confirmTwoFactorAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return runAction("confirmTwoFactor", async () => {
    const actor = await getSessionUser();
    if (!actor) return notSignedIn();
    const parsed = parseStrict(confirmTwoFactorSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await confirmTwoFactor(actor, parsed.data, new Date()));
    if (result.ok) revalidatePath("/account");
    return result;
  });
}

export async function disableTwoFactorAction(input: unknown): Promise<ActionResult> {
  return runAction("disableTwoFactor", async () => {
    const actor = await requireUserForAction();
    if (!actor) return notSignedIn();
    const parsed = parseStrict(disableTwoFactorSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const decision = await disableTwoFactor(actor, parsed.data, new Date());
    if (!decision.ok) return fromDecision(decision);
    revalidatePath("/account");
    return ok();
  });
}

export async function regenerateRecoveryCodesAction(
  input: unknown,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return runAction("regenerateRecoveryCodes", async () => {
    const actor = await requireUserForAction();
    if (!actor) return notSignedIn();
    const parsed = parseStrict(regenerateRecoveryCodesSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await regenerateRecoveryCodes(actor, parsed.data, new Date()));
    if (result.ok) revalidatePath("/account");
    return result;
  });
}
