"use server";

import {
  bumpComponentVersionCommand,
  createComponentCommand,
  discoverySwitchbackCommand,
  embeddedSwitchbackCommand,
  withdrawComponentClaimCommand,
} from "@/lib/commands/components";
import { serverAction } from "./server-action";

/** Component commands (lib/commands/components.ts) as server actions. */

export const createComponentAction = serverAction(createComponentCommand);
export const withdrawComponentClaimAction = serverAction(withdrawComponentClaimCommand);
export const bumpComponentVersionAction = serverAction(bumpComponentVersionCommand);
export const discoverySwitchbackAction = serverAction(discoverySwitchbackCommand);
export const embeddedSwitchbackAction = serverAction(embeddedSwitchbackCommand);
