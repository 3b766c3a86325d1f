import type { SessionUser } from "@/lib/auth/session-user";
import type { ApiScope } from "@/lib/domain/api-tokens";
import type { TestDb } from "./db";

/**
 * Calling the REST API's route files in-process, as Next would: a Request with a bearer token and
 * the route's params. `call("GET", "/projects/x/card")` finds the file under app/api/v1 whose
 * folder pattern matches the path.
 */
export type ApiCall = { status: number; headers: Headers; json: () => Promise<any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

type Handler = (req: Request, ctx: { params: Promise<Record<string, string> | undefined> }) => Promise<Response>;

export async function routeFileFor(path: string): Promise<{ file: string; params: Record<string, string> }> {
  const { ROUTE_LIST } = await import("@/lib/api/routes");
  const clean = path.split("?")[0]!;
  const patterns = [...new Set(ROUTE_LIST.map((r) => r.path))].sort(
    (a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0),
  );
  for (const pattern of patterns) {
    const names: string[] = [];
    const re = new RegExp(
      `^${pattern.replace(/\./g, "\\.").replace(/\{(\w+)\}/g, (_, n: string) => (names.push(n), "([^/]+)"))}$`,
    );
    const m = re.exec(clean);
    if (m) {
      return {
        file: pattern.replace(/\{(\w+)\}/g, "[$1]"),
        params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])),
      };
    }
  }
  throw new Error(`no API route for ${path}`);
}

export async function call(
  method: string,
  path: string,
  opts: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiCall> {
  const { file, params } = await routeFileFor(path);
  const mod = (await import(`@/app/api/v1${file}/route`)) as Record<string, Handler>;
  const handler = mod[method];
  if (!handler) throw new Error(`${method} ${file} is not exported`);
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const body = method === "GET" || method === "DELETE" ? undefined : opts.body;
  if (body !== undefined) headers["content-type"] = "application/json";
  const req = new Request(`http://localhost/api/v1${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  // As Next does: a route without dynamic segments gets no params object at all.
  const res = await handler(req, { params: Promise.resolve(Object.keys(params).length > 0 ? params : undefined) });
  return { status: res.status, headers: res.headers, json: () => res.json() };
}

/** A token made through the command (so the hash and format are the app's own). */
export async function tokenFor(
  user: SessionUser,
  scopes: ApiScope[],
  opts: { projectId?: string; expiresInDays?: 7 | 30 | 90 | 365; now?: Date } = {},
): Promise<{ id: string; token: string }> {
  const { createApiToken } = await import("@/lib/dal/api-tokens/commands");
  const created = await createApiToken(
    user,
    { name: `t-${scopes.join("-")}`, scopes, expiresInDays: opts.expiresInDays ?? 30, projectId: opts.projectId },
    opts.now,
  );
  if (!created.ok) throw new Error(JSON.stringify(created.reasons));
  return created.value;
}

export async function expireToken(t: TestDb, id: string): Promise<void> {
  await t.db.apiToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
}
