import { z } from "zod";
import { COMMENT_ANCHOR_KINDS, COMMENT_BODY_MAX } from "@/lib/domain/review-comments";
import { idSchema, requiredText } from "./common";

/** The body of a comment or reply: Markdown, shown through the card's sanitising renderer. */
const bodySchema = requiredText("the comment", COMMENT_BODY_MAX);

/** A new thread on a TRL Card section (its key) or a requirement (its id). */
export const addReviewCommentSchema = z
  .object({
    reviewId: idSchema("review"),
    anchorKind: z.enum(COMMENT_ANCHOR_KINDS, { error: "Choose a card section or a requirement." }),
    anchorKey: idSchema("card section or requirement"),
    body: bodySchema,
  })
  .strict();
export type AddReviewCommentInput = z.input<typeof addReviewCommentSchema>;
export type AddReviewCommentData = z.output<typeof addReviewCommentSchema>;

export const replyReviewCommentSchema = z.object({ threadId: idSchema("thread"), body: bodySchema }).strict();
export type ReplyReviewCommentInput = z.input<typeof replyReviewCommentSchema>;
export type ReplyReviewCommentData = z.output<typeof replyReviewCommentSchema>;

/** Resolve and reopen take the thread only; the server numbers the event (compare-and-set). */
export const reviewThreadSchema = z.object({ threadId: idSchema("thread") }).strict();
export type ReviewThreadInput = z.input<typeof reviewThreadSchema>;
export type ReviewThreadData = z.output<typeof reviewThreadSchema>;
