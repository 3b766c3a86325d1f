import { z } from "zod";
import { COMPONENT_KINDS } from "@/lib/domain/vocabulary";
import { idSchema, levelSchema, optionalText, reasonSchema, requiredText } from "./common";

/** A component created with its project: level 0, or a claimed level an entry review confirms. */
export const newProjectComponentSchema = z
  .object({
    name: requiredText("a component name", 120),
    kind: z.enum(COMPONENT_KINDS, { error: "Choose the kind of component." }),
    claimedLevel: levelSchema("claimed level").optional(),
    description: optionalText(2000).default(""),
  })
  .strict();

const people = (what: string, max: number) =>
  z
    .array(idSchema(what), { error: `Give a list of ${what}s.` })
    .max(max, `Choose at most ${max} ${what}s.`)
    .default([])
    .transform((ids) => [...new Set(ids)]);

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
    /** Empty: the creator is the only owner. */
    owners: people("owner", 20),
    contributors: people("contributor", 50),
    components: z
      .array(newProjectComponentSchema, { error: "Give a list of components." })
      .max(20, "Add at most 20 components here; add more on the components page.")
      .default([]),
    /** The TL;DR of the first card revision (the L0 template asks for it). */
    tldr: optionalText(5000).default(""),
  })
  .strict();
export type CreateProjectInput = z.input<typeof createProjectSchema>;
export type CreateProjectData = z.output<typeof createProjectSchema>;

/** Pause and resume both need the project and a reason. */
export const projectStatusSchema = z.object({ projectId: idSchema("project"), reason: reasonSchema }).strict();
export type ProjectStatusInput = z.input<typeof projectStatusSchema>;
export type ProjectStatusData = z.output<typeof projectStatusSchema>;

/** Editing a project's details and people; `version` is the one the form was read at (compare-and-set). */
export const updateProjectSchema = z
  .object({
    projectId: idSchema("project"),
    version: z.number({ error: "Missing the project's version." }).int().min(0, "Missing the project's version."),
    name: requiredText("a project name", 120),
    description: optionalText(5000).default(""),
    track: z.enum(["research", "product"], { error: "Choose the research or the product track." }),
    tags: createProjectSchema.shape.tags,
    owners: people("owner", 20).refine((ids) => ids.length > 0, "A project needs at least one owner."),
    contributors: people("contributor", 50),
  })
  .strict();
export type UpdateProjectInput = z.input<typeof updateProjectSchema>;
export type UpdateProjectData = z.output<typeof updateProjectSchema>;

/** Archiving: final, with a reason. */
export const archiveProjectSchema = projectStatusSchema;
