import { z } from "zod";
import { CRITERION_STATES, DISCIPLINES, ETHICS_ANSWERS, REVIEW_KINDS } from "@/lib/domain/vocabulary";
import { dateSchema, idListSchema, idSchema, levelSchema, optionalText, optionalUrl } from "./common";

/** Draft-side review schemas: open, edit, seat the panel, submit, withdraw. */

/** Keys of criteria and checklist items (snake_case, as in the level definitions). */
export const itemKeySchema = z
  .string({ error: "Missing key." })
  .trim()
  .min(1, "Missing key.")
  .max(64, "This is not a valid key.")
  .regex(/^[a-z][a-z0-9_]*$/, "This is not a valid key.");

export const openReviewDraftSchema = z
  .object({
    projectId: idSchema("project"),
    level: levelSchema("review level"),
    /** `entry` confirms the components' claimed level `level`; default `gate` (leaving `level`). */
    kind: z.enum(REVIEW_KINDS, { error: "Choose a gate or an entry review." }).default("gate"),
    componentIds: idListSchema("component"),
    dueAt: dateSchema.nullable().optional(),
  })
  .strict();
export type OpenReviewDraftInput = z.input<typeof openReviewDraftSchema>;
export type OpenReviewDraftData = z.output<typeof openReviewDraftSchema>;

export const criterionCheckSchema = z
  .object({
    key: itemKeySchema,
    state: z.enum(CRITERION_STATES, { error: "Choose pending, done or not applicable." }),
    evidenceUrl: optionalUrl.optional(),
    note: optionalText(5000).optional(),
    naReason: optionalText(2000).optional(),
  })
  .strict();

export const ethicsAnswerSchema = z
  .object({
    key: itemKeySchema,
    answer: z.enum(ETHICS_ANSWERS, { error: "Answer yes, no or not applicable." }),
    note: optionalText(5000).default(""),
  })
  .strict();

/** Every part is optional: a form saves the section it shows (criteria, ethics, components, due date). */
export const editReviewDraftSchema = z
  .object({
    reviewId: idSchema("review"),
    criteria: z
      .array(criterionCheckSchema, { error: "Give a list of criteria." })
      .max(50, "At most 50 criteria.")
      .optional(),
    ethics: z.array(ethicsAnswerSchema, { error: "Give a list of answers." }).max(50, "At most 50 answers.").optional(),
    componentIds: idListSchema("component").optional(),
    dueAt: dateSchema.nullable().optional(),
  })
  .strict();
export type EditReviewDraftInput = z.input<typeof editReviewDraftSchema>;
export type EditReviewDraftData = z.output<typeof editReviewDraftSchema>;

export const seatSchema = z
  .object({
    userId: idSchema("user"),
    discipline: z.enum(DISCIPLINES, { error: "Choose a discipline from the list." }),
    isChair: z.boolean({ error: "Say whether this seat is the chair." }).default(false),
  })
  .strict();

/** The whole panel of a draft: seats added, removed, re-disciplined or made chair in one save. */
export const seatPanelSchema = z
  .object({
    reviewId: idSchema("review"),
    seats: z.array(seatSchema, { error: "Give the list of seats." }).max(20, "At most 20 seats."),
  })
  .strict();
export type SeatPanelInput = z.input<typeof seatPanelSchema>;
export type SeatPanelData = z.output<typeof seatPanelSchema>;

/**
 * A manager or admin confirms the chair they saw: the chair seat's holder and discipline travel
 * with the request, so a stale page never confirms a chair changed since it was loaded.
 */
export const confirmChairSchema = z
  .object({
    reviewId: idSchema("review"),
    chairUserId: idSchema("user"),
    discipline: z.enum(DISCIPLINES, { error: "Choose a discipline from the list." }),
  })
  .strict();
export type ConfirmChairInput = z.input<typeof confirmChairSchema>;
export type ConfirmChairData = z.output<typeof confirmChairSchema>;

export const reviewIdSchema = z.object({ reviewId: idSchema("review") }).strict();
export type ReviewIdInput = z.input<typeof reviewIdSchema>;
export type ReviewIdData = z.output<typeof reviewIdSchema>;

/** Carried-over items of a draft the author re-confirms ("criterion:<key>", "ethics:<key>", "components", "panel"). */
export const carriedItemSchema = z
  .string({ error: "Missing item." })
  .trim()
  .min(1, "Missing item.")
  .max(80, "This is not an item carried over.")
  .regex(/^(components|panel|(criterion|ethics):[a-z][a-z0-9_]*)$/, "This is not an item carried over.");

export const confirmCarriedSchema = z
  .object({
    reviewId: idSchema("review"),
    items: z
      .array(carriedItemSchema, { error: "Choose the items to re-confirm." })
      .min(1, "Choose at least one item to re-confirm.")
      .max(200, "At most 200 items at once."),
  })
  .strict();
export type ConfirmCarriedInput = z.input<typeof confirmCarriedSchema>;
export type ConfirmCarriedData = z.output<typeof confirmCarriedSchema>;

export const withdrawReviewSchema = z
  .object({ reviewId: idSchema("review"), reason: optionalText(2000).default("") })
  .strict();
export type WithdrawReviewInput = z.input<typeof withdrawReviewSchema>;
export type WithdrawReviewData = z.output<typeof withdrawReviewSchema>;
