import { can, type Actor } from "./permissions";
import { decide, reason, type Decision, type Reason } from "./decision";
import { MAX_LEVEL, MIN_LEVEL, isLevel, type MemberRole, type ProjectStatus } from "./vocabulary";

/**
 * Targets (OKRs): "level N by date D" per project, and whether the project is on track for it.
 *
 * The status rule (docs/benchmarks.md and the portfolio page's legend repeat it):
 * - no target level or date          → null (no target)
 * - system level ≥ target level      → "met"
 * - the target day has passed        → "missed" (the whole target day counts, in UTC)
 * - project paused or archived       → "at_risk" (it makes no progress while paused)
 * - otherwise the project is projected forward at the portfolio's median pace: each level still
 *   to climb takes the median time components spent at that level before graduating. Time
 *   already spent at the current level is credited, but never more than half of a typical stay,
 *   so a project that has overrun the median is still expected to need half a stay more.
 *   Projected finish on or before the end of the target day → "on_track", else "at_risk".
 * - a level without pace data uses the median of the levels that have data, and with no data at
 *   all DEFAULT_DAYS_PER_LEVEL.
 */
export type TargetStatus = "met" | "on_track" | "at_risk" | "missed";

export const TARGET_STATUSES: readonly TargetStatus[] = ["on_track", "at_risk", "missed", "met"];

export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  met: "Met",
  on_track: "On track",
  at_risk: "At risk",
  missed: "Missed",
};

/** Used only when the portfolio has no graduation yet to measure a pace from. */
export const DEFAULT_DAYS_PER_LEVEL = 90;

const DAY_MS = 86_400_000;

/** Median days a component spent at each level before graduating from it (level → days). */
export type LevelPace = Readonly<Partial<Record<number, number>>>;

export type TargetInput = {
  level: number | null;
  /** Since when the project has been at `level` (null: no level yet). */
  levelSince: Date | null;
  targetLevel: number | null;
  targetDate: Date | null;
  status: ProjectStatus;
  pace: LevelPace;
  now: Date;
};

