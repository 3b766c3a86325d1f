import { accept, decide, reason, refuse, type Decision, type Reason } from "./decision";
import type { Outcome } from "./votes";
import { MAX_LEVEL, MAX_REVIEWABLE_LEVEL, isLevel, type ReviewStatus, type TransitionKind } from "./vocabulary";

/** One append-only record of a component's level change; levels are derived from these. */
export type Transition = {
  componentId: string;
  kind: TransitionKind;
  /** null only for `start`, the component's first transition. */
  fromLevel: number | null;
  toLevel: number;
  reason?: string | null;
  reviewId?: string | null;
  /** A `start` above 0 names the review that earned that level elsewhere (a research-track copy). */
  earnedByReviewId?: string | null;
};

/** A transition before it is stored (the DAL adds who, when and the id). */
export type TransitionDraft = Transition;

/** The predefined embedded paths: 4 → 2 and 9 → 4 by an owner, 9 → 7 on a new version. */
export const EMBEDDED_PATHS: readonly (readonly [number, number])[] = [
  [4, 2],
  [9, 4],
  [9, 7],
];

/**
 * The level invariant: a level rises only by graduation, by exactly one, or by an entry review
 * confirming a claim (0 → claimed level); `start` only for a new component (the app starts at 0
 * unless a review earned the level: startLevelReasons); down-moves only by discovery, review or
 * the embedded paths.
 */
export function assertTransition(
  from: number | null,
  to: number,
  kind: TransitionKind,
): Decision<{ from: number | null; to: number; kind: TransitionKind }> {
  const ok = () => accept({ from, to, kind });
  if (!isLevel(to)) return refuse([reason("level_invalid", `${to} is not a level (0 to ${MAX_LEVEL}).`, "toLevel")]);
  if (kind === "start") {
    return from === null
      ? ok()
      : refuse([
          reason(
            "start_not_new",
            "Only a new component starts at a chosen level; this one already has a level.",
            "kind",
          ),
        ]);
  }
  if (from === null || !isLevel(from)) {
    return refuse([reason("transition_without_start", "A component's first transition must be its start.", "kind")]);
  }
  if (kind === "entry") {
    return from === 0 && to > 0
      ? ok()
      : refuse([
          reason(
            "entry_not_from_zero",
            `An entry review moves a component from its confirmed level 0 to its claimed level, not ${from} → ${to}.`,
            "toLevel",
          ),
        ]);
  }
  if (kind === "graduation") {
    if (from > MAX_REVIEWABLE_LEVEL)
      return refuse([reason("graduation_from_last_level", "Level 9 has no graduation.", "toLevel")]);
    return to === from + 1
      ? ok()
      : refuse([
          reason(
            "level_skip",
            `Graduation moves exactly one level up, from ${from} to ${from + 1}, not to ${to}.`,
            "toLevel",
          ),
        ]);
  }
  if (to >= from) {
    return refuse([
      reason(
        "level_not_lower",
        `A ${kind} switchback must move to a level below ${from}; only a graduated review raises a level.`,
        "toLevel",
      ),
    ]);
  }
  if (kind === "embedded" && !EMBEDDED_PATHS.some(([f, t]) => f === from && t === to)) {
    return refuse([
      reason(
        "embedded_path_invalid",
        `Embedded switchbacks are only the predefined paths 4 → 2 and 9 → 4 (and 9 → 7 on a new version); ${from} → ${to} is not one of them.`,
        "toLevel",
      ),
    ]);
  }
  return ok();
}

/** Current level of each component: the last transition's target, in append order. */
export function currentLevels(transitions: readonly Transition[]): Map<string, number> {
  const levels = new Map<string, number>();
  for (const t of transitions) levels.set(t.componentId, t.toLevel);
  return levels;
}

/** Current level of one component, or null before its start. */
export function currentLevel(transitions: readonly Transition[], componentId: string): number | null {
  return currentLevels(transitions).get(componentId) ?? null;
}

/**
 * A component's history is valid when it begins with one start, each transition leaves from the
 * level the previous one reached, and every step passes assertTransition (so it never skips up).
 */
export function validateTransitionSequence(transitions: readonly Transition[]): Decision<Map<string, number>> {
  const levels = new Map<string, number>();
  const out: Reason[] = [];
  transitions.forEach((t, i) => {
    const current = levels.get(t.componentId) ?? null;
    if (t.fromLevel !== current) {
      out.push(
        reason(
          "transition_out_of_sequence",
          `Transition ${i + 1} of "${t.componentId}" leaves from level ${t.fromLevel ?? "—"}, but the component is at ${current ?? "—"}.`,
          `transitions.${i}`,
        ),
      );
    }
    const check = assertTransition(t.fromLevel, t.toLevel, t.kind);
    if (!check.ok) out.push(...check.reasons.map((r) => ({ ...r, field: `transitions.${i}` })));
    levels.set(t.componentId, t.toLevel);
  });
  return decide(out, () => levels);
}

/**
 * Graduation, in the transaction that moves an open review to graduated: every component moves
 * from N to N+1, exactly once. Requiring `open` (compare-and-set in the DAL) and components still
 * at N means a concurrent second decision is refused instead of graduating twice.
 */
export function decideGraduation(input: {
  review: { id: string; status: ReviewStatus; level: number; componentIds: readonly string[] };
  outcome: Outcome;
  components: readonly { id: string; level: number }[];
}): Decision<TransitionDraft[]> {
  const { review, components } = input;
  const out: Reason[] = [];
  if (review.status !== "open") {
    out.push(reason("review_not_open", `Only an open review can graduate; this review is ${review.status}.`, "status"));
  }
  if (input.outcome.status !== "graduated") {
    out.push(reason("outcome_not_graduated", "The panel's current votes do not graduate this review.", "votes"));
  }
  if (review.level > MAX_REVIEWABLE_LEVEL)
    out.push(reason("graduation_from_last_level", "Level 9 has no graduation.", "level"));
  for (const id of review.componentIds) {
    const c = components.find((x) => x.id === id);
    if (!c) out.push(reason("component_unknown", `The component "${id}" is not part of this project.`, "componentIds"));
    else if (c.level !== review.level) {
      out.push(
        reason(
          "component_already_moved",
          `The component "${id}" is at level ${c.level}, no longer at ${review.level}; it graduates only once.`,
          "componentIds",
        ),
      );
    }
  }
  return decide(out, () =>
    review.componentIds.map((componentId) => ({
      componentId,
      kind: "graduation" as const,
      fromLevel: review.level,
      toLevel: review.level + 1,
      reviewId: review.id,
    })),
  );
}
