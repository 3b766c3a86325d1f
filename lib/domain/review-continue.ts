import type { CriterionEntry } from "./checklist";
import { decide, listOf, reason, type Decision, type Reason } from "./decision";
import type { EthicsResponse } from "./ethics";
import type { Seat } from "./panel";
import { can, type Actor } from "./permissions";
import { reviewedSetReasons } from "./component-entry";
import { liveReviewConflictReasons } from "./review-draft";
import { projectActiveReasons, type ReviewedComponent } from "./review-components";
import { holderReasons, type SeatHolder } from "./seat-eligibility";
import { supersededReasons, type DecidedReview } from "./supersession";
import type { MemberRole, ProjectStatus, ReviewKind, ReviewStatus } from "./vocabulary";

/**
 * "Start the next review from this one": a returned review whose tasks are all done becomes the
 * start of a new draft at the same level, for the components that are still eligible, with its
 * criteria checks, ethics answers and panel carried over. Every carried item waits for the author
 * to re-confirm it (the work changed since: the tasks were done), and submit refuses until then.
 */

export type ContinueInput = {
  actor: Actor;
  memberRole: MemberRole | null;
  project: { id: string; status: ProjectStatus; memberUserIds: readonly string[] };
  review: {
    id: string;
    status: ReviewStatus;
    level: number;
    kind: ReviewKind;
    decidedAt: Date | null;
    componentIds: readonly string[];
    /** The review that already continues this one, if any (withdrawn ones included). */
    continuedBy: { id: string; status: ReviewStatus } | null;
  };
  tasks: readonly { doneAt: Date | null }[];
  /** Other decided reviews sharing a component (lib/domain/supersession). */
  otherDecided: readonly DecidedReview[];
  /** The project's live (draft/open) reviews. */
  liveReviews: readonly { id: string; status: ReviewStatus; componentIds: readonly string[] }[];
  /** The project's components as they are now. */
  components: readonly (ReviewedComponent & { claimedLevel?: number | null })[];
  seats: readonly Seat[];
  /** The seated people as they are now. */
  holders: readonly SeatHolder[];
  /** The criteria of the level in the definitions the new draft pins, and the old checks. */
  criterionKeys: readonly string[];
  criteria: readonly CriterionEntry[];
  /** The ethics items of the template the new draft pins, and the old answers. */
  ethicsItemKeys: readonly string[];
  ethics: readonly EthicsResponse[];
};

export type Dropped = { id: string; name: string; why: string };

export type ContinuePlan = {
  level: number;
  kind: ReviewKind;
  componentIds: string[];
  droppedComponents: Dropped[];
  criteria: CriterionEntry[];
  ethics: EthicsResponse[];
  /** Seats still eligible; a chair confirmation is never carried (a manager confirms again). */
  seats: Seat[];
  droppedSeats: Dropped[];
  /** The chair's seat was dropped: the author chooses a new chair. */
  chairDropped: boolean;
  unconfirmed: string[];
};

export const CARRIED_COMPONENTS = "components";
export const CARRIED_PANEL = "panel";
export const carriedCriterion = (key: string) => `criterion:${key}`;
export const carriedEthics = (key: string) => `ethics:${key}`;

const named = (c: { id: string; name?: string }) => c.name?.trim() || c.id;

/** The door rules: who, which review, its tasks, and whether a newer review already took over. */
function doorReasons(input: ContinueInput): Reason[] {
  const { review } = input;
  const out: Reason[] = [];
  const permitted = can(input.actor, "open_review", { projectMemberRole: input.memberRole });
  if (!permitted.ok) out.push(...permitted.reasons);
  if (review.status !== "returned") {
    out.push(
      reason(
        "review_not_returned",
        `Only a returned review can start the next one; this review is ${review.status}.`,
        "reviewId",
      ),
    );
  }
  const open = input.tasks.map((t, i) => ({ t, n: i + 1 })).filter(({ t }) => t.doneAt === null);
  if (review.status === "returned" && open.length > 0) {
    out.push(
      reason(
        "tasks_not_done",
        `${open.length === 1 ? "Task" : "Tasks"} ${listOf(
          open.map(({ n }) => String(n)),
          "and",
        )} of this review ${open.length === 1 ? "is" : "are"} not done yet; tick every task off first.`,
        "reviewId",
      ),
    );
  }
  if (review.continuedBy) {
    out.push(
      reason(
        "review_already_continued",
        `This review was already continued (the next review is ${review.continuedBy.status}); a review is continued once. Open the next one: /reviews/${review.continuedBy.id}`,
        "reviewId",
      ),
    );
  }
  out.push(...projectActiveReasons(input.project.status));
  out.push(
    ...supersededReasons({
      review: { id: review.id, decidedAt: review.decidedAt, componentIds: review.componentIds },
      otherDecided: input.otherDecided,
      what: "a next review",
      field: "reviewId",
    }),
  );
  return out;
}

/** Components still at the review's level (or still claiming it, for an entry review). */
function splitComponents(input: ContinueInput): { kept: string[]; dropped: Dropped[] } {
  const { level, kind } = input.review;
  const kept: string[] = [];
  const dropped: Dropped[] = [];
  for (const id of input.review.componentIds) {
    const c = input.components.find((x) => x.id === id);
    const why = reviewedSetReasons(kind, level, [id], input.components);
    if (c && why.length === 0) kept.push(id);
    else dropped.push({ id, name: c ? named(c) : id, why: why[0]?.message ?? "it no longer exists." });
  }
  return { kept, dropped };
}

