"use server";

import {
  archiveProjectCommand,
  createProjectCommand,
  pauseProjectCommand,
  resumeProjectCommand,
  updateProjectCommand,
} from "@/lib/commands/projects";
import { serverAction } from "./server-action";

/** Project commands (lib/commands/projects.ts) as server actions. */

export const createProjectAction = serverAction(createProjectCommand);
export const pauseProjectAction = serverAction(pauseProjectCommand);
export const resumeProjectAction = serverAction(resumeProjectCommand);
export const updateProjectAction = serverAction(updateProjectCommand);
export const archiveProjectAction = serverAction(archiveProjectCommand);
