import { decide, hasText, reason, type Decision, type Reason } from "./decision";
import { can, type Actor } from "./permissions";
import type { MemberRole, ProjectStatus } from "./vocabulary";

/**
 * Pause and resume by a project owner or an admin, archive by an owner, a manager or an admin, each
 * with a reason. A paused project opens no review until resumed (open reviews continue); archived
 * is final and read-only.
 */
export function decideProjectStatus(input: {
  actor: Actor;
  memberRole: MemberRole | null;
  from: ProjectStatus;
  to: ProjectStatus;
  reason: string;
  /** Draft and open reviews of the project. */
  liveReviewCount?: number;
  /** Paused by a manager's hold at a gate (lib/domain/gate-outcome.ts): only a manager or an admin resumes it. */
  gateHold?: boolean;
}): Decision<{ status: ProjectStatus }> {
  const { actor, from, to } = input;
  const out: Reason[] = [];
  const action =
    to === "active"
      ? input.gateHold && from === "paused"
        ? "decide_gate_outcome"
        : "resume_project"
      : to === "archived"
        ? "manage_project"
        : "pause_project";
  const permitted = can(actor, action, { projectMemberRole: input.memberRole });
  if (!permitted.ok) out.push(...permitted.reasons);
  if (from === "stopped") {
    out.push(reason("project_stopped", "The project was stopped at a gate; its status no longer changes.", "status"));
  } else if (from === "archived") {
    out.push(reason("project_archived", "The project is archived; its status no longer changes.", "status"));
  } else if (from === to) {
    out.push(reason("project_status_unchanged", `The project is already ${to}.`, "status"));
  } else if (to === "archived" && (input.liveReviewCount ?? 0) > 0) {
    /** An archived project's reviews could never move on, so none may be left live. */
    out.push(
      reason(
        "archive_with_live_reviews",
        "Withdraw or finish the project's draft and open reviews before archiving it.",
        "status",
      ),
    );
  }
  if (!hasText(input.reason))
    out.push(reason("reason_missing", "Changing the project's status needs a reason.", "reason"));
  return decide(out, () => ({ status: to }));
}

/**
 * Work on a project (components, versions, switchbacks, drafts) goes on while it is paused, since
 * only new reviews wait for the resume; an archived project is read-only.
 */
export function projectEditableReasons(status: ProjectStatus): Reason[] {
  if (status === "stopped")
    return [reason("project_stopped", "The project was stopped at a gate; it can no longer be changed.", "project")];
  return status === "archived"
    ? [reason("project_archived", "The project is archived; it can no longer be changed.", "project")]
    : [];
}
