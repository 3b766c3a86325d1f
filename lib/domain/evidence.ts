import { decide, reason, type Decision, type Reason } from "./decision";
import type { RequirementStatus } from "./vocabulary";

/**
 * Evidence from CI (test runs and evaluations) and what it does to a requirement's status.
 *
 * - A requirement with a metric and a target (e.g. accuracy at least 0.9): a run reporting that
 *   metric passes when its value meets the target. A run that reports other metrics but not this
 *   one is refused (it cannot say anything about the requirement); a run with no metrics and an
 *   explicit pass/fail is a hand-made judgement and counts as reported.
 * - A requirement without a metric: the run must say whether it passed; its metrics are recorded
 *   as information only.
 * - Passing: open or regressed → verified (the run is recorded as the one that verified it);
 *   verified stays verified (the newest passing run is recorded); validated and waived stay.
 * - Failing: verified or validated → regressed (the owner, else the project's owners, is
 *   notified); open, regressed and waived stay as they are.
 * - Any status change is a requirement change: open reviews re-pin and their votes go stale.
 */
export const METRIC_COMPARATORS = ["at_least", "at_most"] as const;
export type MetricComparator = (typeof METRIC_COMPARATORS)[number];

export const EVIDENCE_PROVIDERS = ["github-actions", "mlflow", "wandb", "other"] as const;
export type EvidenceProvider = (typeof EVIDENCE_PROVIDERS)[number];

export type RequirementMetric = { name: string; comparator: MetricComparator; target: number };
export type MetricValue = { name: string; value: number };

/** Evidence older than this many days is stale unless the org sets otherwise. */
export const DEFAULT_EVIDENCE_FRESHNESS_DAYS = 30;

export const COMPARATOR_SYMBOLS: Record<MetricComparator, string> = { at_least: "≥", at_most: "≤" };

export function meetsTarget(metric: RequirementMetric, value: number): boolean {
  return metric.comparator === "at_least" ? value >= metric.target : value <= metric.target;
}

/** "accuracy ≥ 0.9" */
export function metricLabel(metric: RequirementMetric): string {
  return `${metric.name} ${COMPARATOR_SYMBOLS[metric.comparator]} ${metric.target}`;
}

/** Metric name, comparator and target come together or not at all. */
export function metricReasons(input: {
  metricName: string;
  metricComparator: MetricComparator | "";
  metricTarget: number | null;
}): Reason[] {
  const set = [input.metricName !== "", input.metricComparator !== "", input.metricTarget !== null];
  if (set.every(Boolean) || !set.some(Boolean)) return [];
  const out: Reason[] = [];
  if (!set[0]) out.push(reason("metric_name_missing", "Name the metric that verifies this requirement.", "metricName"));
  if (!set[1]) out.push(reason("metric_comparator_missing", "Choose at least or at most.", "metricComparator"));
  if (!set[2]) out.push(reason("metric_target_missing", "Enter the metric's target value.", "metricTarget"));
  return out;
}

export type EvidenceOutcome = {
  /** Whether the run passed, for this requirement (or as reported, for a criterion). */
  passed: boolean;
  /** The metric value that decided it, if one did. */
  measured: MetricValue | null;
  status: RequirementStatus;
  change: "verified" | "regressed" | null;
  /** True when the run becomes the requirement's "verified by" / "regressed by" run. */
  recordsRun: boolean;
};

export function nextRequirementStatus(
  status: RequirementStatus,
  passed: boolean,
): Pick<EvidenceOutcome, "status" | "change" | "recordsRun"> {
  if (passed) {
    if (status === "open" || status === "regressed")
      return { status: "verified", change: "verified", recordsRun: true };
    return { status, change: null, recordsRun: status === "verified" };
  }
  if (status === "verified" || status === "validated")
    return { status: "regressed", change: "regressed", recordsRun: true };
  return { status, change: null, recordsRun: false };
}

/** What a run reported against a requirement means for it; refuses a run that cannot decide. */
export function decideRequirementEvidence(input: {
  requirement: { number: number; status: RequirementStatus; metric: RequirementMetric | null };
  passed: boolean | undefined;
  metrics: readonly MetricValue[];
}): Decision<EvidenceOutcome> {
  const { requirement, metrics } = input;
  const code = `R${requirement.number}`;
  const out: Reason[] = [];
  let passed = input.passed;
  let measured: MetricValue | null = null;
  if (requirement.metric) {
    const metric = requirement.metric;
    measured = metrics.find((m) => m.name === metric.name) ?? null;
    if (measured) {
      const meets = meetsTarget(metric, measured.value);
      if (passed !== undefined && passed !== meets) {
        out.push(
          reason(
            "evidence_passed_contradicts_metric",
            `${code} needs ${metricLabel(metric)}; the run reports ${measured.name} = ${measured.value}, so it ${meets ? "passed" : "failed"} — leave "passed" out or make it agree.`,
            "passed",
          ),
        );
      }
      passed = meets;
    } else if (metrics.length > 0) {
      out.push(
        reason(
          "evidence_metric_missing",
          `${code} is measured by "${metric.name}"; this run reports ${metrics.map((m) => `"${m.name}"`).join(", ")}. Report ${metric.name}, or pass/fail without metrics.`,
          "metrics",
        ),
      );
    }
  }
  if (passed === undefined && out.length === 0) {
    out.push(
      reason(
        "evidence_passed_missing",
        requirement.metric
          ? `Report ${requirement.metric.name} for ${code}, or say whether the run passed.`
          : `${code} has no metric and target; say whether the run passed.`,
        "passed",
      ),
    );
  }
  return decide(out, () => ({ passed: passed!, measured, ...nextRequirementStatus(requirement.status, passed!) }));
}

/** A criterion has no target: the run must say whether it passed. */
export function decideCriterionEvidence(input: {
  passed: boolean | undefined;
  criterion: { level: number; key: string; label: string } | null;
  key: string;
  level: number;
}): Decision<{ passed: boolean }> {
  const out: Reason[] = [];
  if (!input.criterion) {
    out.push(
      reason("evidence_criterion_unknown", `Level ${input.level} has no gate criterion "${input.key}".`, "target.key"),
    );
  }
  if (input.passed === undefined) {
    out.push(
      reason("evidence_passed_missing", "Say whether the run passed: a criterion has no metric target.", "passed"),
    );
  }
  return decide(out, () => ({ passed: input.passed! }));
}

const DAY_MS = 86_400_000;

/** Whole days since `at` (0 on the same day). */
export function ageInDays(at: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - at.getTime()) / DAY_MS));
}

/** Evidence strictly older than the window is stale (a 30-day window: day 30 is fresh, day 31 stale). */
export function isStale(at: Date, now: Date, freshnessDays: number): boolean {
  return now.getTime() - at.getTime() > freshnessDays * DAY_MS;
}

/** What the contract's `requirementStatus` says: verified, regressed, unverified, or null for a criterion. */
export function reportedStatus(status: RequirementStatus | null): "verified" | "regressed" | "unverified" | null {
  if (status === null) return null;
  if (status === "verified" || status === "validated") return "verified";
  return status === "regressed" ? "regressed" : "unverified";
}
