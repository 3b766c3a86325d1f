import { z } from "zod";
import { createProjectCommand } from "@/lib/commands/projects";
import { getApiCard, getApiProject } from "@/lib/dal/projects/read-api";
import { listPortfolio } from "@/lib/dal/portfolio/read-portfolio";
import { portfolioCsv } from "@/lib/export/portfolio-csv";
import { API_SCOPES } from "@/lib/domain/api-tokens";
import { parsePortfolioFilters } from "@/lib/search-params/portfolio-filters";
import type { SearchParams } from "@/lib/search-params/search-params";
import { commandRoute } from "../command-route";
import type { ApiContext, ApiRoute } from "../define-route";
import { decodeCursor, listOf, pageQuerySchema } from "../pagination";
import { problem } from "../problem";

const STALE_CURSOR = "This cursor is from a list that has changed since; start again without a cursor.";
const NOT_A_CURSOR = "This is not a cursor from a previous page; use nextCursor as it was given.";

/** Who calls, projects (list with the portfolio's filters, create, one project) and the portfolio. */

const iso = z.string().meta({ format: "date-time" });

export const meSchema = z
  .object({
    user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
    token: z.object({
      name: z.string(),
      scopes: z.array(z.enum(API_SCOPES)),
      project: z.string().nullable(),
      expiresAt: iso,
    }),
  })
  .meta({ id: "Me" });

export const projectSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    track: z.enum(["research", "product"]),
    status: z.string(),
    systemLevel: z.number().int().nullable(),
    weakestLink: z.object({ componentId: z.string(), name: z.string(), level: z.number().int() }).nullable(),
    components: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        level: z.number().int(),
        claimedLevel: z.number().int().nullable(),
        version: z.string(),
        archived: z.boolean(),
      }),
    ),
    openReview: z
      .object({
        id: z.string(),
        level: z.number().int(),
        status: z.string(),
        dueAt: iso.nullable(),
        votes: z.object({ current: z.number().int(), needed: z.number().int(), stale: z.number().int() }),
      })
      .nullable(),
  })
  .meta({ id: "Project" });

export const projectListItemSchema = z
  .object({
    slug: z.string(),
    projectId: z.string(),
    name: z.string(),
    status: z.string(),
    tags: z.array(z.string()),
    systemLevel: z.number().int().nullable(),
    openReviews: z.number().int(),
    overdueReviews: z.number().int(),
  })
  .meta({ id: "ProjectListItem" });

export const cardSchema = z
  .object({
    project: z.string(),
    revision: z.number().int(),
    level: z.number().int().nullable(),
    sections: z.array(z.object({ key: z.string(), title: z.string(), body: z.string() })),
  })
  .meta({ id: "Card" });

/** The portfolio's filters, as on the page (q, level, status, tag, track, sort, …): passed through its own parser. */
const portfolioQuery = z.object({}).catchall(z.string());

