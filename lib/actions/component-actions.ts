"use server";

import { revalidatePath } from "next/cache";
import { requireUserForAction } from "@/lib/auth";
import { bumpComponentVersion, createComponent, switchbackComponent } from "@/lib/dal/components";
import { parseStrict } from "@/lib/schemas/common";
import { withdrawComponentClaim } from "@/lib/dal/component-claims";
import {
  bumpVersionSchema,
  createComponentSchema,
  switchbackSchema,
  withdrawClaimSchema,
} from "@/lib/schemas/component";
import { revalidatePortfolioStats } from "./portfolio-stats";
import { fromDecision, invalidInput, notSignedIn, runAction, type ActionResult } from "./result";

/**
 * Component commands: session → strict zod → one DAL command (permission, rule, write, audit) → revalidate.
 * Every command here but a plain version bump changes a level the portfolio aggregates count.
 */

function revalidateProjects(): void {
  revalidatePath("/projects", "layout");
  revalidatePath("/");
}

export async function createComponentAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("createComponent", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(createComponentSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await createComponent(user, parsed.data));
    if (result.ok) {
      revalidateProjects();
      revalidatePortfolioStats();
    }
    return result;
  });
}

/** The owner withdraws a claimed starting level; the component proceeds from level 0. */
export async function withdrawComponentClaimAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("withdrawComponentClaim", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(withdrawClaimSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await withdrawComponentClaim(user, parsed.data));
    if (result.ok) revalidateProjects();
    return result;
  });
}

/** New versions; at L9 the component moves back to L7 (embedded) and open reviews re-pin. */
export async function bumpComponentVersionAction(
  input: unknown,
): Promise<ActionResult<{ level: number; switchedBack: boolean; repinnedReviewIds: string[] }>> {
  return runAction("bumpComponentVersion", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(bumpVersionSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await bumpComponentVersion(user, parsed.data));
    if (result.ok) revalidateProjects();
    if (result.ok && result.data?.switchedBack) revalidatePortfolioStats();
    return result;
  });
}

export async function discoverySwitchbackAction(input: unknown): Promise<ActionResult<{ level: number }>> {
  return runAction("discoverySwitchback", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(switchbackSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await switchbackComponent(user, { ...parsed.data, kind: "discovery" }));
    if (result.ok) {
      revalidateProjects();
      revalidatePortfolioStats();
    }
    return result;
  });
}

export async function embeddedSwitchbackAction(input: unknown): Promise<ActionResult<{ level: number }>> {
  return runAction("embeddedSwitchback", async () => {
    const user = await requireUserForAction();
    if (!user) return notSignedIn();
    const parsed = parseStrict(switchbackSchema, input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = fromDecision(await switchbackComponent(user, { ...parsed.data, kind: "embedded" }));
    if (result.ok) {
      revalidateProjects();
      revalidatePortfolioStats();
    }
    return result;
  });
}
