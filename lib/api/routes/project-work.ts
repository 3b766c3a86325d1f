import { z } from "zod";
import { bumpComponentVersionCommand, createComponentCommand } from "@/lib/commands/components";
import {
  createRequirementCommand,
  importRequirementsCommand,
  updateRequirementCommand,
} from "@/lib/commands/requirements";
import { openReviewDraftCommand } from "@/lib/commands/reviews";
import {
  belongsToProject,
  getApiReview,
  listApiComponents,
  listApiRequirements,
  listApiReviews,
  listApiTransitions,
} from "@/lib/dal/projects/read-api-lists";
import { commandRoute } from "../command-route";
import type { ApiContext, ApiRoute } from "../define-route";
import { decodeCursor, listOf, page, pageQuerySchema, type PageQuery } from "../pagination";
import { problem } from "../problem";

/** Components, requirements, reviews and the timeline of one project ({slug}). */

const date = z.string().meta({ format: "date-time" });
const iso = (d: Date | null) => d?.toISOString() ?? null;
const pageOf = (ctx: ApiContext) => {
  const q = ctx.query as PageQuery;
  return { cursor: decodeCursor(q.cursor), limit: q.limit };
};
const projectId = (ctx: ApiContext) => ({ projectId: ctx.project!.id });

const componentSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    status: z.string(),
    level: z.number().int(),
    claimedLevel: z.number().int().nullable(),
    codeVersion: z.string(),
    modelVersion: z.string(),
    dataVersion: z.string(),
    version: z.number().int(),
  })
  .meta({ id: "Component" });

const requirementSchema = z
  .object({
    id: z.string(),
    number: z.number().int(),
    kind: z.string(),
    statement: z.string(),
    verification: z.string(),
    validation: z.string(),
    status: z.string(),
    pFailure: z.number(),
    value: z.number().int(),
    risk: z.number(),
    ownerId: z.string().nullable(),
    evidenceLinks: z.array(z.string()),
    version: z.number().int(),
  })
  .meta({ id: "Requirement" });

const reviewSchema = z
  .object({
    id: z.string(),
    level: z.number().int(),
    kind: z.string(),
    status: z.string(),
    outcome: z.string().nullable(),
    dueAt: date.nullable(),
    createdAt: date,
    openedAt: date.nullable(),
    decidedAt: date.nullable(),
    withdrawnAt: date.nullable(),
    componentIds: z.array(z.string()),
  })
  .meta({ id: "Review" });

type ReviewRow = NonNullable<Awaited<ReturnType<typeof getApiReview>>>;
const presentReview = (r: ReviewRow) => ({
  id: r.id,
  level: r.level,
  kind: r.kind,
  status: r.status,
  outcome: r.decision?.outcome ?? null,
  dueAt: iso(r.dueAt),
  createdAt: r.createdAt.toISOString(),
  openedAt: iso(r.openedAt),
  decidedAt: iso(r.decidedAt),
  withdrawnAt: iso(r.withdrawnAt),
  componentIds: r.components.map((c) => c.componentId),
});

const transitionSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    componentId: z.string(),
    fromLevel: z.number().int().nullable(),
    toLevel: z.number().int(),
    reason: z.string().nullable(),
    reviewId: z.string().nullable(),
    actorId: z.string().nullable(),
    createdAt: date,
  })
  .meta({ id: "Transition" });

/** A child id of the path must belong to the path's project (else 404: another project's row). */
const owned = (kind: "component" | "requirement" | "review", param: string) => async (ctx: ApiContext) =>
  (await belongsToProject(kind, ctx.params[param] ?? "", ctx.project!.id))
    ? null
    : problem(404, `This ${kind} does not exist in this project.`);

