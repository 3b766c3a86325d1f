import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import { call, tokenFor } from "./api-fixtures";
import { makeCast, makeProject, openAppDatabase, referenceData, type RoleName } from "./gate-fixtures";

/**
 * The OpenAPI document against the code: every route file has its entry and every entry its file
 * (same methods), each operation says what the route table says, and live responses validate
 * against the document (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses).
 */
vi.mock("@/lib/auth", async () => (await import("./action-session")).apiSessionMock());
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  unstable_cache: (fn: unknown) => fn,
}));

type Doc = {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        "x-scope": string | null;
        requestBody?: unknown;
        responses: Record<string, { content?: Record<string, { schema: object }> }>;
      }
    >
  >;
  components?: { schemas?: Record<string, object> };
};

let closeDb: () => Promise<void>;
let cast: Record<RoleName, SessionUser>;
let doc: Doc;
let slug: string;

beforeAll(async () => {
  const opened = await openAppDatabase();
  closeDb = opened.close;
  cast = await makeCast(opened.t.db);
  await referenceData(opened.t.db);
  slug = (await makeProject(opened.t.db, { owners: [cast.owner.id], levels: [2], requirements: true })).slug;
  const { GET } = await import("@/app/api/v1/openapi.json/route");
  doc = (await GET().json()) as Doc;
});
afterAll(async () => {
  await closeDb?.();
});

const API_DIR = path.join(process.cwd(), "app/api/v1");
function routeFiles(dir = API_DIR): { apiPath: string; methods: string[] }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    if (name !== "route.ts") return [];
    const rel = path.relative(API_DIR, dir).split(path.sep).join("/");
    const apiPath = `/${rel}`.replace(/\[(\w+)\]/g, "{$1}");
    const methods = [
      ...readFileSync(full, "utf8").matchAll(/export (?:const|function|async function) (GET|POST|PUT|PATCH|DELETE)\b/g),
    ].map((m) => m[1]!);
    return [{ apiPath, methods }];
  });
}

describe("OpenAPI document", () => {
  it("has an entry for every route file's method, and a route file for every entry", async () => {
    const { ROUTE_LIST } = await import("@/lib/api/routes");
    const files = routeFiles().filter((f) => f.apiPath !== "/openapi.json");
    const fromFiles = files.flatMap((f) => f.methods.map((m) => `${m} ${f.apiPath}`)).sort();
    const fromTable = ROUTE_LIST.map((r) => `${r.method} ${r.path}`).sort();
    const fromDoc = Object.entries(doc.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    expect(fromFiles).toEqual(fromTable);
    expect(fromDoc).toEqual(fromTable);
  });

  it("says what the route table says: id, scope, body, and the schemas' JSON Schema", async () => {
    const { ROUTE_LIST } = await import("@/lib/api/routes");
    for (const r of ROUTE_LIST) {
      const op = doc.paths[r.path]![r.method.toLowerCase()]!;
      expect(op.operationId).toBe(r.id);
      expect(op["x-scope"]).toBe(r.scope);
      expect(op.requestBody !== undefined, r.id).toBe(r.body !== undefined);
      if (r.command) expect(r.command.sessionOnly, r.id).toBeUndefined();
      const ok = op.responses[String(r.status ?? 200)]!.content!;
      if (r.response) {
        const documented = resolve(ok["application/json"]!.schema);
        const generated = z.toJSONSchema(r.response, { io: "output", unrepresentable: "any" }) as Record<
          string,
          unknown
        >;
        const fromSchema = resolveGenerated(generated);
        expect(Object.keys((documented as { properties?: object }).properties ?? {}).sort(), r.id).toEqual(
          Object.keys((fromSchema.properties as object | undefined) ?? {}).sort(),
        );
      }
    }
  });

  it("never offers voting or a session-only command", async () => {
    const { ROUTE_LIST } = await import("@/lib/api/routes");
    const names = ROUTE_LIST.map((r) => r.command?.name);
    expect(names).not.toContain("castVote");
    expect(names).not.toContain("createApiToken");
  });
});

function resolve(schema: object): object {
  const ref = (schema as { $ref?: string }).$ref;
  if (!ref) return schema;
  return doc.components!.schemas![ref.replace("#/components/schemas/", "")]!;
}

describe("contract: live responses validate against the document", () => {
  it.each([
    ["GET", "/me"],
    ["GET", "/projects"],
    ["GET", "/projects/{slug}"],
    ["GET", "/projects/{slug}/card"],
    ["GET", "/projects/{slug}/components"],
    ["GET", "/projects/{slug}/requirements"],
    ["GET", "/projects/{slug}/reviews"],
    ["GET", "/projects/{slug}/transitions"],
    ["GET", "/projects/{slug}/alerts"],
    ["GET", "/projects/{slug}/check"],
  ])("%s %s", async (method, route) => {
    const { token } = await tokenFor(cast.owner, ["read"]);
    const res = await call(method, route.replace("{slug}", slug), { token });
    expect(res.status).toBe(200);
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: "doc", components: doc.components ?? {} });
    const schema = doc.paths[route]![method.toLowerCase()]!.responses["200"]!.content!["application/json"]!.schema;
    const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"doc#/components')));
    const body: unknown = await res.json();
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });

  it("POST /projects/{slug}/evidence (201)", async () => {
    const { token } = await tokenFor(cast.owner, ["evidence"]);
    const res = await call("POST", `/projects/${slug}/evidence`, {
      token,
      body: { target: { kind: "requirement", id: "R1" }, passed: true, provider: "other" },
    });
    expect(res.status).toBe(201);
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: "doc", components: doc.components ?? {} });
    const op = doc.paths["/projects/{slug}/evidence"]!.post!;
    const schema = op.responses["201"]!.content!["application/json"]!.schema;
    const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"doc#/components')));
    const body: unknown = await res.json();
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });

  it("problems validate too", async () => {
    const res = await call("GET", `/projects/${slug}`, { token: null });
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const schema = doc.components!.schemas!.Problem!;
    expect(ajv.validate(schema, await res.json()), JSON.stringify(ajv.errors)).toBe(true);
  });
});

/** z.toJSONSchema puts a schema with a meta id under $defs and answers a $ref to it. */
function resolveGenerated(schema: Record<string, unknown>): Record<string, unknown> {
  const ref = schema.$ref as string | undefined;
  if (!ref) return schema;
  return (schema.$defs as Record<string, Record<string, unknown>>)[ref.replace("#/$defs/", "")]!;
}
