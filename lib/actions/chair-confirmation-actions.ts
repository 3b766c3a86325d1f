"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { confirmChair } from "@/lib/dal/review-chair-confirmation";
import { parseStrict } from "@/lib/schemas/common";
import { confirmChairSchema } from "@/lib/schemas/review";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/** A manager or an admin confirms the chair the project proposed (levels that require it). */
export async function confirmChairAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("confirmChair", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(confirmChairSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await confirmChair(user, parsed.data));
    if (result.ok) {
      revalidatePath("/projects", "layout");
      revalidatePath("/");
    }
    return result;
  });
}
