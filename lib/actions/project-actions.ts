"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { createProject, setProjectStatus } from "@/lib/dal/project-commands";
import { parseStrict } from "@/lib/schemas/common";
import { createProjectSchema, projectStatusSchema } from "@/lib/schemas/project";
import { revalidatePortfolioStats } from "./portfolio-stats";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/** Project commands: session → strict zod → one DAL command (permission, rule, write, audit) → revalidate. */

function revalidateProjects(): void {
  revalidatePath("/projects", "layout");
  revalidatePath("/");
}

export async function createProjectAction(input: unknown): Promise<ActionResult<{ id: string; slug: string }>> {
  return runAction("createProject", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(createProjectSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await createProject(user, parsed.data));
    if (result.ok) {
      revalidateProjects();
      revalidatePortfolioStats();
    }
    return result;
  });
}

export async function pauseProjectAction(input: unknown): Promise<ActionResult<{ status: string }>> {
  return runAction("pauseProject", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(projectStatusSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await setProjectStatus(user, { ...parsed.data, to: "paused" }));
    if (result.ok) revalidateProjects();
    return result;
  });
}

export async function resumeProjectAction(input: unknown): Promise<ActionResult<{ status: string }>> {
  return runAction("resumeProject", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(projectStatusSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await setProjectStatus(user, { ...parsed.data, to: "active" }));
    if (result.ok) revalidateProjects();
    return result;
  });
}
