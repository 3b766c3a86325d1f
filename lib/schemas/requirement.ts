import { z } from "zod";
import { METRIC_COMPARATORS } from "@/lib/domain/evidence";
import { REQUIREMENT_KINDS, REQUIREMENT_STATUSES } from "@/lib/domain/vocabulary";
import { idSchema, optionalText, requiredText } from "./common";
import { acknowledgedVoteResetsSchema } from "./card";

/**
 * Requirements: the form, the actions and the CSV import share these fields. The domain's
 * validateRequirement adds the rules across fields (waived needs a reason, verified/validated need
 * their V&V text) inside the DAL.
 */
const url = z
  .string()
  .max(2000, "Use at most 2000 characters per link.")
  .regex(/^https?:\/\/[^\s]+$/i, "Each evidence link must start with http:// or https://.");

/** Evidence links as the form and the CSV hold them: one per line. */
export const evidenceLinksSchema = z
  .string({ error: "Enter the evidence links, one per line." })
  .max(20_000, "Too much text for the evidence links.")
  .transform((v) => v.split(/\s+/).filter((l) => l.length > 0))
  .pipe(z.array(url).max(20, "List at most 20 evidence links."));

export const pFailureSchema = z
  .number({ error: "Enter the probability of failure, a number from 0 to 1." })
  .min(0, "The probability of failure must be from 0 to 1.")
  .max(1, "The probability of failure must be from 0 to 1.");

export const valueSchema = z
  .number({ error: "Enter the value, a whole number from 1 to 10." })
  .int("The value must be a whole number from 1 to 10.")
  .min(1, "The value must be from 1 to 10.")
  .max(10, "The value must be from 1 to 10.");

export const requirementFields = {
  kind: z.enum(REQUIREMENT_KINDS, { error: "Choose research, technical or product." }),
  statement: requiredText("the requirement (a “shall” statement)", 2000),
  verification: optionalText(4000),
  validation: optionalText(4000),
  status: z.enum(REQUIREMENT_STATUSES, { error: "Choose open, verified, validated or waived." }),
  waiverReason: optionalText(2000),
  pFailure: pFailureSchema,
  value: valueSchema,
  /** "" = nobody. */
  ownerId: z.union([z.literal(""), idSchema("owner")]),
  evidenceLinks: evidenceLinksSchema,
  /**
   * The metric that verifies it automatically from evidence runs (lib/domain/evidence.ts): all
   * three or none (the DAL checks with metricReasons). Left out (CSV import, older callers): unchanged.
   */
  metricName: optionalText(100).optional(),
  metricComparator: z
    .union([z.literal(""), z.enum(METRIC_COMPARATORS)], { error: "Choose at least or at most." })
    .optional(),
  /** The form's text ("0.9"; empty = no target) or a number. */
  metricTarget: z
    .preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? null : Number(v.trim())) : v),
      z
        .number({ error: "Enter the target as a number." })
        .refine(Number.isFinite, "Enter the target as a number.")
        .nullable(),
    )
    .optional(),
};

/** The form's fields (create and edit). */
export const requirementFormSchema = z.object(requirementFields).strict();
export type RequirementFormInput = z.input<typeof requirementFormSchema>;
export type RequirementFormData = z.output<typeof requirementFormSchema>;

export const createRequirementSchema = z
  .object({
    projectId: idSchema("project"),
    ...requirementFields,
    acknowledgedVoteResets: acknowledgedVoteResetsSchema,
  })
  .strict();
export type CreateRequirementData = z.output<typeof createRequirementSchema>;

export const updateRequirementSchema = z
  .object({
    requirementId: idSchema("requirement"),
    /** The version the form was loaded with: a save over someone else's change is refused. */
    version: z.number().int().min(0),
    ...requirementFields,
    acknowledgedVoteResets: acknowledgedVoteResetsSchema,
  })
  .strict();
export type UpdateRequirementData = z.output<typeof updateRequirementSchema>;

export const MAX_CSV_BYTES = 1_000_000;

export const importRequirementsSchema = z
  .object({
    projectId: idSchema("project"),
    csv: z
      .string({ error: "Choose a CSV file." })
      .min(1, "The file is empty.")
      .max(MAX_CSV_BYTES, "The file is larger than 1 MB; split it."),
    acknowledgedVoteResets: acknowledgedVoteResetsSchema,
  })
  .strict();
export type ImportRequirementsData = z.output<typeof importRequirementsSchema>;

// ---------------------------------------------------------------------------------------------
// One CSV row (cells are text): the same rules as the form, with errors keyed by CSV column.

const number = (schema: z.ZodNumber, what: string) =>
  z
    .string()
    .trim()
    .refine((v) => v !== "" && Number.isFinite(Number(v)), `Enter ${what} as a number (with a "." for decimals).`)
    .transform(Number)
    .pipe(schema);

const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .string()
    .trim()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(values, { error: `The ${what} must be one of: ${values.join(", ")}.` }));

export const requirementCsvRowSchema = z.object({
  number: z
    .string()
    .trim()
    .refine((v) => v === "" || /^[1-9]\d{0,5}$/.test(v), "The number must be a whole number from 1, or empty.")
    .transform((v) => (v === "" ? null : Number(v))),
  kind: choice(REQUIREMENT_KINDS, "kind"),
  statement: requirementFields.statement,
  verification: requirementFields.verification,
  validation: requirementFields.validation,
  status: choice(REQUIREMENT_STATUSES, "status"),
  waiver_reason: requirementFields.waiverReason,
  p_failure: number(pFailureSchema, "the probability of failure"),
  value: number(valueSchema, "the value"),
  /** Recomputed from p_failure × value; any text here is ignored. */
  risk: z.string(),
  owner_email: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === "" || z.email().safeParse(v).success, "Enter the owner's e-mail address, or leave it empty."),
  evidence_links: evidenceLinksSchema,
});
export type RequirementCsvRowData = z.output<typeof requirementCsvRowSchema>;
