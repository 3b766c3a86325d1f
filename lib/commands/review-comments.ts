import "server-only";
import {
  addReviewComment,
  reopenReviewThread,
  replyReviewComment,
  resolveReviewThread,
} from "@/lib/dal/reviews/comments";
import { addReviewCommentSchema, replyReviewCommentSchema, reviewThreadSchema } from "@/lib/schemas/review-comment";
import { defineCommand } from "./define-command";

/**
 * The review's discussion: threads on a card section or a requirement, replies, resolve and reopen.
 * Only the review page shows them (no list, no cached aggregate reads a comment).
 */
export const addReviewCommentCommand = defineCommand({
  name: "addReviewComment",
  schema: addReviewCommentSchema,
  run: addReviewComment,
  invalidates: ["reviews"],
  audit: ["review_comment.thread"],
});

export const replyReviewCommentCommand = defineCommand({
  name: "replyReviewComment",
  schema: replyReviewCommentSchema,
  run: replyReviewComment,
  invalidates: ["reviews"],
  audit: ["review_comment.reply"],
});

export const resolveReviewThreadCommand = defineCommand({
  name: "resolveReviewThread",
  schema: reviewThreadSchema,
  run: resolveReviewThread,
  invalidates: ["reviews"],
  audit: ["review_comment.resolve"],
});

export const reopenReviewThreadCommand = defineCommand({
  name: "reopenReviewThread",
  schema: reviewThreadSchema,
  run: reopenReviewThread,
  invalidates: ["reviews"],
  audit: ["review_comment.reopen"],
});
