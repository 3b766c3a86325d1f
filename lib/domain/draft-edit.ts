import { decide, duplicates, reason, type Decision, type Reason } from "./decision";
import type { Seat } from "./panel";
import { can, type Actor } from "./permissions";
import { projectEditableReasons } from "./project-status";
import { reviewedSetReasons } from "./component-entry";
import type { ReviewedComponent } from "./review-components";
import { liveReviewConflictReasons } from "./review-draft";
import { seatEligibilityReasons, type SeatHolder } from "./seat-eligibility";
import type { MemberRole, ProjectStatus, ReviewKind, ReviewStatus } from "./vocabulary";

type DraftContext = {
  actor: Actor;
  memberRole: MemberRole | null;
  project: { status: ProjectStatus };
  review: { id: string; status: ReviewStatus; level: number; kind?: ReviewKind };
};

/** Drafts are edited by whoever may open them, on a project that is not archived, while draft. */
function draftReasons({ actor, memberRole, project, review }: DraftContext, what: string): Reason[] {
  const out: Reason[] = [];
  const permitted = can(actor, "open_review", { projectMemberRole: memberRole });
  if (!permitted.ok) out.push(...permitted.reasons);
  out.push(...projectEditableReasons(project.status));
  if (review.status !== "draft") {
    out.push(
      reason("review_not_draft", `Only a draft's ${what} can be changed; this review is ${review.status}.`, "status"),
    );
  }
  return out;
}

function keyReasons(
  kind: "criterion" | "ethics",
  known: readonly string[],
  keys: readonly string[],
  level: number,
): Reason[] {
  const out: Reason[] = [];
  const field = kind === "criterion" ? "criteria" : "ethics";
  for (const k of duplicates(keys)) {
    out.push(
      reason(
        kind === "criterion" ? "criterion_duplicate" : "ethics_answer_duplicate",
        `"${k}" is answered more than once.`,
        `${field}.${k}`,
      ),
    );
  }
  for (const k of keys.filter((x) => !known.includes(x))) {
    out.push(
      kind === "criterion"
        ? reason("criterion_unknown", `"${k}" is not a gate criterion of level ${level}.`, `${field}.${k}`)
        : reason("ethics_unknown_item", `"${k}" is not an item of this review's ethics checklist.`, `${field}.${k}`),
    );
  }
  return out;
}

/**
 * Editing a draft: criteria and ethics answers may only name the keys the review's level
 * definitions and ethics template define; a new component selection obeys the same rules as
 * opening a draft. Completeness is checked later, on submit (decideSubmit).
 */
export function decideDraftEdit(
  input: DraftContext & {
    criterionKeys: readonly string[];
    ethicsItemKeys: readonly string[];
    criteria?: readonly { key: string }[];
    ethics?: readonly { key: string }[];
    componentIds?: readonly string[];
    /** The project's components (needed when componentIds is given). */
    components: readonly (ReviewedComponent & { claimedLevel?: number | null })[];
    /** The project's other reviews with their components. */
    reviews: readonly { id: string; status: ReviewStatus; componentIds: readonly string[] }[];
  },
): Decision<true> {
  const { review } = input;
  const out = draftReasons(input, "checklists and components");
  if (input.criteria)
    out.push(
      ...keyReasons(
        "criterion",
        input.criterionKeys,
        input.criteria.map((c) => c.key),
        review.level,
      ),
    );
  if (input.ethics)
    out.push(
      ...keyReasons(
        "ethics",
        input.ethicsItemKeys,
        input.ethics.map((e) => e.key),
        review.level,
      ),
    );
  if (input.componentIds) {
    out.push(...reviewedSetReasons(review.kind ?? "gate", review.level, input.componentIds, input.components));
    out.push(...liveReviewConflictReasons(input.reviews, input.componentIds, input.components, review.id));
  }
  return decide(out, () => true as const);
}

/**
 * Seating the panel of a draft (the whole panel is given each time). Refused at once: a seat for
 * an unknown or deactivated user, a person who is not eligible for their seat (discipline not
 * held, no reviewer role, an admin), one person twice, more than one chair, and project members
 * (conflict of interest). Missing disciplines and a missing chair wait for submit, since a panel
 * is seated one person at a time.
 */
export function decideSeatPanel(
  input: DraftContext & {
    seats: readonly Seat[];
    memberUserIds: readonly string[];
    /** The seated people as stored (unknown ids are simply absent). */
    holders: readonly SeatHolder[];
  },
): Decision<Seat[]> {
  const out = draftReasons(input, "panel");
  const { seats } = input;
  out.push(...seatEligibilityReasons(seats, input.holders));
  for (const userId of duplicates(seats.map((s) => s.userId))) {
    const name = input.holders.find((h) => h.userId === userId)?.name ?? seats.find((s) => s.userId === userId)?.name;
    out.push(
      reason(
        "panel_user_seated_twice",
        `${name?.trim() || `"${userId}"`} holds more than one seat; each person holds one seat.`,
        "seats",
      ),
    );
  }
  if (seats.filter((s) => s.isChair).length > 1) {
    out.push(reason("panel_chair_count", "Only one seat can be the chair.", "seats"));
  }
  for (const s of seats.filter((x) => input.memberUserIds.includes(x.userId))) {
    out.push(
      reason(
        "panel_conflict_of_interest",
        `${s.name?.trim() || s.userId} is an owner or contributor of this project and cannot sit on its panel.`,
        "seats",
      ),
    );
  }
  return decide(out, () => seats.map((s) => ({ userId: s.userId, discipline: s.discipline, isChair: s.isChair })));
}
