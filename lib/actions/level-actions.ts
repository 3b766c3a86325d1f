"use server";

import { publishLevelDefinitionsCommand } from "@/lib/commands/settings";
import { serverAction } from "./server-action";

/** Publishes a new version of the level definitions (lib/commands/settings.ts). */
export const publishLevelDefinitionsAction = serverAction(publishLevelDefinitionsCommand);
