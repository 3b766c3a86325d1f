import { decide, duplicates, hasText, reason, type Decision, type Reason } from "./decision";
import { compareSemver, parseSemver } from "./semver";
import { supersededMoveReason, supersedingReviewOf, type SupersessionInput } from "./supersession";
import type { TransitionDraft } from "./transitions";
import type { ComponentStatus, ReviewStatus } from "./vocabulary";

export type SwitchbackComponent = { id: string; level: number; status: ComponentStatus; name?: string };

export const named = (c: { id: string; name?: string }) => `"${c.name?.trim() || c.id}"`;

function downReasons(c: SwitchbackComponent, toLevel: number, field = "toLevel"): Reason[] {
  const out: Reason[] = [];
  if (c.status !== "active") out.push(reason("component_archived", `The component ${named(c)} is archived.`, field));
  if (!Number.isInteger(toLevel) || toLevel < 0) {
    out.push(reason("level_invalid", `${toLevel} is not a level; switchbacks go down to level 0 at most.`, field));
  } else if (toLevel >= c.level) {
    out.push(
      reason(
        "level_not_lower",
        `A switchback moves ${named(c)} below its level ${c.level}; ${toLevel} is not lower.`,
        field,
      ),
    );
  }
  return out;
}

/** A component held by a draft/open review keeps its level until that review ends or is withdrawn. */
export const liveReviewReasons = (c: SwitchbackComponent, underLiveReview: boolean | undefined): Reason[] =>
  underLiveReview
    ? [
        reason(
          "component_under_review",
          `The component ${named(c)} is under a draft or open review; withdraw or finish it first.`,
          "componentId",
        ),
      ]
    : [];

const reasonText = (text: string, what: string): Reason[] =>
  hasText(text) ? [] : [reason("reason_missing", `${what} needs a reason.`, "reason")];

/**
 * Discovery switchback: an owner or contributor moves a component down, with a reason. Who may
 * take a switchback (discovery, embedded, review) is the permission table's; these check the state.
 */
export function decideDiscoverySwitchback(input: {
  component: SwitchbackComponent;
  toLevel: number;
  reason: string;
  underLiveReview?: boolean;
}): Decision<TransitionDraft> {
  const { component: c, toLevel } = input;
  const out: Reason[] = [];
  out.push(...downReasons(c, toLevel), ...liveReviewReasons(c, input.underLiveReview));
  out.push(...reasonText(input.reason, "A discovery switchback"));
  return decide(out, () => ({
    componentId: c.id,
    kind: "discovery" as const,
    fromLevel: c.level,
    toLevel,
    reason: input.reason.trim(),
  }));
}

/** The embedded paths an owner may take by hand (9 → 7 happens only on a new version). */
export const MANUAL_EMBEDDED_PATHS: readonly (readonly [number, number])[] = [
  [4, 2],
  [9, 4],
];

/** Embedded switchback: only the predefined 4 → 2 and 9 → 4, by an owner, with a reason. */
export function decideEmbeddedSwitchback(input: {
  component: SwitchbackComponent;
  toLevel: number;
  reason: string;
  underLiveReview?: boolean;
}): Decision<TransitionDraft> {
  const { component: c, toLevel } = input;
  const out: Reason[] = [];
  if (c.status !== "active")
    out.push(reason("component_archived", `The component ${named(c)} is archived.`, "toLevel"));
  if (!MANUAL_EMBEDDED_PATHS.some(([f, t]) => f === c.level && t === toLevel)) {
    out.push(
      reason(
        "embedded_path_invalid",
        `Embedded switchbacks are only the predefined paths 4 → 2 and 9 → 4; ${c.level} → ${toLevel} is not one of them.`,
        "toLevel",
      ),
    );
  }
  out.push(...liveReviewReasons(c, input.underLiveReview), ...reasonText(input.reason, "An embedded switchback"));
  return decide(out, () => ({
    componentId: c.id,
    kind: "embedded" as const,
    fromLevel: c.level,
    toLevel,
    reason: input.reason.trim(),
  }));
}

/**
 * Review switchback: on a returned review, the chair dials some of the review's components down,
 * with one rationale for the decision.
 */
