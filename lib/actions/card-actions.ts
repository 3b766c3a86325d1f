"use server";

import {
  discardHeldCardEditsCommand,
  holdCardSectionCommand,
  publishHeldCardEditsCommand,
} from "@/lib/commands/card-held-edits";
import { restoreCardRevisionCommand, saveCardSectionCommand } from "@/lib/commands/cards";
import { serverAction } from "./server-action";

/** TRL Card commands (lib/commands/cards.ts) as server actions. */

export const saveCardSectionAction = serverAction(saveCardSectionCommand);
export const restoreCardRevisionAction = serverAction(restoreCardRevisionCommand);
export const holdCardSectionAction = serverAction(holdCardSectionCommand);
export const discardHeldCardEditsAction = serverAction(discardHeldCardEditsCommand);
export const publishHeldCardEditsAction = serverAction(publishHeldCardEditsCommand);
