import { z } from "zod";
import { idSchema, requiredText } from "./common";

/** An owner ticks a returned review's task off, with the evidence that it is done. */
export const completeTaskSchema = z
  .object({
    taskId: idSchema("task"),
    evidence: requiredText("the evidence (a link or a note)", 5000),
  })
  .strict();
export type CompleteTaskInput = z.input<typeof completeTaskSchema>;
export type CompleteTaskData = z.output<typeof completeTaskSchema>;

/** Undo a tick (the evidence turned out wrong); the audit log keeps what was there. */
export const reopenTaskSchema = z.object({ taskId: idSchema("task") }).strict();
export type ReopenTaskInput = z.input<typeof reopenTaskSchema>;
export type ReopenTaskData = z.output<typeof reopenTaskSchema>;
