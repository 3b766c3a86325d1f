import { buildOpenApiDocument } from "@/lib/api/openapi";

/** The OpenAPI 3.1 document of the REST API (public: it describes, it holds no data). */
export function GET(): Response {
  return Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
