import { decide, hasText, listOf, reason, type Decision, type Reason } from "./decision";
import { isDecided } from "./review-state";
import { supersededReasons, type SupersessionInput } from "./supersession";
import {
  KEY_DECISION_KIND_BY_LEVEL,
  KEY_DECISION_OPTIONS,
  type KeyDecision,
  type ProjectStatus,
  type ReviewStatus,
} from "./vocabulary";

/**
 * Which outcome each key decision presupposes. Graduation has already moved the components when
 * the chair records the decision, so:
 * - path_a / path_a_b: the review graduated (components now at L3);
 * - path_b "stays at L2": only on a returned review — a graduated one already moved them to L3
 *   (to go back, the chair records a review switchback instead);
 * - continue: only after passing L4; pause: either way (the rules allow pausing on a return);
 * - go: only after passing L8; no_go: either way — on a graduated review the components keep L9
 *   (readiness) but the deployment does not happen now.
 */
export const KEY_DECISION_REQUIRES: Readonly<Record<KeyDecision, readonly ("graduated" | "returned")[]>> = {
  path_a: ["graduated"],
  path_a_b: ["graduated"],
  path_b: ["returned"],
  continue: ["graduated"],
  pause: ["graduated", "returned"],
  go: ["graduated"],
  no_go: ["graduated", "returned"],
};

export type KeyDecisionInput = {
  review: { status: ReviewStatus; level: number; keyDecision?: KeyDecision | null; kind?: "gate" | "entry" };
  projectStatus: ProjectStatus;
  decision: KeyDecision;
  targetDate?: Date | null;
  now: Date;
  /** Later decisions on the review's components: once one exists, this review no longer decides. */
  supersession?: SupersessionInput;
};

/** What the DAL does besides storing the decision. */
export type KeyDecisionEffect = {
  decision: KeyDecision;
  /** A+B: open a linked research-track project at L2 from a copy of the card. */
  createResearchTrack: boolean;
  pauseProject: boolean;
  deploymentTargetDate: Date | null;
};

/**
 * Key decision points at L2, L4 and L8, recorded once by the chair after the panel decided (that
 * only the chair records it is the permission table's `record_chair_decision` rule).
 */
export function decideKeyDecision(input: KeyDecisionInput): Decision<KeyDecisionEffect> {
  const { review, decision, targetDate, now } = input;
  const out: Reason[] = [];
  const kind = KEY_DECISION_KIND_BY_LEVEL[review.level];
  if (review.kind === "entry") {
    // An entry review confirms where a component starts; the key decisions are about leaving a level.
    out.push(
      reason(
        "entry_review_no_key_decision",
        "An entry review confirms a claimed level; key decisions belong to the gated review that leaves the level.",
        "decision",
      ),
    );
  } else if (!kind) {
    out.push(
      reason(
        "no_key_decision_at_level",
        `Level ${review.level} has no key decision point; only levels 2, 4 and 8 do.`,
        "decision",
      ),
    );
  } else if (!KEY_DECISION_OPTIONS[kind].includes(decision)) {
    out.push(
      reason(
        "key_decision_wrong_level",
        `"${decision}" is not a key decision of level ${review.level}; choose ${listOf(KEY_DECISION_OPTIONS[kind].map((d) => `"${d}"`))}.`,
        "decision",
      ),
    );
  }
  if (!isDecided(review.status)) {
    out.push(
      reason(
        "review_not_decided",
        `The key decision is recorded after the panel decides; this review is ${review.status}.`,
        "status",
      ),
    );
  } else if (!KEY_DECISION_REQUIRES[decision].includes(review.status)) {
    out.push(
      reason(
        "key_decision_wrong_outcome",
        `"${decision}" can only be recorded on a ${listOf([...KEY_DECISION_REQUIRES[decision]])} review; this one was ${review.status}.`,
        "decision",
      ),
    );
  }
  if (review.keyDecision) {
    out.push(
      reason(
        "key_decision_recorded",
        `The key decision "${review.keyDecision}" is already recorded for this review.`,
        "decision",
      ),
    );
  }
  if (decision === "pause" && input.projectStatus !== "active") {
    out.push(reason("project_not_active", `The project is already ${input.projectStatus}.`, "decision"));
  }
  out.push(...targetDateReasons(decision, targetDate ?? null, now));
  if (input.supersession) out.push(...supersededReasons({ ...input.supersession, what: "a key decision" }));
  return decide(out, () => ({
    decision,
    createResearchTrack: decision === "path_a_b",
    pauseProject: decision === "pause",
    deploymentTargetDate: decision === "go" ? (targetDate ?? null) : null,
  }));
}

/** "go" needs a valid target date strictly after `now`; no other decision carries one. */
function targetDateReasons(decision: KeyDecision, targetDate: Date | null, now: Date): Reason[] {
  if (decision !== "go") {
    return targetDate
      ? [reason("target_date_unexpected", "Only a go decision carries a deployment target date.", "targetDate")]
      : [];
  }
  if (!targetDate || Number.isNaN(targetDate.getTime())) {
    return [reason("target_date_missing", "A go decision needs a deployment target date.", "targetDate")];
  }
  if (targetDate.getTime() <= now.getTime()) {
    return [reason("target_date_past", "The deployment target date must be in the future.", "targetDate")];
  }
  return [];
}

/** On a returned review (any level) the chair may pause the project, with a rationale. */
export function decideChairPause(input: {
  review: { status: ReviewStatus };
  projectStatus: ProjectStatus;
  rationale: string;
  supersession?: SupersessionInput;
}): Decision<{ pauseProject: true; rationale: string }> {
  const out: Reason[] = [];
  if (input.review.status !== "returned") {
    out.push(
      reason(
        "review_not_returned",
        `A chair pauses the project on a returned review; this review is ${input.review.status}.`,
        "status",
      ),
    );
  }
  if (input.projectStatus !== "active")
    out.push(reason("project_not_active", `The project is already ${input.projectStatus}.`, "projectStatus"));
  if (!hasText(input.rationale))
    out.push(reason("rationale_missing", "Pausing the project needs a rationale.", "rationale"));
  if (input.supersession) out.push(...supersededReasons({ ...input.supersession, what: "a pause of the project" }));
  return decide(out, () => ({ pauseProject: true as const, rationale: input.rationale.trim() }));
}
