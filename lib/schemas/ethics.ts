import { z } from "zod";

/** A new version of the organisation's ethics checklist, written over the version the admin edited. */
export const ethicsItemSchema = z
  .object({
    key: z
      .string({ error: "Enter a key." })
      .trim()
      .min(1, "Enter a key.")
      .max(60, "Use at most 60 characters.")
      .regex(/^[a-z][a-z0-9_]*$/, "Use lower-case letters, digits and _ (snake_case), starting with a letter."),
    label: z
      .string({ error: "Enter the question." })
      .trim()
      .min(1, "Enter the question.")
      .max(500, "Use at most 500 characters."),
  })
  .strict();

export const publishEthicsTemplateSchema = z
  .object({
    /** The version the admin started from: publishing over a newer version is refused. */
    baseVersion: z.number().int().min(0),
    items: z.array(ethicsItemSchema).min(1, "The checklist needs at least one item.").max(50, "At most 50 items."),
  })
  .strict();
export type PublishEthicsTemplateInput = z.input<typeof publishEthicsTemplateSchema>;
export type PublishEthicsTemplateData = z.output<typeof publishEthicsTemplateSchema>;
