"use server";

import { setTwoFactorPolicyCommand } from "@/lib/commands/settings";
import { serverAction } from "./server-action";

/** The organisation's sign-in policy (lib/commands/settings.ts). */
export const setTwoFactorPolicyAction = serverAction(setTwoFactorPolicyCommand);
