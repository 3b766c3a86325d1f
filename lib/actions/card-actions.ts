"use server";

import { restoreCardRevisionCommand, saveCardSectionCommand } from "@/lib/commands/cards";
import { serverAction } from "./server-action";

/** TRL Card commands (lib/commands/cards.ts) as server actions. */

export const saveCardSectionAction = serverAction(saveCardSectionCommand);
export const restoreCardRevisionAction = serverAction(restoreCardRevisionCommand);
