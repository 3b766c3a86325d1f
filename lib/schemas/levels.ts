import { z } from "zod";
import { MAX_OVERDUE_DAYS } from "@/lib/domain/levels";
import { CARD_SECTIONS, DISCIPLINES, MAX_LEVEL } from "@/lib/domain/vocabulary";

/** One gate criterion; its key is how review checklists find it across versions, so keep it when rewording. */
export const levelCriterionSchema = z
  .object({
    key: z
      .string({ error: "Enter a key." })
      .trim()
      .min(1, "Enter a key.")
      .max(60, "Use at most 60 characters.")
      .regex(/^[a-z][a-z0-9_]*$/, "Use lower-case letters, digits and _ (snake_case), starting with a letter."),
    label: z
      .string({ error: "Enter the criterion." })
      .trim()
      .min(1, "Enter the criterion.")
      .max(300, "Use at most 300 characters."),
  })
  .strict();

const seatCount = z
  .number({ error: "Enter a whole number of seats." })
  .int("Enter a whole number of seats.")
  .min(0, "Enter 0 or more seats.")
  .max(5, "At most 5 seats of one discipline.");

/**
 * What an admin edits on one level. The name, phase and key decision are MLTRL's own and are
 * carried over from the version edited from.
 */
export const levelEditSchema = z
  .object({
    level: z.number().int().min(0).max(MAX_LEVEL),
    criteria: z.array(levelCriterionSchema).max(30, "At most 30 criteria per level."),
    seats: z.partialRecord(z.enum(DISCIPLINES, { error: "Pick a discipline from the list." }), seatCount),
    cardSections: z.array(z.enum(CARD_SECTIONS, { error: "Pick a card section from the list." })),
    overdueDays: z
      .number({ error: "Enter a number of days." })
      .int("Enter a whole number of days.")
      .min(1, "Enter at least 1 day.")
      .max(MAX_OVERDUE_DAYS, `Use at most ${MAX_OVERDUE_DAYS} days.`),
    chairConfirmation: z.boolean({ error: "Choose whether a manager confirms the chair." }),
  })
  .strict();

export const publishLevelDefinitionsSchema = z
  .object({
    /** The version the admin started from: publishing over a newer version is refused. */
    baseVersion: z.number().int().min(1),
    levels: z.array(levelEditSchema).length(MAX_LEVEL + 1, `Give all ${MAX_LEVEL + 1} levels, 0 to ${MAX_LEVEL}.`),
  })
  .strict();
export type PublishLevelDefinitionsInput = z.input<typeof publishLevelDefinitionsSchema>;
export type PublishLevelDefinitionsData = z.output<typeof publishLevelDefinitionsSchema>;
