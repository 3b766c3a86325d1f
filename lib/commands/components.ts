import "server-only";
import { withdrawComponentClaim } from "@/lib/dal/components/claims";
import { archiveComponent, importComponent, WEAKEST_LINK_ARCHIVED } from "@/lib/dal/components/import-archive";
import { bumpComponentVersion, createComponent, switchbackComponent } from "@/lib/dal/components/commands";
import {
  bumpVersionSchema,
  createComponentSchema,
  switchbackSchema,
  withdrawClaimSchema,
} from "@/lib/schemas/component";
import { archiveComponentSchema, importComponentSchema } from "@/lib/schemas/component-import";
import { defineCommand } from "./define-command";
import type { InvalidationTarget } from "./invalidation";

/**
 * Component commands. Every one but a plain version bump and a withdrawn claim changes a level the
 * portfolio aggregates count (importing and archiving change a project's active components).
 */
const COMPONENT: InvalidationTarget[] = ["projects", "home"];
/** A version bump re-pins the open reviews that judge the component: their pages and inboxes change. */
const COMPONENT_AND_REVIEWS: InvalidationTarget[] = [...COMPONENT, "reviews"];
const COMPONENT_AND_STATS: InvalidationTarget[] = [...COMPONENT, "portfolioStats"];

export const createComponentCommand = defineCommand({
  name: "createComponent",
  schema: createComponentSchema,
  run: createComponent,
  invalidates: COMPONENT_AND_STATS,
  audit: ["component.create"],
});

/** The owner withdraws a claimed starting level; the component proceeds from level 0. No figure counts claims. */
export const withdrawComponentClaimCommand = defineCommand({
  name: "withdrawComponentClaim",
  schema: withdrawClaimSchema,
  run: withdrawComponentClaim,
  invalidates: COMPONENT,
  audit: ["component.withdraw_claim"],
});

/** New versions; at L9 the component moves back to L7 (embedded) and open reviews re-pin. */
export const bumpComponentVersionCommand = defineCommand({
  name: "bumpComponentVersion",
  schema: bumpVersionSchema,
  run: bumpComponentVersion,
  invalidates: (bump) => (bump.switchedBack ? [...COMPONENT_AND_REVIEWS, "portfolioStats"] : COMPONENT_AND_REVIEWS),
  audit: ["component.bump_version"],
});

export const discoverySwitchbackCommand = defineCommand({
  name: "discoverySwitchback",
  schema: switchbackSchema,
  run: (user, input) => switchbackComponent(user, { ...input, kind: "discovery" }),
  invalidates: COMPONENT_AND_STATS,
  audit: ["component.discovery_switchback"],
});

export const embeddedSwitchbackCommand = defineCommand({
  name: "embeddedSwitchback",
  schema: switchbackSchema,
  run: (user, input) => switchbackComponent(user, { ...input, kind: "embedded" }),
  invalidates: COMPONENT_AND_STATS,
  audit: ["component.embedded_switchback"],
});

/** Imports a component from another project. */
export const importComponentCommand = defineCommand({
  name: "importComponent",
  schema: importComponentSchema,
  run: importComponent,
  invalidates: COMPONENT_AND_STATS,
  audit: ["component.import"],
});

export const archiveComponentCommand = defineCommand({
  name: "archiveComponent",
  schema: archiveComponentSchema,
  run: archiveComponent,
  invalidates: COMPONENT_AND_STATS,
  audit: ["component.archive", WEAKEST_LINK_ARCHIVED],
});
