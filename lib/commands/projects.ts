import "server-only";
import { createProject, setProjectStatus } from "@/lib/dal/projects/commands";
import { setProjectTarget } from "@/lib/dal/projects/targets";
import { createProjectSchema, projectStatusSchema } from "@/lib/schemas/project";
import { setTargetSchema } from "@/lib/schemas/target";
import { defineCommand } from "./define-command";

/** Project commands: creating one, pausing and resuming it, its target level and date. */

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