/** The first instant after the target day (UTC): the target is missed from then on. */
export function targetDeadline(targetDate: Date): Date {
  return new Date(Date.UTC(targetDate.getUTCFullYear(), targetDate.getUTCMonth(), targetDate.getUTCDate() + 1));
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Days per level with gaps filled: the median of known levels, else the default. */
export function paceFor(pace: LevelPace, level: number): number {
  const known = pace[level];
  if (known !== undefined && Number.isFinite(known) && known >= 0) return known;
  const values = Object.values(pace).filter((v): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0);
  return median(values) ?? DEFAULT_DAYS_PER_LEVEL;
}

/** Projected days until the project reaches `targetLevel` at the median pace (0 when already there). */
export function projectedDaysToTarget(
  input: Pick<TargetInput, "level" | "levelSince" | "targetLevel" | "pace" | "now">,
): number {
  const { targetLevel, pace, now } = input;
  if (targetLevel === null) return 0;
  const from = input.level ?? 0;
  if (from >= targetLevel) return 0;
  const typical = paceFor(pace, from);
  const elapsed =
    input.level !== null && input.levelSince ? Math.max(0, (now.getTime() - input.levelSince.getTime()) / DAY_MS) : 0;
  let days = Math.max(typical - elapsed, typical / 2);
  for (let l = from + 1; l < targetLevel; l++) days += paceFor(pace, l);
  return days;
}

export function targetStatus(input: TargetInput): TargetStatus | null {
  const { level, targetLevel, targetDate, now } = input;
  if (targetLevel === null || targetDate === null) return null;
  if (level !== null && level >= targetLevel) return "met";
  const deadline = targetDeadline(targetDate).getTime();
  if (now.getTime() >= deadline) return "missed";
  if (input.status !== "active") return "at_risk";
  const finish = now.getTime() + projectedDaysToTarget(input) * DAY_MS;
  return finish <= deadline ? "on_track" : "at_risk";
}

/**
 * The pace from the time-per-level query's rows: the median stay of each reviewable level (0–8;
 * level 9 is never graduated from), to one decimal as the analytics page shows it.
 */
export function paceOfMedians(rows: readonly { level: number; median: number | null }[]): LevelPace {
  const pace: Record<number, number> = {};
  for (const r of rows)
    if (r.level >= MIN_LEVEL && r.level < MAX_LEVEL && r.median !== null)
      pace[r.level] = Math.round(r.median * 10) / 10;
  return pace;
}

/**
 * The target watch (a scheduled job) compares each project's target status with the one it saw
 * last: a target that turns at risk is announced once (the owners' notification and the
 * "target.at_risk" webhook event), not on every run; it is announced again only after it was on
 * track, met or cleared in between. A first sight of an at-risk target is a turn too: nobody has
 * been told yet.
 */
export function targetWatch(
  seen: string | null,
  status: TargetStatus | null,
): { seen: TargetStatus | null; changed: boolean; announce: boolean } {
  return { seen: status, changed: seen !== status, announce: status === "at_risk" && seen !== "at_risk" };
}

/** The projected day the target level is reached at the portfolio's pace (the watch's message). */
export function projectedFinish(
  input: Pick<TargetInput, "level" | "levelSince" | "targetLevel" | "pace" | "now">,
): Date {
  return new Date(input.now.getTime() + projectedDaysToTarget(input) * DAY_MS);
}

/**
 * How many days after the target day a met target was reached (null: on time, not met, or the
 * reaching day unknown). Counted from the start of the target day in UTC, at least 1, so a target
 * for 1 March reached on 21 March reads "met late (20 days)".
 */
export function metLateDays(targetDate: Date, reachedAt: Date | null): number | null {
  if (!reachedAt || reachedAt.getTime() < targetDeadline(targetDate).getTime()) return null;
  const dayStart = Date.UTC(targetDate.getUTCFullYear(), targetDate.getUTCMonth(), targetDate.getUTCDate());
  return Math.max(1, Math.floor((reachedAt.getTime() - dayStart) / DAY_MS));
}

/** "Met", "Met late (20 days)", "On track", ... */
export function targetStatusLabel(status: TargetStatus, lateDays: number | null = null): string {
  if (status === "met" && lateDays) return `Met late (${lateDays} ${lateDays === 1 ? "day" : "days"})`;
  return TARGET_STATUS_LABELS[status];
}

// ---------------------------------------------------------------------------------------------
// Setting a target

/** The permission table's `set_target` rule, for callers that know the viewer's role in the project. */
export function canSetTarget(actor: Actor, memberRole: MemberRole | null): Decision<true> {
  return can(actor, "set_target", { projectMemberRole: memberRole });
}

export type TargetChange = { targetLevel: number | null; targetDate: Date | null };

/**
 * A target is a level above the current one and a day that has not passed yet; both or neither
 * (clearing the target). Archived projects keep whatever target they had.
 */
export function decideTarget(input: {
  actor: Actor;
  memberRole: MemberRole | null;
  project: { status: ProjectStatus; level: number | null };
  change: TargetChange;
  now: Date;
}): Decision<TargetChange> {
  const { change, project, now } = input;
  const permitted = canSetTarget(input.actor, input.memberRole);
  const out: Reason[] = permitted.ok ? [] : [...permitted.reasons];
  if (project.status === "stopped") {
    out.push(reason("project_stopped", "The project was stopped at a gate; its target no longer changes.", "project"));
  } else if (project.status === "archived") {
    out.push(reason("project_archived", "The project is archived; its target no longer changes.", "project"));
  }
  const { targetLevel, targetDate } = change;
  if ((targetLevel === null) !== (targetDate === null)) {
    out.push(
      targetLevel === null
        ? reason("target_level_missing", "Choose the level to reach by this date.", "targetLevel")
        : reason("target_date_missing", "Choose the date by which to reach this level.", "targetDate"),
    );
  }
  if (targetLevel !== null) {
    if (!isLevel(targetLevel)) {
      out.push(reason("level_invalid", `Choose a level from ${MIN_LEVEL} to ${MAX_LEVEL}.`, "targetLevel"));
    } else if (project.level !== null && targetLevel <= project.level) {
      out.push(
        reason(
          "target_not_above",
          `The project is already at level ${project.level}; choose a higher level.`,
          "targetLevel",
        ),
      );
    }
  }
  if (targetDate !== null && targetDeadline(targetDate).getTime() <= now.getTime()) {
    out.push(reason("target_date_past", "Choose a date from today on.", "targetDate"));
  }
  return decide(out, () => ({ targetLevel, targetDate }));
}
