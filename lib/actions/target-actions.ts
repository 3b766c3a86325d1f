"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { setProjectTarget, type TargetResult } from "@/lib/dal/targets";
import { parseStrict } from "@/lib/schemas/common";
import { setTargetSchema } from "@/lib/schemas/target";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/** Sets or clears a project's target level and date (owners, managers, admins). */
export async function setProjectTargetAction(input: unknown): Promise<ActionResult<TargetResult>> {
  return runAction("setProjectTarget", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(setTargetSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await setProjectTarget(user, parsed.data));
    if (result.ok) {
      revalidatePath("/portfolio", "layout");
      revalidatePath("/projects", "layout");
    }
    return result;
  });
}
