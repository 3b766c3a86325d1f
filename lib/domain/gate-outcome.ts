import { decide, hasText, reason, type Decision, type Reason } from "./decision";
import { can, type Actor } from "./permissions";
import type { MemberRole, ProjectStatus, ReviewStatus } from "./vocabulary";

/**
 * Stage-Gate's other outcomes of a gate, besides graduate (go) and return (recycle):
 * - hold: the project is paused by a manager, with a reason, recorded against the gate's review.
 *   Nothing is lost; only a manager or an admin lifts a gate hold (resume).
 * - stop (kill): the project ends. `stopped` is terminal: the project leaves the active portfolio,
 *   refuses every change (reviews, votes, card, requirements, components, resume) and keeps its
 *   history readable. Its draft and open reviews are withdrawn in the same transaction, so no vote
 *   can land on a stopped project's review.
 * Both are decided by a manager or an admin outside the project, at a gate: a review of the project
 * that is open (the gate meeting) or decided (graduated or returned).
 */
export type GateOutcomeKind = "hold" | "stop";

export const GATE_REVIEW_STATUSES: readonly ReviewStatus[] = ["open", "graduated", "returned"];

export type GateOutcomeInput = {
  actor: Actor;
  memberRole: MemberRole | null;
  outcome: GateOutcomeKind;
  project: { status: ProjectStatus };
  /** The gate's review, null when it is not a review of this project. */
  review: { status: ReviewStatus; level: number } | null;
  reason: string;
};

export type GateOutcomeEffect = {
  status: Extract<ProjectStatus, "paused" | "stopped">;
  level: number;
  /** Stop: the project's draft and open reviews are withdrawn with it. */
  withdrawLiveReviews: boolean;
};

export function decideGateOutcome(input: GateOutcomeInput): Decision<GateOutcomeEffect> {
  const out: Reason[] = [];
  const permitted = can(input.actor, "decide_gate_outcome", { projectMemberRole: input.memberRole });
  if (!permitted.ok) out.push(...permitted.reasons);
  const from = input.project.status;
  if (from === "stopped")
    out.push(reason("project_stopped", "The project was stopped; it no longer changes.", "project"));
  else if (from === "archived")
    out.push(reason("project_archived", "The project is archived; its status no longer changes.", "project"));
  else if (input.outcome === "hold" && from === "paused")
    out.push(reason("project_status_unchanged", "The project is already paused.", "outcome"));
  if (!input.review) out.push(reason("gate_review_not_found", "Choose a review of this project.", "reviewId"));
  else if (!GATE_REVIEW_STATUSES.includes(input.review.status))
    out.push(
      reason(
        "gate_not_held",
        "A hold or stop is decided at a gate: a review that is open or decided, not a draft or a withdrawn one.",
        "reviewId",
      ),
    );
  if (!hasText(input.reason))
    out.push(reason("reason_missing", "Say why the project is held or stopped at this gate.", "reason"));
  return decide(out, () => ({
    status: input.outcome === "stop" ? "stopped" : "paused",
    level: input.review!.level,
    withdrawLiveReviews: input.outcome === "stop",
  }));
}

/** "Stopped at the L4 gate" / "Held at the L4 gate". */
export function gateOutcomeTitle(outcome: GateOutcomeKind, level: number | null): string {
  const verb = outcome === "stop" ? "Stopped" : "Held";
  return level === null ? `${verb} at a gate` : `${verb} at the L${level} gate`;
}