export function decideReviewSwitchback(input: {
  review: { id: string; status: ReviewStatus; componentIds: readonly string[] };
  components: readonly SwitchbackComponent[];
  moves: readonly { componentId: string; toLevel: number }[];
  rationale: string;
  /** Components already held by a newer draft/open review. */
  componentIdsUnderLiveReview?: readonly string[];
  /** Components this review has already moved (one transition per component per review). */
  movedComponentIds?: readonly string[];
  /** Later decisions on the review's components: a component a later review decided is not this review's to move. */
  supersession?: SupersessionInput;
}): Decision<TransitionDraft[]> {
  const { review, moves } = input;
  const out: Reason[] = [];
  if (review.status !== "returned") {
    out.push(
      reason(
        "review_not_returned",
        `A review switchback is recorded on a returned review; this review is ${review.status}.`,
        "status",
      ),
    );
  }
  if (moves.length === 0) out.push(reason("no_moves", "A review switchback moves at least one component.", "moves"));
  for (const id of duplicates(moves.map((m) => m.componentId))) {
    out.push(reason("component_listed_twice", `The component "${id}" is moved twice.`, "moves"));
  }
  const found: [SwitchbackComponent, number][] = [];
  moves.forEach((m, i) => {
    const c = input.components.find((x) => x.id === m.componentId);
    if (!c || !review.componentIds.includes(m.componentId)) {
      out.push(
        reason("component_not_reviewed", `The component "${m.componentId}" was not part of this review.`, `moves.${i}`),
      );
    } else {
      out.push(...downReasons(c, m.toLevel, `moves.${i}`));
      out.push(...liveReviewReasons(c, input.componentIdsUnderLiveReview?.includes(c.id)));
      if (input.movedComponentIds?.includes(c.id)) {
        out.push(
          reason(
            "component_already_switched",
            `This review has already moved ${named(c)}; a review moves each component once.`,
            `moves.${i}`,
          ),
        );
      }
      const later = input.supersession ? supersedingReviewOf(input.supersession, c.id) : null;
      if (later) out.push(supersededMoveReason(later, named(c), `moves.${i}`));
      found.push([c, m.toLevel]);
    }
  });
  if (!hasText(input.rationale))
    out.push(reason("rationale_missing", "A review switchback needs a rationale.", "rationale"));
  return decide(out, () =>
    found.map(([c, toLevel]) => ({
      componentId: c.id,
      kind: "review" as const,
      fromLevel: c.level,
      toLevel,
      reason: input.rationale.trim(),
      reviewId: review.id,
    })),
  );
}

export const VERSION_KINDS = ["code", "model", "data"] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];
export type Versions = Record<VersionKind, string | null>;

/**
 * New code/model/data versions: strict x.y.z, each strictly above the current one. At L9 any new
 * version sends the component back to L7 (embedded), since deployed changes cycle through integration.
 */
export function decideVersionBump(input: {
  component: SwitchbackComponent & { versions: Versions };
  newVersions: Partial<Versions>;
}): Decision<{ versions: Versions; transition: TransitionDraft | null }> {
  const { component: c, newVersions } = input;
  const out: Reason[] = [];
  if (c.status !== "active")
    out.push(reason("component_archived", `The component ${named(c)} is archived.`, "versions"));
  const changed = VERSION_KINDS.filter((k) => newVersions[k] != null);
  if (changed.length === 0)
    out.push(reason("no_new_version", "Give at least one new code, model or data version.", "versions"));
  for (const k of changed) {
    const next = parseSemver(newVersions[k] ?? "");
    if (!next) {
      out.push(
        reason(
          "version_invalid",
          `The ${k} version "${newVersions[k]}" is not a semantic version like 1.4.2.`,
          `versions.${k}`,
        ),
      );
      continue;
    }
    const current = c.versions[k] === null ? null : parseSemver(c.versions[k]);
    if (current && compareSemver(next, current) <= 0) {
      out.push(
        reason(
          "version_not_increasing",
          `The ${k} version must increase beyond ${c.versions[k]}; ${newVersions[k]} does not.`,
          `versions.${k}`,
        ),
      );
    }
  }
  return decide(out, () => {
    const versions = { ...c.versions };
    for (const k of changed) versions[k] = (newVersions[k] ?? "").trim();
    const transition: TransitionDraft | null =
      c.level === 9
        ? {
            componentId: c.id,
            kind: "embedded",
            fromLevel: 9,
            toLevel: 7,
            reason: `New ${changed.join(", ")} version of a deployed component; changes cycle back through integration.`,
          }
        : null;
    return { versions, transition };
  });
}
