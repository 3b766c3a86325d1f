import { accept, listOf, reason, refuse, type Decision } from "./decision";
import type { ReviewStatus } from "./vocabulary";

/**
 * The review state machine. Decided (graduated/returned) and withdrawn reviews are final: a
 * review is decided at most once, and the DAL guards each move with compare-and-set on `status`.
 */
export const REVIEW_TRANSITIONS: Readonly<Record<ReviewStatus, readonly ReviewStatus[]>> = {
  draft: ["open", "withdrawn"],
  open: ["graduated", "returned", "withdrawn"],
  graduated: [],
  returned: [],
  withdrawn: [],
};

export function canTransition(from: ReviewStatus, to: ReviewStatus): boolean {
  return REVIEW_TRANSITIONS[from].includes(to);
}

export function decideReviewTransition(from: ReviewStatus, to: ReviewStatus): Decision<ReviewStatus> {
  if (canTransition(from, to)) return accept(to);
  const next = REVIEW_TRANSITIONS[from];
  return refuse([
    reason(
      "review_transition_invalid",
      next.length === 0
        ? `A ${from} review is final; it cannot become ${to}.`
        : `A ${from} review can only become ${listOf([...next])}, not ${to}.`,
      "status",
    ),
  ]);
}

/** Graduated or returned: the panel has decided. */
export function isDecided(status: ReviewStatus): status is "graduated" | "returned" {
  return status === "graduated" || status === "returned";
}

/** Draft or open: the review still holds its components. */
export function isLive(status: ReviewStatus): status is "draft" | "open" {
  return status === "draft" || status === "open";
}
