"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { completeReviewTask, reopenReviewTask } from "@/lib/dal/review-tasks";
import { parseStrict } from "@/lib/schemas/common";
import { completeTaskSchema, reopenTaskSchema } from "@/lib/schemas/review-task";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/** Returned-review tasks: session → strict zod → one DAL command → revalidate. */

function revalidateReviews(): void {
  revalidatePath("/reviews", "layout");
  revalidatePath("/projects", "layout");
  revalidatePath("/my-reviews");
}

/** Ticks a task off with its evidence (owners, contributors, admin). */
export async function completeReviewTaskAction(
  input: unknown,
): Promise<ActionResult<{ id: string; remaining: number }>> {
  return runAction("completeReviewTask", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(completeTaskSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await completeReviewTask(user, parsed.data));
    if (result.ok) revalidateReviews();
    return result;
  });
}

/** Un-ticks a task whose evidence turned out wrong. */
export async function reopenReviewTaskAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("reopenReviewTask", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(reopenTaskSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await reopenReviewTask(user, parsed.data));
    if (result.ok) revalidateReviews();
    return result;
  });
}
