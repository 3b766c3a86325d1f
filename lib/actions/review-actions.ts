"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { recordDebrief, recordKeyDecision, recordReviewSwitchback } from "@/lib/dal/review-chair";
import { editReviewDraft, openReviewDraft } from "@/lib/dal/review-drafts";
import { submitReview, withdrawReview } from "@/lib/dal/review-lifecycle";
import { seatPanel, type SeatPanelResult } from "@/lib/dal/review-panel";
import { castVote, type VoteResult } from "@/lib/dal/review-votes";
import { parseStrict } from "@/lib/schemas/common";
import {
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
import { revalidatePortfolioStats } from "./portfolio-stats";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/**
 * Review commands: session → strict zod → one DAL command (lock, permission, rule, write, audit) → revalidate.
 * Opening, deciding, withdrawing and moving levels also refresh the portfolio aggregates (./portfolio-stats).
 */

function revalidateReviews(): void {
  revalidatePath("/projects", "layout");
  revalidatePath("/");
}

/** Opens a draft review for level N on components at N. */
export async function openReviewDraftAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("openReviewDraft", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(openReviewDraftSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await openReviewDraft(user, parsed.data));
    if (result.ok) revalidateReviews();
    return result;
  });
}

/** Saves the draft's criteria checks, ethics answers, component selection or due date. */
export async function editReviewDraftAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("editReviewDraft", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(editReviewDraftSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await editReviewDraft(user, parsed.data));
    if (result.ok) revalidateReviews();
    return result;
  });
}

/** Replaces the draft's panel: seats, disciplines and the chair. */
export async function seatPanelAction(input: unknown): Promise<ActionResult<SeatPanelResult>> {
  return runAction("seatPanel", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(seatPanelSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await seatPanel(user, parsed.data));
    if (result.ok) revalidateReviews();
    return result;
  });
}

/** Draft → open, pinning the card and versions; refusals list everything missing. */
export async function submitReviewAction(input: unknown): Promise<ActionResult<{ id: string; pinRound: number }>> {
  return runAction("submitReview", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(reviewIdSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await submitReview(user, parsed.data));
    if (result.ok) {
      revalidateReviews();
      revalidatePortfolioStats();
    }
    return result;
  });
}

/** Casts or changes a vote; the last vote decides the review (exactly once). */
export async function castVoteAction(input: unknown): Promise<ActionResult<VoteResult>> {
  return runAction("castVote", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(castVoteSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await castVote(user, parsed.data));
    if (result.ok) revalidateReviews();
    if (result.ok && result.data?.status !== "open") revalidatePortfolioStats();
    return result;
  });
}

/** Withdraws a draft or open review. */
export async function withdrawReviewAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("withdrawReview", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(withdrawReviewSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await withdrawReview(user, parsed.data));
    if (result.ok) {
      revalidateReviews();
      revalidatePortfolioStats();
    }
    return result;
  });
}

/** L2 path A/B/A+B, L4 continue/pause, L8 go/no-go: the chair, after the decision. */
export async function recordKeyDecisionAction(
  input: unknown,
): Promise<ActionResult<{ decision: string; researchTrackProjectId: string | null }>> {
  return runAction("recordKeyDecision", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(keyDecisionSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await recordKeyDecision(user, parsed.data));
    if (result.ok) revalidateReviews();
    if (result.ok && result.data?.researchTrackProjectId) revalidatePortfolioStats();
    return result;
  });
}

/** On a returned review the chair moves components down or pauses the project. */
export async function recordReviewSwitchbackAction(input: unknown): Promise<ActionResult<{ kind: string }>> {
  return runAction("recordReviewSwitchback", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(reviewSwitchbackSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await recordReviewSwitchback(user, parsed.data));
    if (result.ok) revalidateReviews();
    if (result.ok && result.data?.kind === "switchback") revalidatePortfolioStats();
    return result;
  });
}

/** The chair's stage debrief after the decision. */
export async function recordDebriefAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("recordDebrief", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(debriefSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await recordDebrief(user, parsed.data));
    if (result.ok) revalidateReviews();
    return result;
  });
}
