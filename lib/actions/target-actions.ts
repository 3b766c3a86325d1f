"use server";

import { setProjectTargetCommand } from "@/lib/commands/projects";
import { serverAction } from "./server-action";

/** Sets or clears a project's target level and date (lib/commands/projects.ts). */
export const setProjectTargetAction = serverAction(setProjectTargetCommand);
