import { accept, decide, reason, refuse, type Decision, type Reason } from "./decision";
import { componentSetReasons, reviewLevelReasons, type ReviewedComponent } from "./review-components";
import type { TransitionDraft } from "./transitions";
import type { Outcome } from "./votes";
import { MAX_LEVEL, isLevel, type ComponentStatus, type ReviewKind, type ReviewStatus } from "./vocabulary";

/**
 * Where a component enters MLTRL. Every new component starts at level 0 (a `start` transition at
 * 0); entering higher — an off-the-shelf or reused part, or an import from another project — is a
 * *claim* that an entry review at the claimed level (that level's panel and criteria) confirms by
 * moving the component 0 → claimed level (transition kind `entry`). Until then `level` (the
 * confirmed level) stays 0, so the system level counts the component at 0 everywhere it is
 * computed, and views say "claimed L7, unconfirmed".
 */

export type ClaimedComponent = {
  id: string;
  name?: string;
  level: number;
  claimedLevel: number | null;
  status: ComponentStatus;
};

const named = (c: { id: string; name?: string }) => `"${c.name?.trim() || c.id}"`;

/** "claimed L7, unconfirmed" while a claim is pending, else null. */
export function claimLabel(c: { claimedLevel: number | null }): string | null {
  return c.claimedLevel === null ? null : `claimed L${c.claimedLevel}, unconfirmed`;
}

/** A claim is a level 1–9 on a component still at its confirmed level 0. */
export const hasPendingClaim = (c: { level: number; claimedLevel: number | null }) =>
  c.claimedLevel !== null && c.level === 0;

/** A new component: level 0, plus a claim when it asks to enter above 0 (0 or nothing = no claim). */
export function decideComponentStart(input: {
  claimedLevel?: number | null;
}): Decision<{ level: 0; claimedLevel: number | null }> {
  const claimed = input.claimedLevel ?? 0;
  if (!isLevel(claimed)) {
    return refuse([reason("level_invalid", `${claimed} is not a level (0 to ${MAX_LEVEL}).`, "claimedLevel")]);
  }
  return accept({ level: 0 as const, claimedLevel: claimed > 0 ? claimed : null });
}

/**
 * An import claims the source's *confirmed* level (what a review earned there), never the
 * source's own unconfirmed claim: a claim of a claim would skip the entry review.
 */
export function decideImportClaim(source: {
  level: number;
  claimedLevel: number | null;
  status: ComponentStatus;
}): Decision<{ level: 0; claimedLevel: number | null }> {
  if (source.status !== "active") {
    return refuse([reason("import_archived", "An archived component cannot be imported.", "sourceComponentId")]);
  }
  return decideComponentStart({ claimedLevel: source.level });
}

/**
 * The invariant every `start` passes in the app: at 0, or above 0 only as a copy of a level a
 * review earned (`earnedByReviewId`: the research-track copy of an L2 A+B decision).
 */
export function startLevelReasons(toLevel: number, earnedByReviewId: string | null | undefined): Reason[] {
  if (toLevel === 0 || earnedByReviewId) return [];
  return [
    reason(
      "start_above_zero",
      `A new component starts at level 0; level ${toLevel} is a claim that an entry review at level ${toLevel} must confirm.`,
      "level",
    ),
  ];
}

/**
 * Components an entry review at `level` may take: active, at confirmed level 0 and claiming
 * exactly `level` (an entry review judges one claimed level with that level's panel and criteria).
 */
export function entryComponentReasons(level: number, components: readonly ClaimedComponent[]): Reason[] {
  const out: Reason[] = [];
  for (const c of components) {
    if (c.claimedLevel === null || c.level !== 0) {
      out.push(
        reason(
          "component_not_claimed",
          `The component ${named(c)} claims no level; an entry review only confirms a claimed level.`,
          "componentIds",
        ),
      );
    } else if (c.claimedLevel !== level) {
      out.push(
        reason(
          "component_claim_differs",
          `The component ${named(c)} claims level ${c.claimedLevel}, not level ${level}.`,
          "componentIds",
        ),
      );
    }
  }
  return out;
}

