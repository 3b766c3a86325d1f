"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { restoreCardRevision, saveCardSection, type CardSaveResult } from "@/lib/dal/card-revisions";
import { restoreCardRevisionSchema, saveCardSectionSchema } from "@/lib/schemas/card";
import { parseStrict } from "@/lib/schemas/common";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/** TRL Card commands: session → strict zod → one DAL command (permission, conflict rule, revision, re-pin, audit). */

function revalidateProjects(): void {
  revalidatePath("/projects", "layout");
}

/** A conflict is a successful call with `status: "conflict"`: nothing was written, the editor merges. */
export async function saveCardSectionAction(input: unknown): Promise<ActionResult<CardSaveResult>> {
  return runAction("saveCardSection", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(saveCardSectionSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await saveCardSection(user, parsed.data));
    if (result.ok && result.data?.status === "saved") revalidateProjects();
    return result;
  });
}

export async function restoreCardRevisionAction(
  input: unknown,
): Promise<ActionResult<{ number: number; repinnedReviewIds: string[] }>> {
  return runAction("restoreCardRevision", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(restoreCardRevisionSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await restoreCardRevision(user, parsed.data));
    if (result.ok) revalidateProjects();
    return result;
  });
}
