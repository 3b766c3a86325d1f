import { z } from "zod";
import { KEY_DECISIONS, VOTE_CHOICES } from "@/lib/domain/vocabulary";
import { dateSchema, idSchema, levelSchema, optionalText, requiredText } from "./common";
import { itemKeySchema } from "./review";

/** Panel-side review schemas: vote, key decision, review switchback or pause, debrief. */

export const voteTaskSchema = z
  .object({
    text: requiredText("the task", 2000),
    metric: optionalText(200).optional(),
    target: optionalText(200).optional(),
  })
  .strict();

export const castVoteSchema = z
  .object({
    reviewId: idSchema("review"),
    /** The pin round the voter saw; an older round is refused as stale. */
    pinRound: z
      .number({ error: "Missing the review round you voted on; reload the review." })
      .int("Missing the review round you voted on; reload the review.")
      .min(0, "Missing the review round you voted on; reload the review."),
    choice: z.enum(VOTE_CHOICES, { error: "Vote graduate or return." }),
    tasks: z.array(voteTaskSchema, { error: "Give a list of tasks." }).max(30, "At most 30 tasks.").default([]),
    comment: optionalText(5000).default(""),
  })
  .strict()
  // The domain (decideVote) keeps this rule too; here it lets the vote form show it before sending.
  .refine((v) => v.choice !== "return" || v.tasks.length > 0, {
    message: "A return vote must list at least one specific task.",
    path: ["tasks"],
  });
export type CastVoteInput = z.input<typeof castVoteSchema>;
export type CastVoteData = z.output<typeof castVoteSchema>;

export const keyDecisionSchema = z
  .object({
    reviewId: idSchema("review"),
    decision: z.enum(KEY_DECISIONS, { error: "Choose a key decision from the list." }),
    /** Only for "go": the deployment target date. */
    targetDate: dateSchema.nullable().optional(),
    note: optionalText(5000).default(""),
  })
  .strict();
export type KeyDecisionInput = z.input<typeof keyDecisionSchema>;
export type KeyDecisionData = z.output<typeof keyDecisionSchema>;

const rationale = requiredText("a rationale", 5000);

/** On a returned review the chair moves components down (switchback) or pauses the project. */
export const reviewSwitchbackSchema = z.discriminatedUnion(
  "kind",
  [
    z
      .object({
        kind: z.literal("switchback"),
        reviewId: idSchema("review"),
        moves: z
          .array(z.object({ componentId: idSchema("component"), toLevel: levelSchema("target level") }).strict(), {
            error: "Give the components to move.",
          })
          .min(1, "Move at least one component.")
          .max(50, "At most 50 components."),
        rationale,
      })
      .strict(),
    z.object({ kind: z.literal("pause"), reviewId: idSchema("review"), rationale }).strict(),
  ],
  { error: 'Choose "switchback" or "pause".' },
);
export type ReviewSwitchbackInput = z.input<typeof reviewSwitchbackSchema>;
export type ReviewSwitchbackData = z.output<typeof reviewSwitchbackSchema>;

export const debriefSchema = z
  .object({
    reviewId: idSchema("review"),
    answers: z
      .array(z.object({ key: itemKeySchema, answer: optionalText(10_000) }).strict(), {
        error: "Give the debrief answers.",
      })
      .max(20, "At most 20 answers."),
  })
  .strict();
export type DebriefInput = z.input<typeof debriefSchema>;
export type DebriefData = z.output<typeof debriefSchema>;
