import type { z } from "zod";
import type { AuthenticatedToken } from "@/lib/dal/api-tokens/authenticate";
import type { ApiProjectRef } from "@/lib/dal/projects/read-api";
import type { SessionUser } from "@/lib/auth/session-user";
import type { AnyCommand } from "@/lib/commands/define-command";
import type { ApiScope } from "@/lib/domain/api-tokens";

/**
 * One REST endpoint, declared once as data (lib/api/routes.ts): the route file, the OpenAPI
 * document and the tests all read the same entry, so no rule is written twice.
 */
export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type ApiContext = {
  req: Request;
  params: Record<string, string>;
  query: Record<string, unknown>;
  /** Resolved from `{slug}` (404 when unknown); a service token may only reach its own project. */
  project: ApiProjectRef | null;
  token: AuthenticatedToken;
  user: SessionUser;
};

/** What a handler answers: a body (JSON), or a ready Response (CSV, problems). */
export type ApiAnswer = { status?: number; body: unknown; headers?: Record<string, string> } | Response;

export type ApiRoute = {
  method: ApiMethod;
  /** OpenAPI style, under /api/v1: "/projects/{slug}/card". */
  path: string;
  summary: string;
  /** null: any valid token (e.g. /me). */
  scope: ApiScope | null;
  /** The command this endpoint runs (its schema parses the body; the authorisation matrix drives it). */
  command?: AnyCommand;
  query?: z.ZodObject;
  /** The request body as documented (for commands: the command's schema without what the path gives). */
  body?: z.ZodType;
  /** The success body as documented; `null` for non-JSON (CSV). */
  response: z.ZodType | null;
  status?: 200 | 201;
  /** Extra documented error statuses beyond the common ones (401, 403, 404, 422, 429). */
  errors?: number[];
  /** Checked before the handler: e.g. a child id of the path belongs to the path's project. */
  guard?: (ctx: ApiContext) => Promise<Response | null>;
  handle(ctx: ApiContext, body: unknown): Promise<ApiAnswer>;
};
