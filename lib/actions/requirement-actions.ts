"use server";

import {
  createRequirementCommand,
  importRequirementsCommand,
  updateRequirementCommand,
} from "@/lib/commands/requirements";
import { serverAction } from "./server-action";

/** Requirement commands (lib/commands/requirements.ts) as server actions. */

export const createRequirementAction = serverAction(createRequirementCommand);
export const updateRequirementAction = serverAction(updateRequirementCommand);
export const importRequirementsAction = serverAction(importRequirementsCommand);
