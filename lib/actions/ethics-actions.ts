"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { publishEthicsTemplate } from "@/lib/dal/ethics-templates";
import { parseStrict } from "@/lib/schemas/common";
import { publishEthicsTemplateSchema } from "@/lib/schemas/ethics";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/** Publishes a new version of the ethics checklist (admins); reviews keep the version they answer. */
export async function publishEthicsTemplateAction(
  input: unknown,
): Promise<ActionResult<{ id: string; version: number }>> {
  return runAction("publishEthicsTemplate", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(publishEthicsTemplateSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await publishEthicsTemplate(user, parsed.data));
    if (result.ok) revalidatePath("/admin/ethics");
    return result;
  });
}
