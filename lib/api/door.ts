import { randomUUID } from "node:crypto";
import { runAsApiActor } from "@/lib/auth/api-actor";
import { consumeApiPoint, recordRefusedToken, refusedTokensWait, type ApiRateVerdict } from "@/lib/auth/api-throttle";
import { requestClientAddress } from "@/lib/auth/request-address";
import { authenticateApiToken } from "@/lib/dal/api-tokens/authenticate";
import { findProjectRef } from "@/lib/dal/projects/read-api";
import { DomainError } from "@/lib/dal/core/transaction";
import { hasScope } from "@/lib/domain/api-tokens";
import { UNSAFE_TEXT_MESSAGE, unsafeTextPaths } from "@/lib/schemas/common";
import type { ApiContext, ApiRoute } from "./define-route";
import { invalidInputProblem, problem, refusalProblem } from "./problem";

/**
 * The REST door: every route file is `export const GET = apiHandler(ROUTES.x)`. Once for all, in
 * this order: an address that sent too many refused tokens (429), the bearer token (401; a refusal
 * counts against the address), the per-token rate limit (429), the scope (403), the project
 * of the path (404; a service token only reaches its own, 403), strict query and body parsing
 * (422), then the handler as the token's user (lib/auth/api-actor), so the DAL's permit and reads
 * decide exactly as for the browser. Anything unexpected is logged with a request id and answered
 * with a generic 500 problem.
 */

const WHY_401 = {
  missing: "Send an API token: Authorization: Bearer <token>.",
  unknown: "This API token is not valid.",
  expired: "This API token has expired. Create a new one on your account page.",
  revoked: "This API token was revoked.",
} as const;

/** The largest JSON body a route reads (the fields inside have their own limits, e.g. a CSV 1 MB). */
export const MAX_BODY_BYTES = 5_000_000;

/** Next gives a route without dynamic segments no params at all (undefined), not an empty object. */
type RouteContext = { params?: Promise<Record<string, string | string[]> | undefined> };

function rateHeaders(v: ApiRateVerdict): Record<string, string> {
  return {
    "RateLimit-Limit": String(v.limit),
    "RateLimit-Remaining": String(v.remaining),
    "RateLimit-Reset": String(v.resetSeconds),
  };
}

function bearer(req: Request): string | null {
  const header = req.headers.get("authorization");
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m ? m[1]! : "";
}

type BodyRead = { ok: true; body: unknown } | { ok: false; why: "json" | "too_large" };

/** Reads at most MAX_BODY_BYTES, counted as they arrive: a chunked body has no Content-Length. */
async function readBody(req: Request): Promise<BodyRead> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body?.getReader();
  for (;;) {
    const next = reader ? await reader.read() : { done: true as const, value: undefined };
    if (next.done) break;
    size += next.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader?.cancel();
      return { ok: false, why: "too_large" };
    }
    chunks.push(next.value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return { ok: true, body: {} };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, why: "json" };
  }
}

function withHeaders(res: Response, headers: Record<string, string>): Response {
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

async function answer(route: ApiRoute, req: Request, rawParams: Record<string, string | string[]>): Promise<Response> {
  const address = await requestClientAddress();
  const wait = await refusedTokensWait(address);
  if (wait !== null)
    return problem(
      429,
      `Too many requests with a refused API token from this address; try again in ${wait} s.`,
      {},
      {
        "Retry-After": String(wait),
      },
    );
  const check = await authenticateApiToken(bearer(req));
  if (!check.ok) {
    await recordRefusedToken(address);
    return problem(401, WHY_401[check.why], {}, { "WWW-Authenticate": 'Bearer realm="mltrl"' });
  }
  const { token, user } = check;
  const rate = await consumeApiPoint(token.id);
  const headers = rateHeaders(rate);
  if (!rate.allowed) {
    return problem(
      429,
      `Too many requests for this token; try again in ${rate.resetSeconds} s.`,
      {},
      {
        ...headers,
        "Retry-After": String(rate.resetSeconds),
      },
    );
  }
  const respond = (res: Response) => withHeaders(res, headers);
  if (!hasScope(token.scopes, route.scope)) {
    return respond(problem(403, `This token does not have the "${route.scope}" scope.`));
  }
  const params = Object.fromEntries(Object.entries(rawParams).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]));
  const url = new URL(req.url);
  // Path and query text never reaches Postgres with a NUL byte or a broken character (bodies are
  // checked by the command's strict parse).
  const unsafe = unsafeTextPaths({ ...params, ...Object.fromEntries(url.searchParams) });
  if (unsafe.length > 0) {
    const errors = unsafe.map((path) => ({ path: path.join("."), message: UNSAFE_TEXT_MESSAGE }));
    return respond(problem(422, UNSAFE_TEXT_MESSAGE, { errors }));
  }
  let project: ApiContext["project"] = null;
  if (params.slug !== undefined) {
    project = await findProjectRef(params.slug);
    if (!project) return respond(problem(404, "This project does not exist (any more)."));
  }
  if (token.projectId && route.scope !== null && project?.id !== token.projectId) {
    return respond(problem(403, `This service token acts only on the project "${token.projectSlug ?? ""}".`));
  }
  const parsedQuery = route.query?.safeParse(Object.fromEntries(url.searchParams));
  if (parsedQuery && !parsedQuery.success) return respond(invalidInputProblem(parsedQuery.error));
  let body: unknown = undefined;
  if (route.method !== "GET" && route.method !== "DELETE") {
    // Refused from the header, before reading: Next would cut a larger body at 10 MB and the
    // truncated JSON would read as "not valid JSON".
    const tooLarge = () =>
      problem(413, `The request body is over ${MAX_BODY_BYTES / 1_000_000} MB; send less at a time.`);
    if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return respond(tooLarge());
    const read = await readBody(req);
    if (!read.ok)
      return respond(read.why === "too_large" ? tooLarge() : problem(422, "The request body is not valid JSON."));
    body = read.body;
  }
  const ctx: ApiContext = { req, params, query: parsedQuery?.data ?? {}, project, token, user };
  // A read's permit() outside a transaction throws its refusal (e.g. the audit log for non-admins).
  const refused = route.guard ? await route.guard(ctx) : null;
  if (refused) return respond(refused);
  const out = await runAsApiActor(user, () => route.handle(ctx, body)).catch((error: unknown) => {
    if (error instanceof DomainError) return refusalProblem(error.reasons);
    throw error;
  });
  if (out instanceof Response) return respond(out);
  return respond(Response.json(out.body, { status: out.status ?? route.status ?? 200, headers: out.headers }));
}

export function apiHandler(route: ApiRoute) {
  return async (req: Request, context: RouteContext): Promise<Response> => {
    const requestId = randomUUID();
    try {
      const res = await answer(route, req, (await context?.params) ?? {});
      res.headers.set("X-Request-Id", requestId);
      return res;
    } catch (error) {
      console.error(`[api ${route.method} ${route.path}] request ${requestId}`, error);
      return problem(
        500,
        `Something went wrong on our side (request ${requestId}).`,
        {},
        { "X-Request-Id": requestId },
      );
    }
  };
}
