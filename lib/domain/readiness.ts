import { ageInDays, isStale } from "./evidence";
import type { RequirementStatus } from "./vocabulary";

/**
 * The readiness check (`mltrl check`, GET …/check, the project page's Readiness panel): is the
 * project's current level ready for its next gate?
 * - every regressed requirement is a problem;
 * - every criterion of the gate leaving the current level needs evidence, reported within the
 *   freshness window (OrgSettings.evidenceFreshnessDays, 30 days by default); none → missing,
 *   older → stale;
 * - an open review past its due date is overdue.
 * A project with no level yet (no active component) has nothing to check: ok.
 */
export const READINESS_PROBLEM_KINDS = [
  "regressed_requirement",
  "missing_evidence",
  "stale_evidence",
  "overdue_review",
] as const;
export type ReadinessProblemKind = (typeof READINESS_PROBLEM_KINDS)[number];
export type ReadinessProblem = { kind: ReadinessProblemKind; message: string };
export type Readiness = { ok: boolean; level: number | null; problems: ReadinessProblem[] };

export type ReadinessInput = {
  level: number | null;
  requirements: readonly { number: number; statement: string; status: RequirementStatus }[];
  /** Criteria of the gate leaving `level`, each with its newest evidence run's time (null: none). */
  criteria: readonly { key: string; label: string; latestAt: Date | null }[];
  openReviews: readonly { level: number; dueAt: Date | null }[];
  freshnessDays: number;
  now: Date;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function readiness(input: ReadinessInput): Readiness {
  const { level, now } = input;
  if (level === null) return { ok: true, level: null, problems: [] };
  const problems: ReadinessProblem[] = [];
  for (const r of input.requirements.filter((x) => x.status === "regressed")) {
    problems.push({
      kind: "regressed_requirement",
      message: `R${r.number} regressed: a later run missed its target ("${r.statement.trim()}").`,
    });
  }
  for (const c of input.criteria) {
    if (!c.latestAt) {
      problems.push({
        kind: "missing_evidence",
        message: `Level ${level} criterion "${c.label}" (${c.key}) has no evidence.`,
      });
    } else if (isStale(c.latestAt, now, input.freshnessDays)) {
      problems.push({
        kind: "stale_evidence",
        message: `Level ${level} criterion "${c.label}" (${c.key}) has evidence ${plural(ageInDays(c.latestAt, now), "day")} old; older than ${plural(input.freshnessDays, "day")} is stale.`,
      });
    }
  }
  for (const r of input.openReviews) {
    if (r.dueAt && r.dueAt.getTime() < now.getTime()) {
      problems.push({
        kind: "overdue_review",
        message: `The level ${r.level} review is overdue by ${plural(Math.max(1, ageInDays(r.dueAt, now)), "day")}.`,
      });
    }
  }
  return { ok: problems.length === 0, level, problems };
}
