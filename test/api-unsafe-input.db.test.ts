import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { call, tokenFor } from "./api-fixtures";
import { makeCast, openAppDatabase } from "./gate-fixtures";
import { UNSAFE_TEXT_MESSAGE } from "@/lib/schemas/common";

/**
 * Path parameters and query strings of the REST door never reach Postgres with a NUL byte or a
 * broken character (it refuses them, and the call would end in a 500): every route answers 422
 * naming the parameter, before any query for it runs.
 */
vi.mock("@/lib/auth", async () => (await import("./action-session")).apiSessionMock());
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  unstable_cache: (fn: unknown) => fn,
}));

let closeDb: () => Promise<void>;
let token: string;

beforeAll(async () => {
  const opened = await openAppDatabase();
  closeDb = opened.close;
  const cast = await makeCast(opened.t.db);
  ({ token } = await tokenFor(cast.owner, [
    "read",
    "card",
    "requirements",
    "reviews:request",
    "evidence",
    "monitoring",
  ]));
});
afterAll(async () => {
  await closeDb?.();
});

describe("unsafe text in API paths and queries", () => {
  it("answers 422 naming each path parameter, on every route that has one", async () => {
    const { ROUTE_LIST } = await import("@/lib/api/routes");
    const withParams = ROUTE_LIST.filter((r) => r.path.includes("{"));
    expect(withParams.length).toBeGreaterThan(5);
    const consoleError = vi.spyOn(console, "error");
    for (const route of withParams) {
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => `bad\u0000${name}`);
      const res = await call(route.method, path, { token, body: {}, headers: { "if-match": '"1"' } });
      expect(res.status, `${route.method} ${route.path}`).toBe(422);
      const body = await res.json();
      expect(body.detail).toBe(UNSAFE_TEXT_MESSAGE);
      const first = /\{(\w+)\}/.exec(route.path)![1]!;
      expect(body.errors.map((e: { path: string }) => e.path)).toContain(first);
    }
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("answers 422 for a NUL byte in the query", async () => {
    const res = await call("GET", "/projects?cursor=x%00y", { token });
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual([{ path: "cursor", message: UNSAFE_TEXT_MESSAGE }]);
  });
});
