"use server";

import {
  addReviewCommentCommand,
  reopenReviewThreadCommand,
  replyReviewCommentCommand,
  resolveReviewThreadCommand,
} from "@/lib/commands/review-comments";
import { serverAction } from "./server-action";

export const addReviewCommentAction = serverAction(addReviewCommentCommand);
export const replyReviewCommentAction = serverAction(replyReviewCommentCommand);
export const resolveReviewThreadAction = serverAction(resolveReviewThreadCommand);
export const reopenReviewThreadAction = serverAction(reopenReviewThreadCommand);