function searchParams(ctx: ApiContext): SearchParams {
  const params: SearchParams = {};
  for (const [key, value] of new URL(ctx.req.url).searchParams) {
    const prev = params[key];
    params[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return params;
}

/** The portfolio's raw query may hand a text[] over as its literal ("{a,b}"). */
function tagList(tags: unknown): string[] {
  if (Array.isArray(tags)) return tags.map(String);
  if (typeof tags !== "string") return [];
  const inner = tags.replace(/^\{|\}$/g, "");
  return inner === "" ? [] : inner.split(",").map((t) => t.replace(/^"|"$/g, ""));
}

async function portfolioRows(ctx: ApiContext, now: Date) {
  return listPortfolio({ ...parsePortfolioFilters(searchParams(ctx)), page: 1 }, now);
}

export const projectRoutes = {
  me: {
    method: "GET",
    path: "/me",
    summary: "The token's user and the token itself",
    scope: null,
    response: meSchema,
    handle: async ({ user, token }) => ({
      body: {
        user: { id: user.id, name: user.name, email: user.email },
        token: {
          name: token.name,
          scopes: token.scopes,
          project: token.projectSlug,
          expiresAt: token.expiresAt.toISOString(),
        },
      },
    }),
  },
  listProjects: {
    method: "GET",
    path: "/projects",
    summary: "Projects, with the portfolio's filters (q, level, status, tag, track, sort, dir)",
    scope: "read",
    query: pageQuerySchema.extend({}).catchall(z.string()),
    response: listOf(projectListItemSchema),
    handle: async (ctx) => {
      const { cursor, limit } = ctx.query as { cursor?: string; limit: number };
      const rows = await portfolioRows(ctx, new Date());
      const id = decodeCursor(cursor);
      const after = id ? rows.findIndex((r) => r.id === id) : -1;
      // A cursor whose project left the list (archived, filtered out): say so, never restart at page 1.
      const wrong = cursor && !id ? NOT_A_CURSOR : cursor && after < 0 ? STALE_CURSOR : null;
      if (wrong)
        return problem(422, "Check the fields listed under errors.", {
          reasons: [`cursor: ${wrong}`],
          errors: [{ path: "cursor", message: wrong }],
        });
      const start = after + 1;
      const slice = rows.slice(start, start + limit);
      const last = slice[slice.length - 1];
      return {
        body: {
          items: slice.map((r) => ({
            slug: r.slug,
            projectId: r.projectId,
            name: r.name,
            status: r.status,
            tags: tagList(r.tags),
            systemLevel: r.systemLevel,
            openReviews: r.openReviews,
            overdueReviews: r.overdueReviews,
          })),
          nextCursor: start + limit < rows.length && last ? Buffer.from(last.id).toString("base64url") : null,
        },
      };
    },
  },
  createProject: commandRoute({
    method: "POST",
    path: "/projects",
    summary: "Create a project (the caller becomes an owner)",
    scope: "card",
    command: createProjectCommand,
    status: 201,
    response: z.object({ id: z.string(), slug: z.string() }),
  }),
  getProject: {
    method: "GET",
    path: "/projects/{slug}",
    summary: "A project with its system level, weakest link, components and open review",
    scope: "read",
    response: projectSchema,
    handle: async (ctx) => {
      const project = await getApiProject(ctx.project!.slug);
      return project ? { body: project } : problem(404, "This project does not exist (any more).");
    },
  },
  getCard: {
    method: "GET",
    path: "/projects/{slug}/card",
    summary: "The TRL Card, current or a pinned revision; ETag is the revision",
    scope: "read",
    query: z.object({ revision: z.coerce.number().int().min(0).optional() }).strict(),
    response: cardSchema,
    handle: async (ctx) => {
      const { revision } = ctx.query as { revision?: number };
      const card = await getApiCard(ctx.project!.slug, revision);
      if (!card) return problem(404, `Revision ${revision} of this card does not exist.`);
      return { body: card, headers: { ETag: `"${card.revision}"` } };
    },
  },
  portfolio: {
    method: "GET",
    path: "/portfolio",
    summary: "The portfolio rows under the page's filters, as JSON",
    scope: "read",
    query: portfolioQuery,
    response: z.object({ items: z.array(z.record(z.string(), z.unknown())) }),
    handle: async (ctx) => ({ body: { items: await portfolioRows(ctx, new Date()) } }),
  },
  portfolioCsv: {
    method: "GET",
    path: "/portfolio.csv",
    summary: "The portfolio under the page's filters, as CSV",
    scope: "read",
    query: portfolioQuery,
    response: null,
    handle: async (ctx) => {
      const now = new Date();
      return new Response(`\uFEFF${portfolioCsv(await portfolioRows(ctx, now), now)}`, {
        headers: { "Content-Type": "text/csv; charset=utf-8", "Cache-Control": "private, no-store" },
      });
    },
  },
} satisfies Record<string, ApiRoute>;
