import { z } from "zod";
import { COMPONENT_KINDS } from "@/lib/domain/vocabulary";
import { idSchema, levelSchema, optionalText, reasonSchema, requiredText } from "./common";

/**
 * Import a component of another project: it keeps its versions and provenance and claims the
 * level it earned there, which an entry review of this project confirms.
 */
export const importComponentSchema = z
  .object({
    projectId: idSchema("project"),
    sourceComponentId: z
      .string({ error: "Choose the component to import." })
      .trim()
      .min(1, "Choose the component to import.")
      .pipe(idSchema("component")),
    /** Name in this project; defaults to the source's name. */
    name: requiredText("a component name", 120).optional(),
  })
  .strict();
export type ImportComponentInput = z.input<typeof importComponentSchema>;
export type ImportComponentData = z.output<typeof importComponentSchema>;

/** Archive a component: it no longer counts towards the system level. */
export const archiveComponentSchema = z.object({ componentId: idSchema("component"), reason: reasonSchema }).strict();
export type ArchiveComponentInput = z.input<typeof archiveComponentSchema>;
export type ArchiveComponentData = z.output<typeof archiveComponentSchema>;

// ---------------------------------------------------------------------------------------------
// Browser forms for the gate engine's component actions (createComponentAction and
// bumpComponentVersionAction parse their own strict schemas again): an empty version means
// "not given" here, and only changed versions are sent.

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const optionalSemver = (what: string) =>
  z
    .string()
    .trim()
    .max(40, "Use at most 40 characters.")
    .refine((v) => v === "" || SEMVER.test(v), `The ${what} version must look like 1.4.2 (or stay empty).`);
const semver = (what: string) =>
  z.string().trim().max(40, "Use at most 40 characters.").regex(SEMVER, `The ${what} version must look like 1.4.2.`);

export const componentFormSchema = z
  .object({
    name: requiredText("a component name", 120),
    kind: z.enum(COMPONENT_KINDS, { error: "Choose the kind of component." }),
    /** Level the component claims to enter at (0 = no claim). */
    claimedLevel: levelSchema("claimed level"),
    description: optionalText(5000),
    code: optionalSemver("code"),
    model: optionalSemver("model"),
    data: optionalSemver("data"),
  })
  .strict();
export type ComponentFormInput = z.input<typeof componentFormSchema>;

export const bumpFormSchema = z
  .object({
    code: semver("code"),
    model: semver("model"),
    data: semver("data"),
    changelog: requiredText("what changed (one line for the changelog)", 2000),
  })
  .strict();
export type BumpFormInput = z.input<typeof bumpFormSchema>;
