import { z } from "zod";
import { COMPONENT_KINDS } from "@/lib/domain/vocabulary";
import { idSchema, levelSchema, optionalText, reasonSchema, requiredText } from "./common";

/**
 * The old "starting level" field. Present in a request → refused with a message saying why, rather
 * than ignored (the sender would believe the component starts where it asked).
 */
export const startLevelRefused = z
  .never({
    error:
      "A new component starts at level 0; to enter higher, claim a level — an entry review at that level confirms it.",
  })
  .optional();

/** x.y.z; the domain checks that a new version increases. */
const semver = (what: string) =>
  z
    .string({ error: `Enter the ${what} version.` })
    .trim()
    .max(40, "Use at most 40 characters.")
    .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, `The ${what} version must look like 1.4.2.`);

export const createComponentSchema = z
  .object({
    projectId: idSchema("project"),
    name: requiredText("a component name", 120),
    kind: z.enum(COMPONENT_KINDS, { error: "Choose the kind of component." }),
    /**
     * A new component starts at level 0. Entering higher (an off-the-shelf model at 3) is a claim
     * an entry review confirms; 0 or nothing means no claim.
     */
    claimedLevel: levelSchema("claimed level").optional(),
    /** Refused: a stale form (or a tampered request) sending a starting level gets this field error. */
    level: startLevelRefused,
    description: optionalText(5000).default(""),
    versions: z
      .object({ code: semver("code").optional(), model: semver("model").optional(), data: semver("data").optional() })
      .strict()
      .default({}),
  })
  .strict();
export type CreateComponentInput = z.input<typeof createComponentSchema>;
export type CreateComponentData = z.output<typeof createComponentSchema>;

export const bumpVersionSchema = z
  .object({
    componentId: idSchema("component"),
    versions: z
      .object(
        { code: semver("code").optional(), model: semver("model").optional(), data: semver("data").optional() },
        { error: "Give the new versions." },
      )
      .strict(),
    changelog: requiredText("what changed", 2000),
  })
  .strict();
export type BumpVersionInput = z.input<typeof bumpVersionSchema>;
export type BumpVersionData = z.output<typeof bumpVersionSchema>;

/** Discovery and embedded switchbacks: one component down to `toLevel`, with a reason. */
export const switchbackSchema = z
  .object({ componentId: idSchema("component"), toLevel: levelSchema("target level"), reason: reasonSchema })
  .strict();
export type SwitchbackInput = z.input<typeof switchbackSchema>;
export type SwitchbackData = z.output<typeof switchbackSchema>;

/** The owner withdraws a pending claim; the component then proceeds from level 0. */
export const withdrawClaimSchema = z.object({ componentId: idSchema("component"), reason: reasonSchema }).strict();
export type WithdrawClaimInput = z.input<typeof withdrawClaimSchema>;
export type WithdrawClaimData = z.output<typeof withdrawClaimSchema>;
