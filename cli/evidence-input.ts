import { z } from "zod";
import { EVIDENCE_PROVIDERS } from "../lib/domain/evidence";
import { KEY_PATTERN } from "../lib/domain/level-validation";
import { usageError } from "./errors";
import type { Env } from "./config";

/** The body of POST /projects/{slug}/evidence (docs/api.md), checked before it leaves the machine. */
export const evidenceBodySchema = z
  .object({
    target: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("requirement"), id: z.string().min(1) }),
      z.object({ kind: z.literal("criterion"), level: z.number().int().min(0), key: z.string().regex(KEY_PATTERN) }),
    ]),
    passed: z.boolean().optional(),
    metrics: z.array(z.object({ name: z.string().min(1), value: z.number().finite() })).default([]),
    url: z.url().optional(),
    provider: z.enum(EVIDENCE_PROVIDERS).optional(),
    commit: z.string().min(1).optional(),
    modelVersion: z.string().min(1).optional(),
    dataVersion: z.string().min(1).optional(),
    summary: z.string().min(1).optional(),
  })
  .refine((body) => body.passed !== undefined || body.metrics.length > 0, {
    message: "Give --passed/--failed or at least one --metric.",
    path: ["passed"],
  });

export type EvidenceBody = z.infer<typeof evidenceBodySchema>;

export type EvidenceFlags = {
  requirement?: string;
  criterion?: string;
  passed?: boolean;
  metric?: string[];
  url?: string;
  provider?: string;
  commit?: string;
  modelVersion?: string;
  dataVersion?: string;
  summary?: string;
};

/** `--metric auc=0.91`: a name, an equals sign, a finite number. */
export function parseMetric(raw: string): { name: string; value: number } {
  const at = raw.lastIndexOf("=");
  const name = raw.slice(0, at).trim();
  const value = Number(raw.slice(at + 1));
  if (at <= 0 || raw.slice(at + 1).trim() === "" || !Number.isFinite(value) || !name) {
    throw usageError(`A metric is name=number, got "${raw}".`);
  }
  return { name, value };
}

/** `--criterion 4:offline_eval`: the level, a colon, the criterion's key. */
function parseCriterion(raw: string): { kind: "criterion"; level: number; key: string } {
  const match = raw.match(/^(\d+):(.+)$/);
  if (!match) throw usageError(`A criterion is LEVEL:KEY, e.g. 4:offline_eval, got "${raw}".`);
  return { kind: "criterion", level: Number(match[1]), key: match[2]! };
}

/**
 * In GitHub Actions the run's link, provider and commit are known from its environment, so a
 * workflow step needs only the target and the result; a file or a flag still wins.
 */
export function ciDefaults(env: Env): Partial<EvidenceBody> {
  if (env.GITHUB_ACTIONS !== "true") return {};
  const { GITHUB_SERVER_URL: host, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run, GITHUB_SHA: sha } = env;
  return {
    provider: "github-actions",
    ...(host && repo && run ? { url: `${host}/${repo}/actions/runs/${run}` } : {}),
    ...(sha ? { commit: sha } : {}),
  };
}

/** Merges, in rising precedence, the CI defaults, the JSON file and the flags; then validates. */
export function buildEvidenceBody({ env, file, flags }: { env: Env; file: unknown; flags: EvidenceFlags }) {
  if (flags.requirement && flags.criterion) throw usageError("Give --requirement or --criterion, not both.");
  const fromFile = file && typeof file === "object" ? (file as Record<string, unknown>) : {};
  const target = flags.requirement
    ? { kind: "requirement", id: flags.requirement }
    : flags.criterion
      ? parseCriterion(flags.criterion)
      : fromFile.target;
  const defined = Object.fromEntries(
    Object.entries({
      passed: flags.passed,
      url: flags.url,
      provider: flags.provider,
      commit: flags.commit,
      modelVersion: flags.modelVersion,
      dataVersion: flags.dataVersion,
      summary: flags.summary,
    }).filter(([, value]) => value !== undefined),
  );
  const metrics = [
    ...(Array.isArray(fromFile.metrics) ? fromFile.metrics : []),
    ...(flags.metric ?? []).map(parseMetric),
  ];
  const parsed = evidenceBodySchema.safeParse({ ...ciDefaults(env), ...fromFile, ...defined, target, metrics });
  if (!parsed.success) {
    throw usageError(
      "The evidence is not valid.",
      parsed.error.issues.map((issue) => `- ${issue.path.join(".") || "body"}: ${issue.message}`),
    );
  }
  return parsed.data;
}
