"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { createRequirement, importRequirementsCsv, updateRequirement } from "@/lib/dal/requirements";
import { parseStrict } from "@/lib/schemas/common";
import { createRequirementSchema, importRequirementsSchema, updateRequirementSchema } from "@/lib/schemas/requirement";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/** Requirement commands: session → strict zod → one DAL command (permission, domain rules, risk, audit). */

function revalidateProjects(): void {
  revalidatePath("/projects", "layout");
}

export async function createRequirementAction(input: unknown): Promise<ActionResult<{ id: string; number: number }>> {
  return runAction("createRequirement", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(createRequirementSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await createRequirement(user, parsed.data));
    if (result.ok) revalidateProjects();
    return result;
  });
}

export async function updateRequirementAction(input: unknown): Promise<ActionResult<{ id: string; number: number }>> {
  return runAction("updateRequirement", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(updateRequirementSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await updateRequirement(user, parsed.data));
    if (result.ok) revalidateProjects();
    return result;
  });
}

/** All or nothing; refusals carry one field error per problem, keyed row.<n>.<column>. */
export async function importRequirementsAction(
  input: unknown,
): Promise<ActionResult<{ created: number; renumbered: boolean; numbers: number[] }>> {
  return runAction("importRequirements", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(importRequirementsSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await importRequirementsCsv(user, parsed.data));
    if (result.ok) revalidateProjects();
    return result;
  });
}
