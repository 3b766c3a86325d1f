"use server";

import {
  castVoteCommand,
  confirmCarriedItemsCommand,
  continueReviewCommand,
  editReviewDraftCommand,
  openReviewDraftCommand,
  recordDebriefCommand,
  recordKeyDecisionCommand,
  recordReviewSwitchbackCommand,
  seatPanelCommand,
  submitReviewCommand,
  withdrawReviewCommand,
} from "@/lib/commands/reviews";
import { serverAction } from "./server-action";

/** Review commands (lib/commands/reviews.ts) as server actions. */

export const openReviewDraftAction = serverAction(openReviewDraftCommand);
export const editReviewDraftAction = serverAction(editReviewDraftCommand);
export const seatPanelAction = serverAction(seatPanelCommand);
export const submitReviewAction = serverAction(submitReviewCommand);
export const castVoteAction = serverAction(castVoteCommand);
export const withdrawReviewAction = serverAction(withdrawReviewCommand);
export const recordKeyDecisionAction = serverAction(recordKeyDecisionCommand);
export const recordReviewSwitchbackAction = serverAction(recordReviewSwitchbackCommand);
export const recordDebriefAction = serverAction(recordDebriefCommand);
export const continueReviewAction = serverAction(continueReviewCommand);
export const confirmCarriedItemsAction = serverAction(confirmCarriedItemsCommand);
