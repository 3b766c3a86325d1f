"use server";

import { holdProjectAtGateCommand, stopProjectAtGateCommand } from "@/lib/commands/gate-outcomes";
import { serverAction } from "./server-action";

/** Gate outcomes (lib/commands/gate-outcomes.ts) as server actions. */

export const holdProjectAtGateAction = serverAction(holdProjectAtGateCommand);
export const stopProjectAtGateAction = serverAction(stopProjectAtGateCommand);
