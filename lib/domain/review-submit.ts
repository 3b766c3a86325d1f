import { criteriaReasons, cardSectionReasons, type CriterionEntry } from "./checklist";
import { decide, reason, type Decision, type Reason } from "./decision";
import { ethicsReasons, type EthicsItem, type EthicsResponse } from "./ethics";
import { levelDefinition, type LevelDefinitions } from "./levels";
import { panelReasons, type Seat } from "./panel";
import type { SeatHolder } from "./seat-eligibility";
import { requirementGateReasons, type Requirement } from "./requirements";
import { reviewKindLevelReasons, reviewedSetReasons } from "./component-entry";
import { unconfirmedReasons } from "./review-continue";
import { projectActiveReasons, type ReviewedComponent } from "./review-components";
import type { CardSection, ProjectStatus, ReviewKind, ReviewStatus } from "./vocabulary";

export type SubmitSnapshot = {
  review: { status: ReviewStatus; level: number; componentIds: string[]; kind?: ReviewKind };
  project: { status: ProjectStatus; memberUserIds: string[] };
  /** The project's components (at least those the review lists). */
  components: (ReviewedComponent & { claimedLevel?: number | null })[];
  criteria: CriterionEntry[];
  ethics: { templateItems: EthicsItem[]; answers: EthicsResponse[] };
  requirements: Requirement[];
  seats: Seat[];
  /** The seated people as they are at submit: roles and disciplines may have changed since seating. */
  seatHolders: SeatHolder[];
  definitions: LevelDefinitions;
  cardSectionsFilled: CardSection[];
  /** Items carried over from a returned review the author has not re-confirmed yet. */
  unconfirmedItems?: readonly string[];
};

/** What the data layer does on acceptance: mark open, pin the card, notify the panel. */
export type SubmitEffect = { status: "open"; notifyUserIds: string[] };

/**
 * Draft → open. Returns every missing thing at once so the author fixes the draft in one pass.
 * The DAL pins the current card revision and component versions in the same transaction.
 */
export function decideSubmit(s: SubmitSnapshot): Decision<SubmitEffect> {
  const { review, project } = s;
  const out: Reason[] = [];
  if (review.status !== "draft") {
    out.push(reason("review_not_draft", `Only a draft can be submitted; this review is ${review.status}.`, "status"));
  }
  out.push(...projectActiveReasons(project.status));
  // An entry review (confirming claimed levels) has its own level range and component set.
  const levelReasons = reviewKindLevelReasons(review.kind ?? "gate", review.level);
  out.push(...levelReasons);
  out.push(...reviewedSetReasons(review.kind ?? "gate", review.level, review.componentIds, s.components));
  if (levelReasons.length === 0) out.push(...levelRuleReasons(s));
  out.push(...carriedReasons(s));
  return decide(out, () => ({ status: "open" as const, notifyUserIds: s.seats.map((x) => x.userId) }));
}

/** A draft started from a returned review: every carried item re-confirmed, named as the editor names it. */
function carriedReasons(s: SubmitSnapshot): Reason[] {
  const def = levelDefinition(s.definitions, s.review.level);
  return unconfirmedReasons(s.unconfirmedItems ?? [], {
    criteria: Object.fromEntries((def?.criteria ?? []).map((c) => [c.key, c.label])),
    ethics: Object.fromEntries(s.ethics.templateItems.map((i) => [i.key, i.label])),
  });
}

/** The rules that depend on the level's definition: criteria, card, requirements, panel. */
function levelRuleReasons(s: SubmitSnapshot): Reason[] {
  const level = s.review.level;
  const def = levelDefinition(s.definitions, level);
  if (!def) {
    return [
      reason("level_undefined", `Level ${level} has no definition in version ${s.definitions.version}.`, "level"),
    ];
  }
  return [
    ...criteriaReasons(level, def.criteria, s.criteria),
    ...ethicsReasons(s.ethics.templateItems, s.ethics.answers),
    ...requirementGateReasons(level, s.requirements),
    ...panelReasons({
      level,
      required: def.seats,
      seats: s.seats,
      memberUserIds: s.project.memberUserIds,
      holders: s.seatHolders,
      chairConfirmation: def.chairConfirmation,
    }),
    ...cardSectionReasons(level, def.cardSections, s.cardSectionsFilled),
  ];
}
