import "server-only";
import { createRequirement, importRequirementsCsv, updateRequirement } from "@/lib/dal/requirements/commands";
import { createRequirementSchema, importRequirementsSchema, updateRequirementSchema } from "@/lib/schemas/requirement";
import { defineCommand } from "./define-command";

/** Requirement commands (the DAL applies the domain rules and computes the risk). */

export const createRequirementCommand = defineCommand({
  name: "createRequirement",
  schema: createRequirementSchema,
  run: createRequirement,
  invalidates: ["projects"],
  audit: ["requirement.create"],
});

export const updateRequirementCommand = defineCommand({
  name: "updateRequirement",
  schema: updateRequirementSchema,
  run: updateRequirement,
  invalidates: ["projects"],
  audit: ["requirement.update"],
});

/** All or nothing; refusals carry one field error per problem, keyed row.<n>.<column>. */
export const importRequirementsCommand = defineCommand({
  name: "importRequirements",
  schema: importRequirementsSchema,
  run: importRequirementsCsv,
  invalidates: ["projects"],
  audit: ["requirement.import"],
});
