import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import type { ApiRoute } from "./define-route";
import { problemSchema } from "./problem";
import { ROUTE_LIST } from "./routes";

/**
 * The OpenAPI 3.1 document, generated from the route table and its zod schemas (zod-openapi), so
 * the document cannot drift from what the door parses. Served at /api/v1/openapi.json.
 */

const COMMON_ERRORS = [401, 403, 404, 422, 429] as const;

const ERROR_TEXT: Record<number, string> = {
  401: "Missing, unknown, expired or revoked token",
  403: "The token lacks the scope, or the user may not do this, or a service token's other project",
  404: "Unknown project or resource",
  409: "Refused in the current state (the reasons say why)",
  412: "Stale If-Match: the card moved on (currentRevision and diff)",
  413: "The request body is over the size limit",
  422: "Invalid input (errors per field)",
  428: "If-Match is required",
  429: "Rate limited (Retry-After)",
};

const pathParams = (path: string) => {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return names.length > 0 ? z.object(Object.fromEntries(names.map((n) => [n, z.string()]))) : undefined;
};

function operation(route: ApiRoute & { id: string }): ZodOpenApiOperationObject {
  const status = String(route.status ?? 200);
  const params = pathParams(route.path);
  const withBody = route.method !== "GET" && route.method !== "DELETE";
  const errors = [...new Set([...COMMON_ERRORS, ...(withBody ? [413] : []), ...(route.errors ?? [])])];
  return {
    operationId: route.id,
    summary: route.summary,
    ...(route.scope ? { description: `Scope: \`${route.scope}\`.` } : { description: "Any valid token." }),
    "x-scope": route.scope,
    ...(route.command ? { "x-command": route.command.name } : {}),
    ...(params || route.query
      ? { requestParams: { ...(params ? { path: params } : {}), ...(route.query ? { query: route.query } : {}) } }
      : {}),
    ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: route.body } } } } : {}),
    responses: {
      [status]: {
        description: "Success",
        content: route.response
          ? { "application/json": { schema: route.response } }
          : { "text/csv": { schema: z.string() } },
      },
      ...Object.fromEntries(
        errors.map((code) => [
          String(code),
          {
            description: ERROR_TEXT[code] ?? "Error",
            content: { "application/problem+json": { schema: problemSchema } },
          },
        ]),
      ),
    },
  };
}

export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of ROUTE_LIST) {
    const item = (paths[route.path] ??= {});
    item[route.method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete"] = operation(route);
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "MLTRL REST API",
      version: "1",
      description: "Every endpoint runs the same command or read as the browser. Errors are RFC 9457 problem details.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "mltrl_<id>_<secret>" } },
    },
    paths,
  });
}