/** While a claim is pending the component can only be in an entry review (or the owner withdraws the claim). */
export function claimPendingReasons(components: readonly ClaimedComponent[]): Reason[] {
  return components
    .filter(hasPendingClaim)
    .map((c) =>
      reason(
        "component_claim_pending",
        `The component ${named(c)} is ${claimLabel(c)}: open an entry review at level ${c.claimedLevel} to confirm it, or withdraw the claim so it proceeds from level 0.`,
        "componentIds",
      ),
    );
}

/**
 * Graduation of an entry review, in the transaction that decides it: each component moves from its
 * confirmed 0 to the claimed level, exactly once (the DAL's compare-and-set on level 0 and the
 * one-transition-per-review index back this up).
 */
export function decideEntryGraduation(input: {
  review: { id: string; status: ReviewStatus; level: number; componentIds: readonly string[] };
  outcome: Outcome;
  components: readonly ClaimedComponent[];
}): Decision<TransitionDraft[]> {
  const { review } = input;
  const out: Reason[] = [];
  if (review.status !== "open")
    out.push(reason("review_not_open", `Only an open review can graduate; this review is ${review.status}.`, "status"));
  if (input.outcome.status !== "graduated")
    out.push(reason("outcome_not_graduated", "The panel's current votes do not graduate this review.", "votes"));
  const chosen = review.componentIds.map((id) => input.components.find((c) => c.id === id));
  review.componentIds.forEach((id, i) => {
    if (!chosen[i])
      out.push(reason("component_unknown", `The component "${id}" is not part of this project.`, "componentIds"));
  });
  out.push(
    ...reviewKindLevelReasons("entry", review.level),
    ...entryComponentReasons(
      review.level,
      chosen.filter((c) => c !== undefined),
    ),
  );
  return decide(out, () =>
    review.componentIds.map((componentId) => ({
      componentId,
      kind: "entry" as const,
      fromLevel: 0,
      toLevel: review.level,
      reviewId: review.id,
    })),
  );
}

/** The owner gives up a claim: the component proceeds from level 0 through ordinary gated reviews. */
export function decideWithdrawClaim(input: {
  component: ClaimedComponent;
  underLiveReview: boolean;
}): Decision<{ claimedLevel: null; withdrawn: number }> {
  const { component: c } = input;
  const out: Reason[] = [];
  if (!hasPendingClaim(c))
    out.push(
      reason("component_not_claimed", `The component ${named(c)} has no pending claim to withdraw.`, "componentId"),
    );
  if (c.status !== "active")
    out.push(reason("component_archived", `The component ${named(c)} is archived.`, "componentId"));
  if (input.underLiveReview) {
    out.push(
      reason(
        "component_under_review",
        `The component ${named(c)} is in a draft or open review; withdraw that review first.`,
        "componentId",
      ),
    );
  }
  return decide(out, () => ({ claimedLevel: null, withdrawn: c.claimedLevel ?? 0 }));
}

/**
 * Archiving (or removing) the weakest link raises the system level without a review: this names
 * the rise so the DAL records it as its own event and tells the managers. null when nothing rises.
 */
export function weakestLinkRise(before: number | null, after: number | null): { from: number; to: number } | null {
  return before !== null && after !== null && after > before ? { from: before, to: after } : null;
}

/**
 * The component set of a review of either kind. A gate review at N takes components confirmed at N
 * with no pending claim; an entry review at N takes components at confirmed 0 claiming N.
 */
export function reviewedSetReasons(
  kind: ReviewKind,
  level: number,
  componentIds: readonly string[],
  components: readonly (ReviewedComponent & { claimedLevel?: number | null })[],
): Reason[] {
  const chosen = [...new Set(componentIds)]
    .map((id) => components.find((c) => c.id === id))
    .filter((c) => c !== undefined)
    .map((c) => ({ ...c, claimedLevel: c.claimedLevel ?? null }));
  if (kind === "entry")
    return [...componentSetReasons(0, componentIds, components), ...entryComponentReasons(level, chosen)];
  return [...componentSetReasons(level, componentIds, components), ...claimPendingReasons(chosen)];
}

/** The levels a review of this kind can have: a gate review 0–8, an entry review 1–9. */
export function reviewKindLevelReasons(kind: ReviewKind, level: number): Reason[] {
  if (kind === "gate") return reviewLevelReasons(level);
  return isLevel(level) && level > 0
    ? []
    : [
        reason(
          "entry_level_invalid",
          `An entry review confirms a claimed level from 1 to ${MAX_LEVEL}; ${level} is not one.`,
          "level",
        ),
      ];
}
