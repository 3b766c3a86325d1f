import { listOf, reason, type Reason } from "./decision";

/**
 * A decided review speaks for its components only until a later review decides them. After that,
 * its chair's state changes (key decision — including pause and the A+B research track —, pause on
 * return, review switchback) and the ticking of its tasks are refused: otherwise a returned L4
 * review could send a component back to L4 after an L5 review graduated it. The debrief stays
 * allowed: it is a record of what happened at that stage, not a change of state.
 *
 * The caller passes the other decided reviews that share a component with this one (with their
 * decision time); this module decides which of them are later and what that blocks.
 */
export type DecidedReview = {
  id: string;
  level: number;
  status: "graduated" | "returned";
  decidedAt: Date;
  componentIds: readonly string[];
};

export type SupersessionInput = {
  review: { id: string; decidedAt: Date | null; componentIds: readonly string[] };
  /** Other decided reviews sharing at least one component with this review (any order). */
  otherDecided: readonly DecidedReview[];
};

/** The reviews decided after this one that decided some of its components, oldest first. */
export function supersedingReviews(input: SupersessionInput): DecidedReview[] {
  const { review } = input;
  if (review.decidedAt === null) return [];
  const since = review.decidedAt.getTime();
  return input.otherDecided
    .filter(
      (o) =>
        o.id !== review.id &&
        o.decidedAt.getTime() > since &&
        o.componentIds.some((c) => review.componentIds.includes(c)),
    )
    .sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime());
}

/** Component ids of this review that a later review decided. */
export function supersededComponentIds(input: SupersessionInput): string[] {
  const later = supersedingReviews(input);
  return input.review.componentIds.filter((c) => later.some((o) => o.componentIds.includes(c)));
}

/** "the level 5 review decided on 2026-12-01 (graduated)"; the page links it, a message cannot. */
const describe = (o: DecidedReview) =>
  `the level ${o.level} review decided on ${o.decidedAt.toISOString().slice(0, 10)} (${o.status})`;

/**
 * Refusal for a review-wide change (key decision, pause, task done/undone) once any of the review's
 * components was decided by a later review.
 */
export function supersededReasons(input: SupersessionInput & { what: string; field?: string }): Reason[] {
  const later = supersedingReviews(input);
  if (later.length === 0) return [];
  return [
    reason(
      "review_superseded",
      `A later review decided these components (${listOf(later.map(describe), "and")}); this review no longer speaks for them, so ${input.what} can no longer be recorded here.`,
      input.field,
    ),
  ];
}

/** For a review switchback: the later review that decided this component, if any. */
export function supersedingReviewOf(input: SupersessionInput, componentId: string): DecidedReview | null {
  return supersedingReviews(input).find((o) => o.componentIds.includes(componentId)) ?? null;
}

/** The refusal of one switchback move whose component a later review decided. */
export function supersededMoveReason(later: DecidedReview, componentName: string, field: string): Reason {
  return reason(
    "component_superseded",
    `A later review decided ${componentName} (${describe(later)}); this review no longer speaks for it, so it cannot move it.`,
    field,
  );
}
