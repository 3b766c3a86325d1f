import "server-only";
import { recordDebrief, recordKeyDecision, recordReviewSwitchback } from "@/lib/dal/reviews/chair";
import { confirmChair } from "@/lib/dal/reviews/chair-confirmation";
import { confirmCarriedItems, continueReview } from "@/lib/dal/reviews/continue";
import { editReviewDraft, openReviewDraft } from "@/lib/dal/reviews/drafts";
import { submitReview, withdrawReview } from "@/lib/dal/reviews/lifecycle";
import { seatPanel } from "@/lib/dal/reviews/panel";
import { completeReviewTask, reopenReviewTask } from "@/lib/dal/reviews/tasks";
import { castVote } from "@/lib/dal/reviews/cast-vote";
import {
  confirmCarriedSchema,
  confirmChairSchema,
  editReviewDraftSchema,
  openReviewDraftSchema,
  reviewIdSchema,
  seatPanelSchema,
  withdrawReviewSchema,
} from "@/lib/schemas/review";
import {
  castVoteSchema,
  debriefSchema,
  keyDecisionSchema,
  reviewSwitchbackSchema,
} from "@/lib/schemas/review-decision";
import { completeTaskSchema, reopenTaskSchema } from "@/lib/schemas/review-task";
import { defineCommand } from "./define-command";
import type { InvalidationTarget } from "./invalidation";

/**
 * Review commands: the draft, its panel, its lifecycle, the vote, what the chair records after the
 * decision, and the tasks of a returned review. A review shows on its project's pages too.
 */
const REVIEW: InvalidationTarget[] = ["projects", "home", "reviews"];
/** Opening, deciding, withdrawing and moving levels also change the portfolio aggregates. */
const REVIEW_AND_STATS: InvalidationTarget[] = [...REVIEW, "portfolioStats"];

/** Opens a draft review for level N on components at N. */
export const openReviewDraftCommand = defineCommand({
  name: "openReviewDraft",
  schema: openReviewDraftSchema,
  run: openReviewDraft,
  invalidates: REVIEW,
  audit: ["review.open_draft"],
});

/** Starts the next review from a returned one whose tasks are done, carrying its draft over. */
export const continueReviewCommand = defineCommand({
  name: "continueReview",
  schema: reviewIdSchema,
  run: continueReview,
  invalidates: REVIEW,
  audit: ["review.continue"],
});

/** The author re-confirms items a continued draft carried over. */
export const confirmCarriedItemsCommand = defineCommand({
  name: "confirmCarriedItems",
  schema: confirmCarriedSchema,
  run: confirmCarriedItems,
  invalidates: REVIEW,
  audit: ["review.confirm_carried"],
});

/** Saves the draft's criteria checks, ethics answers, component selection or due date. */
export const editReviewDraftCommand = defineCommand({
  name: "editReviewDraft",
  schema: editReviewDraftSchema,
  run: editReviewDraft,
  invalidates: REVIEW,
  audit: ["review.edit_draft"],
});

/** Replaces the draft's panel: seats, disciplines and the chair. */
export const seatPanelCommand = defineCommand({
  name: "seatPanel",
  schema: seatPanelSchema,
  run: seatPanel,
  invalidates: REVIEW,
  audit: ["review.seat_panel"],
});

/** A manager or an admin confirms the chair the project proposed (levels that require it). */
export const confirmChairCommand = defineCommand({
  name: "confirmChair",
  schema: confirmChairSchema,
  run: confirmChair,
  invalidates: REVIEW,
  audit: ["review.confirm_chair"],
});

/** Draft → open, pinning the card and versions; refusals list everything missing. */
export const submitReviewCommand = defineCommand({
  name: "submitReview",
  schema: reviewIdSchema,
  run: submitReview,
  invalidates: REVIEW_AND_STATS,
  audit: ["review.submit"],
});

/** Casts or changes a vote; the last vote decides the review (exactly once). */
export const castVoteCommand = defineCommand({
  name: "castVote",
  schema: castVoteSchema,
  run: castVote,
  // A re-sent vote ("unchanged") wrote nothing: no recomputation, even if the review is decided.
  invalidates: (vote) => (vote.recorded === "unchanged" ? [] : vote.status !== "open" ? REVIEW_AND_STATS : REVIEW),
  audit: ["review.vote", "review.vote_change"],
});

/** Withdraws a draft or open review. */
export const withdrawReviewCommand = defineCommand({
  name: "withdrawReview",
  schema: withdrawReviewSchema,
  run: withdrawReview,
  invalidates: REVIEW_AND_STATS,
  audit: ["review.withdraw"],
});

/** L2 path A/B/A+B, L4 continue/pause, L8 go/no-go: the chair, after the decision. */
export const recordKeyDecisionCommand = defineCommand({
  name: "recordKeyDecision",
  schema: keyDecisionSchema,
  run: recordKeyDecision,
  // A research track is a new project at a level.
  invalidates: (decision) => (decision.researchTrackProjectId ? REVIEW_AND_STATS : REVIEW),
  audit: ["review.key_decision"],
});

/** On a returned review the chair moves components down or pauses the project. */
export const recordReviewSwitchbackCommand = defineCommand({
  name: "recordReviewSwitchback",
  schema: reviewSwitchbackSchema,
  run: recordReviewSwitchback,
  invalidates: (outcome) => (outcome.kind === "switchback" ? REVIEW_AND_STATS : REVIEW),
  audit: ["review.switchback", "review.pause_project"],
});

/** The chair's stage debrief after the decision. */
export const recordDebriefCommand = defineCommand({
  name: "recordDebrief",
  schema: debriefSchema,
  run: recordDebrief,
  invalidates: REVIEW,
  audit: ["review.debrief"],
});

/** Ticks a task of a returned review off with its evidence (owners, contributors, admin). */
export const completeReviewTaskCommand = defineCommand({
  name: "completeReviewTask",
  schema: completeTaskSchema,
  run: completeReviewTask,
  invalidates: ["reviews", "projects"],
  audit: ["review_task.complete"],
});

/** Un-ticks a task whose evidence turned out wrong. */
export const reopenReviewTaskCommand = defineCommand({
  name: "reopenReviewTask",
  schema: reopenTaskSchema,
  run: reopenReviewTask,
  invalidates: ["reviews", "projects"],
  audit: ["review_task.reopen"],
});