/** Seats whose holder may still sit in them: eligible for the discipline and not a project member. */
function splitSeats(input: ContinueInput): { kept: Seat[]; dropped: Dropped[] } {
  const kept: Seat[] = [];
  const dropped: Dropped[] = [];
  for (const s of input.seats) {
    const h = input.holders.find((x) => x.userId === s.userId);
    const why = holderReasons(h, s.discipline).map((r) => r.why);
    if (input.project.memberUserIds.includes(s.userId)) why.push("is now an owner or contributor of the project");
    const name = h?.name?.trim() || s.name?.trim() || s.userId;
    if (why.length === 0) kept.push({ userId: s.userId, discipline: s.discipline, isChair: s.isChair, name });
    else dropped.push({ id: s.userId, name, why: `${name} ${listOf(why, "and")}.` });
  }
  return { kept, dropped };
}

export function decideContinueReview(input: ContinueInput): Decision<ContinuePlan> {
  const out = doorReasons(input);
  const { kept, dropped } = splitComponents(input);
  if (out.length === 0 && kept.length === 0) {
    out.push(
      reason(
        "no_components_left",
        `None of this review's components can be reviewed again at level ${input.review.level}: ${dropped.map((d) => `${d.name}: ${d.why}`).join(" ")}`,
        "reviewId",
      ),
    );
  }
  // A newer live review covering these components already took over.
  out.push(...liveReviewConflictReasons(input.liveReviews, kept, input.components));
  const seats = splitSeats(input);
  return decide(out, () => {
    const criteria = input.criteria.filter((c) => input.criterionKeys.includes(c.key) && c.state !== "pending");
    const ethics = input.ethics.filter((e) => input.ethicsItemKeys.includes(e.key));
    return {
      level: input.review.level,
      kind: input.review.kind,
      componentIds: kept,
      droppedComponents: dropped,
      criteria,
      ethics,
      seats: seats.kept,
      droppedSeats: seats.dropped,
      chairDropped: input.seats.some((s) => s.isChair) && !seats.kept.some((s) => s.isChair),
      unconfirmed: [
        CARRIED_COMPONENTS,
        ...criteria.map((c) => carriedCriterion(c.key)),
        ...ethics.map((e) => carriedEthics(e.key)),
        ...(seats.kept.length > 0 ? [CARRIED_PANEL] : []),
      ],
    };
  });
}

/** How an unconfirmed item reads to people ("criterion “Maths reviewed”", "the panel"). */
export function carriedItemLabel(
  item: string,
  labels: { criteria?: Readonly<Record<string, string>>; ethics?: Readonly<Record<string, string>> } = {},
): string {
  if (item === CARRIED_COMPONENTS) return "the components";
  if (item === CARRIED_PANEL) return "the panel";
  const [kind, key = ""] = item.split(":", 2);
  if (kind === "criterion") return `criterion “${labels.criteria?.[key] ?? key}”`;
  if (kind === "ethics") return `ethics item “${labels.ethics?.[key] ?? key}”`;
  return item;
}

/** Submit waits until every carried item is re-confirmed; the refusal lists them all. */
export function unconfirmedReasons(
  items: readonly string[],
  labels?: Parameters<typeof carriedItemLabel>[1],
): Reason[] {
  if (items.length === 0) return [];
  return [
    reason(
      "carried_unconfirmed",
      `${items.length} item${items.length === 1 ? "" : "s"} carried over from the returned review ${items.length === 1 ? "is" : "are"} not re-confirmed yet: ${listOf(
        items.map((i) => carriedItemLabel(i, labels)),
        "and",
      )}. Check each against the work done since and re-confirm it.`,
      "unconfirmedItems",
    ),
  ];
}

/** Re-confirming carried items of a draft: the author's side of unconfirmedReasons. */
export function decideConfirmCarried(input: {
  actor: Actor;
  memberRole: MemberRole | null;
  review: { status: ReviewStatus; unconfirmedItems: readonly string[] };
  items: readonly string[];
}): Decision<{ remaining: string[] }> {
  const out: Reason[] = [];
  const permitted = can(input.actor, "open_review", { projectMemberRole: input.memberRole });
  if (!permitted.ok) out.push(...permitted.reasons);
  if (input.review.status !== "draft") {
    out.push(
      reason(
        "review_not_draft",
        `Only a draft's carried items can be re-confirmed; this review is ${input.review.status}.`,
        "status",
      ),
    );
  }
  // An item already confirmed (a double click, a second tab) is fine; one never carried is not.
  const known = (i: string) =>
    input.review.unconfirmedItems.includes(i) ||
    i === CARRIED_COMPONENTS ||
    i === CARRIED_PANEL ||
    /^(criterion|ethics):[a-z][a-z0-9_]*$/.test(i);
  const unknown = input.items.filter((i) => !known(i));
  if (unknown.length > 0) {
    out.push(reason("carried_item_unknown", `Not an item carried over: ${listOf(unknown, "and")}.`, "items"));
  }
  return decide(out, () => ({
    remaining: input.review.unconfirmedItems.filter((i) => !input.items.includes(i)),
  }));
}
