import { z } from "zod";
import { EDITABLE_CARD_SECTION_KEYS, type EditableCardSection } from "@/lib/domain/card-diff";
import { idSchema, optionalText } from "./common";

/**
 * TRL Card saves: one section at a time, with the revision the editor started from. Markdown is
 * kept as written except line endings (CRLF → LF) and trailing whitespace, so a leading indent
 * (a code block) survives.
 */
export const MAX_CARD_TEXT = 20_000;

const markdown = (max = MAX_CARD_TEXT) =>
  z
    .string({ error: "Enter text (it may be empty)." })
    .transform((v) => v.replace(/\r\n?/g, "\n").replace(/\s+$/, ""))
    .pipe(z.string().max(max, `Use at most ${max.toLocaleString("en-GB")} characters.`));

/** http(s) address or empty; kept as a string because the card stores "" for "no link". */
export const cardUrl = z
  .string({ error: "Enter a web address." })
  .trim()
  .max(2000, "Use at most 2000 characters.")
  .refine(
    (v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v),
    "Enter a web address starting with http:// or https://, or leave it empty.",
  );

export const dataSourceSchema = z
  .object({
    name: z
      .string({ error: "Enter the dataset's name." })
      .trim()
      .min(1, "Enter the dataset's name.")
      .max(200, "Use at most 200 characters."),
    version: z.string().trim().max(40, "Use at most 40 characters."),
    owner: z.string().trim().max(200, "Use at most 200 characters."),
    datasheetUrl: cardUrl,
  })
  .strict();

/** The fields of each editable section (see EDITABLE_CARD_SECTIONS), as the forms edit them. */
export const cardSectionValueSchemas = {
  summary: z
    .object({
      links: z.object({ code: cardUrl, project: cardUrl, requirements: cardUrl }).strict(),
      coupledComponents: markdown(5000),
    })
    .strict(),
  tldr: z.object({ tldr: markdown(5000) }).strict(),
  model_info: z.object({ modelInfo: markdown() }).strict(),
  intended_use: z.object({ intendedUse: markdown(), unacceptableUse: markdown() }).strict(),
  testing_status: z.object({ testingStatus: markdown() }).strict(),
  data_considerations: z
    .object({
      dataFindings: markdown(),
      dataSources: z.array(dataSourceSchema).max(50, "List at most 50 data sources."),
      trainingConditions: markdown(),
    })
    .strict(),
  caveats: z.object({ caveats: markdown() }).strict(),
} satisfies Record<EditableCardSection, z.ZodType>;

const baseRevision = z
  .number({ error: "Missing the revision you started from." })
  .int("Missing the revision you started from.")
  .min(0, "Missing the revision you started from.");

/**
 * How many current votes the editor confirmed this save resets ("This resets N current votes"):
 * the server refuses the save when it would reset more (lib/domain/vote-resets.ts). 0 when absent.
 */
export const acknowledgedVoteResetsSchema = z
  .number({ error: "Confirm how many votes this save resets." })
  .int("Confirm how many votes this save resets.")
  .min(0, "Confirm how many votes this save resets.")
  .max(10_000, "Confirm how many votes this save resets.")
  .optional();

const common = {
  projectId: idSchema("project"),
  baseRevision,
  acknowledgedVoteResets: acknowledgedVoteResetsSchema,
  /** One line for the history ("Added the L2 caveats"); optional. */
  note: optionalText(200).default(""),
};

/** One object per editable section, told apart by `section`: `value` has that section's shape. */
function perSection<F extends z.ZodRawShape>(fields: F) {
  const one = <K extends EditableCardSection>(section: K) =>
    z.object({ ...fields, section: z.literal(section), value: cardSectionValueSchemas[section] }).strict();
  return z.discriminatedUnion("section", [
    one("summary"),
    one("tldr"),
    one("model_info"),
    one("intended_use"),
    one("testing_status"),
    one("data_considerations"),
    one("caveats"),
  ]);
}

export const saveCardSectionSchema = perSection(common);
export type SaveCardSectionInput = z.input<typeof saveCardSectionSchema>;
export type SaveCardSectionData = z.output<typeof saveCardSectionSchema>;

export const restoreCardRevisionSchema = z
  .object({
    projectId: idSchema("project"),
    /** The revision to write again. */
    revision: z.number({ error: "Choose a revision." }).int("Choose a revision.").min(1, "Choose a revision."),
    baseRevision,
    acknowledgedVoteResets: acknowledgedVoteResetsSchema,
  })
  .strict();
export type RestoreCardRevisionInput = z.input<typeof restoreCardRevisionSchema>;
export type RestoreCardRevisionData = z.output<typeof restoreCardRevisionSchema>;

/** Holding a section edit back from the panel: the save's input without the confirmation and note. */
export const holdCardSectionSchema = perSection({ projectId: idSchema("project"), baseRevision });
export type HoldCardSectionInput = z.input<typeof holdCardSectionSchema>;
export type HoldCardSectionData = z.output<typeof holdCardSectionSchema>;

export const publishHeldCardEditsSchema = z
  .object({
    projectId: idSchema("project"),
    acknowledgedVoteResets: acknowledgedVoteResetsSchema,
    note: optionalText(200).default(""),
  })
  .strict();
export type PublishHeldCardEditsInput = z.input<typeof publishHeldCardEditsSchema>;
export type PublishHeldCardEditsData = z.output<typeof publishHeldCardEditsSchema>;

/** One held section (`section`), or all of the caller's held edits of the card (no section). */
export const discardHeldCardEditsSchema = z
  .object({
    projectId: idSchema("project"),
    section: z.enum(EDITABLE_CARD_SECTION_KEYS, { error: "Choose a section of the card." }).optional(),
  })
  .strict();
export type DiscardHeldCardEditsInput = z.input<typeof discardHeldCardEditsSchema>;
export type DiscardHeldCardEditsData = z.output<typeof discardHeldCardEditsSchema>;
