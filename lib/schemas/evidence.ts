import { z } from "zod";
import { EVIDENCE_PROVIDERS } from "@/lib/domain/evidence";
import { KEY_PATTERN } from "@/lib/domain/level-validation";
import { levelSchema, optionalText, requiredText } from "./common";

/**
 * Evidence from CI: the body of `POST /api/v1/projects/{slug}/evidence` (docs/API-CONTRACT) plus
 * the project's slug, which the REST door takes from the URL and the browser form sends. The DAL
 * resolves the target and applies lib/domain/evidence.ts.
 */

/** Project slugs as the app makes them: lowercase letters, digits and dashes. */
export const projectSlugSchema = z
  .string({ error: "Missing project." })
  .trim()
  .min(1, "Missing project.")
  .max(120, "This is not a valid project.")
  .regex(/^[a-z0-9][a-z0-9-]*$/, "This is not a valid project.");

const optionalShortText = (max: number) =>
  optionalText(max)
    .optional()
    .transform((v) => (v ? v : null));

export const evidenceTargetSchema = z.discriminatedUnion(
  "kind",
  [
    z
      .object({
        kind: z.literal("requirement"),
        /** The requirement's id, or its code ("R3" or "R-3"). */
        id: requiredText("the requirement (its id or code, e.g. R3)", 64),
      })
      .strict(),
    z
      .object({
        kind: z.literal("criterion"),
        level: levelSchema("criterion's level"),
        key: z
          .string({ error: "Enter the criterion's key." })
          .trim()
          .min(1, "Enter the criterion's key.")
          .max(64, "This is not a criterion key.")
          .regex(KEY_PATTERN, "This is not a criterion key."),
      })
      .strict(),
  ],
  { error: "Choose a requirement or a gate criterion as the target." },
);

export const metricValueSchema = z
  .object({
    name: requiredText("the metric's name", 100),
    value: z
      .number({ error: "Enter the metric's value as a number." })
      .refine(Number.isFinite, "Enter a finite number."),
  })
  .strict();

export const reportEvidenceSchema = z
  .object({
    projectSlug: projectSlugSchema,
    target: evidenceTargetSchema,
    /** Optional when a metric decides (a requirement with a metric and a target). */
    passed: z.boolean({ error: "Choose passed or failed." }).optional(),
    metrics: z
      .array(metricValueSchema, { error: "Give the metrics as a list of { name, value }." })
      .max(50, "Report at most 50 metrics per run.")
      .default([])
      .refine((ms) => new Set(ms.map((m) => m.name)).size === ms.length, "Report each metric once."),
    url: z
      .string({ error: "Enter a web address." })
      .trim()
      .max(2000, "Use at most 2000 characters.")
      .refine(
        (v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v),
        "Enter a web address starting with http:// or https://.",
      )
      .optional()
      .transform((v) => (v ? v : null)),
    provider: z
      .enum(EVIDENCE_PROVIDERS, { error: "Choose github-actions, mlflow, wandb or other." })
      .optional()
      .transform((v) => v ?? null),
    commit: optionalShortText(100),
    modelVersion: optionalShortText(100),
    dataVersion: optionalShortText(100),
    summary: optionalText(2000)
      .optional()
      .transform((v) => v ?? ""),
  })
  .strict();
export type ReportEvidenceInput = z.input<typeof reportEvidenceSchema>;
export type ReportEvidenceData = z.output<typeof reportEvidenceSchema>;

// ---------------------------------------------------------------------------------------------
// The browser's "add evidence" form (for people without CI): flat fields, turned into the
// command's input by toReportEvidenceInput, which the server parses again with reportEvidenceSchema.

export const EVIDENCE_VERDICTS = ["metric", "passed", "failed"] as const;

export const evidenceFormSchema = z
  .object({
    verdict: z.enum(EVIDENCE_VERDICTS, { error: "Choose how the run came out." }),
    /** The measured value of the requirement's metric (verdict "metric"). */
    value: z.string().trim().max(40, "Enter a number."),
    url: reportEvidenceSchema.shape.url,
    commit: optionalText(100),
    summary: optionalText(2000),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.verdict === "metric" && (v.value === "" || !Number.isFinite(Number(v.value)))) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "Enter the measured value as a number." });
    }
  });
export type EvidenceFormInput = z.input<typeof evidenceFormSchema>;
export type EvidenceFormData = z.output<typeof evidenceFormSchema>;

export function toReportEvidenceInput(
  form: EvidenceFormInput,
  p: { projectSlug: string; target: ReportEvidenceInput["target"]; metricName: string | null },
): ReportEvidenceInput {
  const metric = form.verdict === "metric" && p.metricName ? [{ name: p.metricName, value: Number(form.value) }] : [];
  return {
    projectSlug: p.projectSlug,
    target: p.target,
    ...(form.verdict === "metric" ? {} : { passed: form.verdict === "passed" }),
    metrics: metric,
    provider: "other",
    ...(form.url ? { url: form.url } : {}),
    ...(form.commit ? { commit: form.commit } : {}),
    ...(form.summary ? { summary: form.summary } : {}),
  };
}
