import { z } from "zod";
import { idSchema, optionalText, reasonSchema, requiredText } from "./common";

export const createProjectSchema = z
  .object({
    name: requiredText("a project name", 120),
    description: optionalText(5000).default(""),
    track: z.enum(["research", "product"], { error: "Choose the research or the product track." }).default("research"),
    tags: z
      .array(requiredText("a tag", 40), { error: "Give a list of tags." })
      .max(20, "Use at most 20 tags.")
      .default([])
      .transform((tags) => [...new Set(tags.map((t) => t.toLowerCase()))]),
  })
  .strict();
export type CreateProjectInput = z.input<typeof createProjectSchema>;
export type CreateProjectData = z.output<typeof createProjectSchema>;

/** Pause and resume both need the project and a reason. */
export const projectStatusSchema = z.object({ projectId: idSchema("project"), reason: reasonSchema }).strict();
export type ProjectStatusInput = z.input<typeof projectStatusSchema>;
export type ProjectStatusData = z.output<typeof projectStatusSchema>;
