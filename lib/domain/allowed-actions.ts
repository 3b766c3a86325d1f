import type { Seat } from "./panel";
import { can, type Action, type Actor, type PermissionContext } from "./permissions";
import { GATE_REVIEW_STATUSES } from "./gate-outcome";
import { isDecided, isLive } from "./review-state";
import {
  KEY_DECISION_KIND_BY_LEVEL,
  type KeyDecision,
  type MemberRole,
  type ProjectStatus,
  type ReviewStatus,
} from "./vocabulary";

export const UI_ACTIONS = [
  "read",
  "create_project",
  "admin",
  "edit_project",
  "bump_version",
  "open_review",
  "discovery_switchback",
  "embedded_switchback",
  "pause_project",
  "resume_project",
  "submit_review",
  "withdraw_review",
  "vote",
  "record_key_decision",
  "record_review_switchback",
  "pause_on_return",
  "record_debrief",
  "tick_review_task",
  "manage_project",
  "decide_gate_outcome",
  "report_evidence",
] as const;
export type UiAction = (typeof UI_ACTIONS)[number];

export type AllowedActionsSnapshot = {
  project: {
    status: ProjectStatus;
    members: readonly { userId: string; role: MemberRole }[];
    /** Paused by a manager's hold at a gate: only a manager or an admin resumes it. */
    gateHold?: boolean;
  } | null;
  review?: {
    status: ReviewStatus;
    level: number;
    authorId: string;
    seats: readonly Pick<Seat, "userId" | "isChair">[];
    keyDecision?: KeyDecision | null;
    /** "some"/"all": a later review decided some/all of its components (lib/domain/supersession). */
    superseded?: "some" | "all" | null;
    /** Entry reviews confirm a claimed level: no key decision. */
    kind?: "gate" | "entry";
  } | null;
};

/**
 * What the UI may offer this actor on this project/review: permission AND state. Hiding a button
 * is not security — the DAL re-runs the same decide* functions — but the UI never shows a dead end.
 */
export function allowedActions(snapshot: AllowedActionsSnapshot, actor: Actor): UiAction[] {
  const { project, review } = snapshot;
  const userId = actor?.userId;
  const ctx: PermissionContext = {
    projectMemberRole: project?.members.find((m) => m.userId === userId)?.role ?? null,
    seat: review?.seats.find((s) => s.userId === userId) ?? null,
    isReviewAuthor: review != null && review.authorId === userId,
  };
  const allowed = (a: Action) => can(actor, a, ctx).ok;
  const out = new Set<UiAction>();
  const when = (condition: boolean, action: UiAction) => condition && out.add(action);

  when(allowed("read"), "read");
  when(allowed("create_project"), "create_project");
  when(allowed("admin"), "admin");
  // Archived and stopped projects are read-only.
  const notArchived = project !== null && project.status !== "archived" && project.status !== "stopped";
  if (project) {
    when(notArchived && allowed("edit_project"), "edit_project");
    when(notArchived && allowed("bump_version"), "bump_version");
    when(notArchived && allowed("report_evidence"), "report_evidence");
    when(project.status === "active" && allowed("open_review"), "open_review");
    when(notArchived && allowed("discovery_switchback"), "discovery_switchback");
    when(notArchived && allowed("embedded_switchback"), "embedded_switchback");
    when(project.status === "active" && allowed("pause_project"), "pause_project");
    when(
      project.status === "paused" && allowed(project.gateHold ? "decide_gate_outcome" : "resume_project"),
      "resume_project",
    );
    when(notArchived && allowed("manage_project"), "manage_project");
  }
  if (project && review) {
    const chair = allowed("record_chair_decision");
    // A superseded review keeps its debrief (a record) but no longer changes state.
    const speaks = !review.superseded;
    when(review.status === "draft" && project.status === "active" && allowed("open_review"), "submit_review");
    when(isLive(review.status) && allowed("withdraw_review"), "withdraw_review");
    when(review.status === "open" && allowed("vote"), "vote");
    when(
      isDecided(review.status) &&
        chair &&
        speaks &&
        !review.keyDecision &&
        review.kind !== "entry" &&
        KEY_DECISION_KIND_BY_LEVEL[review.level] !== undefined,
      "record_key_decision",
    );
    when(
      review.status === "returned" && chair && review.superseded !== "all" && notArchived,
      "record_review_switchback",
    );
    when(review.status === "returned" && chair && speaks && project.status === "active", "pause_on_return");
    when(review.status === "returned" && speaks && notArchived && allowed("edit_project"), "tick_review_task");
    when(isDecided(review.status) && chair, "record_debrief");
    when(
      (project.status === "active" || project.status === "paused") &&
        GATE_REVIEW_STATUSES.includes(review.status) &&
        allowed("decide_gate_outcome"),
      "decide_gate_outcome",
    );
  }
  return UI_ACTIONS.filter((a) => out.has(a));
}
