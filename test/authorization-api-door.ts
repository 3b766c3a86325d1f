import { z } from "zod";
import type { ApiRoute } from "@/lib/api/define-route";
import { API_SCOPES } from "@/lib/domain/api-tokens";
import type { SessionUser } from "@/lib/auth/session-user";
import { call, tokenFor, type ApiCall } from "./api-fixtures";
import { t } from "./authorization-fixtures";

/**
 * The API door of the authorisation matrix (./authorization-api-matrix.db.test.ts): which commands
 * the route table exposes, and how a scenario's command input becomes that route's request (path
 * parameters from the input, the body without them). A route whose request is not the command's
 * input plus its path (the card's Markdown section with If-Match) has an adapter here; a path
 * parameter the input does not give fails the case, so a new route is never skipped silently.
 */
export type CommandRoute = ApiRoute & { id: string; command: NonNullable<ApiRoute["command"]> };
type Input = Record<string, unknown>;
type RouteRequest = { params?: Record<string, string>; body?: unknown; headers?: Record<string, string> };

const ADAPTERS: Record<string, (input: Input) => RouteRequest> = {
  putCardSection: (input) => ({
    params: { key: String(input.section) },
    body: { body: String((input.value as Record<string, unknown>)[String(input.section)]) },
    headers: { "if-match": `"${String(input.baseRevision)}"` },
  }),
};

export async function commandRoutes(): Promise<CommandRoute[]> {
  const { ROUTE_LIST } = await import("@/lib/api/routes");
  return ROUTE_LIST.filter((r): r is CommandRoute => r.command !== undefined);
}

/** The slug of the project a command input concerns, from the first id it names. */
export async function slugOf(input: Input): Promise<string> {
  if (typeof input.projectSlug === "string") return input.projectSlug;
  const id = (key: string) => (typeof input[key] === "string" ? (input[key] as string) : null);
  const project = { select: { slug: true } } as const;
  const found = id("projectId")
    ? await t.db.project.findUnique({ where: { id: id("projectId")! }, select: { slug: true } })
    : id("componentId")
      ? (await t.db.component.findUnique({ where: { id: id("componentId")! }, select: { project } }))?.project
      : id("requirementId")
        ? (await t.db.requirement.findUnique({ where: { id: id("requirementId")! }, select: { project } }))?.project
        : id("reviewId")
          ? (await t.db.review.findUnique({ where: { id: id("reviewId")! }, select: { project } }))?.project
          : null;
  if (!found) throw new Error(`no project for the input ${JSON.stringify(input)}: teach slugOf its id`);
  return found.slug;
}

export async function requestFor(route: CommandRoute, input: Input) {
  const adapted = ADAPTERS[route.id]?.(input) ?? {};
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const params: Record<string, string> = { ...adapted.params };
  for (const name of names) {
    if (name in params) continue;
    if (name === "slug") params.slug = await slugOf(input);
    else if (typeof input[name] === "string") params[name] = input[name] as string;
    else throw new Error(`${route.id}: the input gives no "${name}" for ${route.path}; add an adapter`);
  }
  const shape = route.body instanceof z.ZodObject ? Object.keys(route.body.shape) : null;
  const body =
    adapted.body ?? (shape ? Object.fromEntries(Object.entries(input).filter(([k]) => shape.includes(k))) : input);
  const path = route.path.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(params[n]!));
  return { path, body, headers: adapted.headers };
}

/** A token with every scope, made through the command, then used once (GET /me) so its last-used time is set. */
export async function warmToken(user: SessionUser, projectId?: string): Promise<string> {
  const { token } = await tokenFor(user, [...API_SCOPES], { projectId });
  const me = await call("GET", "/me", { token });
  if (me.status !== 200) throw new Error(`GET /me with a fresh token: ${me.status}`);
  return token;
}

export async function callRoute(route: CommandRoute, input: Input, token: string | null): Promise<ApiCall> {
  const { path, body, headers } = await requestFor(route, input);
  return call(route.method, path, { token, body, headers });
}

/** The throttle's counters change on every call, whoever asks: bookkeeping, not state. */
export const withoutThrottle = (digest: Record<string, string>) =>
  Object.fromEntries(Object.entries(digest).filter(([table]) => table !== "rate_limits"));
