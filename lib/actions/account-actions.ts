"use server";

import { keepCurrentSession } from "@/lib/auth/session-cookie";
import {
  changePasswordCommand,
  confirmTwoFactorCommand,
  disableTwoFactorCommand,
  regenerateRecoveryCodesCommand,
} from "@/lib/commands/account";
import { serverAction } from "./server-action";

/** The signed-in user's own account (lib/commands/account.ts) as server actions. */

/** Every session ended with the password change; this door re-issues the caller's own cookie (and returns nothing). */
export const changePasswordAction = serverAction(changePasswordCommand, async ({ sessionVersion }) => {
  await keepCurrentSession(sessionVersion);
});
export const confirmTwoFactorAction = serverAction(confirmTwoFactorCommand);
export const disableTwoFactorAction = serverAction(disableTwoFactorCommand);
export const regenerateRecoveryCodesAction = serverAction(regenerateRecoveryCodesCommand);
