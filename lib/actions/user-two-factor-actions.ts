"use server";

import { resetUserTwoFactorCommand } from "@/lib/commands/users";
import { serverAction } from "./server-action";

/** Admin: clear another user's two-factor (lib/commands/users.ts). */
export const resetUserTwoFactorAction = serverAction(resetUserTwoFactorCommand);
