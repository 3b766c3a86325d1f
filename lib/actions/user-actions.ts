"use server";

import { createUserCommand, resetUserPasswordCommand, updateUserAccessCommand } from "@/lib/commands/users";
import { serverAction } from "./server-action";

/** Admin user management (lib/commands/users.ts) as server actions. */

export const createUserAction = serverAction(createUserCommand);
export const updateUserAccessAction = serverAction(updateUserAccessCommand);
export const resetUserPasswordAction = serverAction(resetUserPasswordCommand);
