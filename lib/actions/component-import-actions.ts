"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { archiveComponent, importComponent } from "@/lib/dal/component-import";
import { parseStrict } from "@/lib/schemas/common";
import { archiveComponentSchema, importComponentSchema } from "@/lib/schemas/component-import";
import { revalidatePortfolioStats } from "./portfolio-stats";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/**
 * Import a component from another project, archive one: session → strict zod → one DAL command.
 * Both change a project's active components, hence its system level (the portfolio aggregates).
 */

function revalidateProjects(): void {
  revalidatePath("/projects", "layout");
  revalidatePath("/");
  revalidatePortfolioStats();
}

export async function importComponentAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("importComponent", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(importComponentSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await importComponent(user, parsed.data));
    if (result.ok) revalidateProjects();
    return result;
  });
}

export async function archiveComponentAction(input: unknown): Promise<ActionResult<{ systemLevel: number | null }>> {
  return runAction("archiveComponent", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(archiveComponentSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await archiveComponent(user, parsed.data));
    if (result.ok) revalidateProjects();
    return result;
  });
}
