import { z } from "zod";
import { MAX_LEVEL, MIN_LEVEL } from "@/lib/domain/vocabulary";
import { idSchema } from "./common";

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A project's target (OKR): a level and a day, both as the form sends them ("" = none). Both
 * empty clears the target. The output carries numbers and a UTC-midnight Date; lib/domain/targets
 * decides whether the target is allowed (level above the current one, day not passed).
 */
export const setTargetSchema = z
  .object({
    projectId: idSchema("project"),
    targetLevel: z
      .string({ error: `Choose a level from ${MIN_LEVEL} to ${MAX_LEVEL}.` })
      .trim()
      .regex(/^(|\d)$/, `Choose a level from ${MIN_LEVEL} to ${MAX_LEVEL}.`),
    targetDate: z
      .string({ error: "Enter a date." })
      .trim()
      .refine(
        (v) => v === "" || (DAY_PATTERN.test(v) && !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime())),
        "Enter a date as YYYY-MM-DD.",
      ),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.targetLevel === "" && v.targetDate !== "")
      ctx.addIssue({ code: "custom", path: ["targetLevel"], message: "Choose the level to reach by this date." });
    if (v.targetLevel !== "" && v.targetDate === "")
      ctx.addIssue({ code: "custom", path: ["targetDate"], message: "Choose the date by which to reach this level." });
  })
  .transform((v) => ({
    projectId: v.projectId,
    targetLevel: v.targetLevel === "" ? null : Number(v.targetLevel),
    targetDate: v.targetDate === "" ? null : new Date(`${v.targetDate}T00:00:00Z`),
  }));
export type SetTargetInput = z.input<typeof setTargetSchema>;
export type SetTargetData = z.output<typeof setTargetSchema>;
