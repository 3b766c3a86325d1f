"use server";

import { createApiTokenCommand, revokeApiTokenCommand } from "@/lib/commands/api-tokens";
import { serverAction } from "./server-action";

/** API tokens (lib/commands/api-tokens.ts) as server actions: the only door that creates or revokes them. */
export const createApiTokenAction = serverAction(createApiTokenCommand);
export const revokeApiTokenAction = serverAction(revokeApiTokenCommand);