export const projectWorkRoutes = {
  listComponents: {
    method: "GET",
    path: "/projects/{slug}/components",
    summary: "The project's components",
    scope: "read",
    query: pageQuerySchema,
    response: listOf(componentSchema),
    handle: async (ctx) => ({
      body: page(await listApiComponents(ctx.project!.id, pageOf(ctx)), pageOf(ctx).limit, (c) => c),
    }),
  },
  createComponent: commandRoute(
    {
      method: "POST",
      path: "/projects/{slug}/components",
      summary: "Add a component (level 0, or a claimed level an entry review confirms)",
      scope: "card",
      command: createComponentCommand,
      fromPath: projectId,
      status: 201,
      response: z.object({ id: z.string() }),
    },
    ["projectId"],
  ),
  bumpComponentVersion: commandRoute(
    {
      method: "POST",
      path: "/projects/{slug}/components/{componentId}/versions",
      summary: "Record new code, model or data versions of a component",
      scope: "card",
      command: bumpComponentVersionCommand,
      fromPath: (ctx) => ({ componentId: ctx.params.componentId }),
      guard: owned("component", "componentId"),
      response: z.object({
        level: z.number().int(),
        switchedBack: z.boolean(),
        repinnedReviewIds: z.array(z.string()),
      }),
    },
    ["componentId"],
  ),
  listRequirements: {
    method: "GET",
    path: "/projects/{slug}/requirements",
    summary: "The project's requirements",
    scope: "read",
    query: pageQuerySchema,
    response: listOf(requirementSchema),
    handle: async (ctx) => ({
      body: page(await listApiRequirements(ctx.project!.id, pageOf(ctx)), pageOf(ctx).limit, (r) => r),
    }),
  },
  createRequirement: commandRoute(
    {
      method: "POST",
      path: "/projects/{slug}/requirements",
      summary: "Add a requirement",
      scope: "requirements",
      command: createRequirementCommand,
      fromPath: projectId,
      status: 201,
      response: z.object({ id: z.string(), number: z.number().int() }),
    },
    ["projectId"],
  ),
  updateRequirement: commandRoute(
    {
      method: "PUT",
      path: "/projects/{slug}/requirements/{requirementId}",
      summary: "Edit a requirement (send the version you read: a change in between is refused)",
      scope: "requirements",
      command: updateRequirementCommand,
      fromPath: (ctx) => ({ requirementId: ctx.params.requirementId }),
      guard: owned("requirement", "requirementId"),
      response: z.object({ id: z.string(), number: z.number().int() }),
    },
    ["requirementId"],
  ),
  importRequirements: commandRoute(
    {
      method: "POST",
      path: "/projects/{slug}/requirements/import",
      summary: "Import requirements from CSV text (the same columns as the page's import)",
      scope: "requirements",
      command: importRequirementsCommand,
      fromPath: projectId,
      status: 201,
      response: z.object({ created: z.number().int(), renumbered: z.boolean(), numbers: z.array(z.number().int()) }),
    },
    ["projectId"],
  ),
  listReviews: {
    method: "GET",
    path: "/projects/{slug}/reviews",
    summary: "The project's reviews, with their status and outcome",
    scope: "read",
    query: pageQuerySchema,
    response: listOf(reviewSchema),
    handle: async (ctx) => ({
      body: page(await listApiReviews(ctx.project!.id, pageOf(ctx)), pageOf(ctx).limit, presentReview),
    }),
  },
  getReview: {
    method: "GET",
    path: "/projects/{slug}/reviews/{reviewId}",
    summary: "One review and its decision (status, outcome, decidedAt)",
    scope: "read",
    response: reviewSchema,
    handle: async (ctx) => {
      const review = await getApiReview(ctx.project!.id, ctx.params.reviewId ?? "");
      return review ? { body: presentReview(review) } : problem(404, "This review does not exist in this project.");
    },
  },
  requestReview: commandRoute(
    {
      method: "POST",
      path: "/projects/{slug}/reviews",
      summary: "Request a review: opens a draft for the chosen components at a level",
      scope: "reviews:request",
      command: openReviewDraftCommand,
      fromPath: projectId,
      status: 201,
      response: z.object({ id: z.string() }),
    },
    ["projectId"],
  ),
  listTransitions: {
    method: "GET",
    path: "/projects/{slug}/transitions",
    summary: "The project's level transitions (its timeline), oldest first",
    scope: "read",
    query: pageQuerySchema,
    response: listOf(transitionSchema),
    handle: async (ctx) => ({
      body: page(await listApiTransitions(ctx.project!.id, pageOf(ctx)), pageOf(ctx).limit, (t) => ({
        ...t,
        createdAt: t.createdAt.toISOString(),
      })),
    }),
  },
} satisfies Record<string, ApiRoute>;
