import "server-only";
import { createProject, setProjectStatus } from "@/lib/dal/projects/commands";
import { archiveProject, updateProject } from "@/lib/dal/projects/manage";
import { setProjectTarget } from "@/lib/dal/projects/targets";
import {
  archiveProjectSchema,
  createProjectSchema,
  projectStatusSchema,
  updateProjectSchema,
} from "@/lib/schemas/project";
import { setTargetSchema } from "@/lib/schemas/target";
import { defineCommand } from "./define-command";

/** Project commands: creating, editing and archiving one, pausing and resuming it, its target level and date. */

/** A new project counts in projects per level and may bring new tags. */
export const createProjectCommand = defineCommand({
  name: "createProject",
  schema: createProjectSchema,
  run: createProject,
  invalidates: ["projects", "home", "portfolioStats"],
  audit: ["project.create"],
});

/** Paused projects count like active ones in the portfolio aggregates. */
export const pauseProjectCommand = defineCommand({
  name: "pauseProject",
  schema: projectStatusSchema,
  run: (user, input) => setProjectStatus(user, { ...input, to: "paused" }),
  // The portfolio's target status reads the project's status ("at risk: paused").
  invalidates: ["projects", "home", "portfolio"],
  audit: ["project.pause"],
});

export const resumeProjectCommand = defineCommand({
  name: "resumeProject",
  schema: projectStatusSchema,
  run: (user, input) => setProjectStatus(user, { ...input, to: "active" }),
  // The portfolio's target status reads the project's status ("at risk: paused").
  invalidates: ["projects", "home", "portfolio"],
  audit: ["project.resume"],
});

/** Sets or clears a project's target level and date (owners, managers, admins). */
export const setProjectTargetCommand = defineCommand({
  name: "setProjectTarget",
  schema: setTargetSchema,
  run: setProjectTarget,
  invalidates: ["portfolio", "projects"],
  audit: ["project.target_set", "project.target_clear"],
});

/** Tags feed the cached tag list; the name and track show on the portfolio. */
export const updateProjectCommand = defineCommand({
  name: "updateProject",
  schema: updateProjectSchema,
  run: updateProject,
  invalidates: ["projects", "portfolio", "portfolioStats"],
  audit: ["project.update"],
});

/** An archived project drops out of the portfolio's figures. */
export const archiveProjectCommand = defineCommand({
  name: "archiveProject",
  schema: archiveProjectSchema,
  run: archiveProject,
  invalidates: ["projects", "home", "portfolio", "portfolioStats"],
  audit: ["project.archive"],
});
