import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { call, tokenFor } from "./api-fixtures";
import { makeCast, makeProject, openAppDatabase, type RoleName } from "./gate-fixtures";
import type { TestDb } from "./db";

/**
 * The REST door's limits, on real Postgres: refused tokens throttled per client address, a cap on
 * the live tokens one person holds, and a cursor that no longer points into its list.
 */
vi.mock("@/lib/auth", async () => (await import("./action-session")).apiSessionMock());
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  unstable_cache: (fn: unknown) => fn,
}));
// The client address of a request (null outside one, as in the other API tests).
const client = vi.hoisted(() => ({ address: null as string | null }));
vi.mock("@/lib/auth/request-address", () => ({ requestClientAddress: async () => client.address }));

let t: TestDb;
let closeDb: () => Promise<void>;
let cast: Record<RoleName, SessionUser>;

beforeAll(async () => {
  const opened = await openAppDatabase();
  ({ t, close: closeDb } = opened);
  cast = await makeCast(t.db);
});
afterAll(async () => {
  await closeDb();
});

describe("refused tokens", () => {
  it("answer 429 to an address after too many, before any token is looked up; other addresses go on", async () => {
    vi.stubEnv("API_AUTH_FAILURES_PER_MINUTE", "3");
    const { token } = await tokenFor(cast.owner, ["read"]);
    try {
      client.address = "203.0.113.7";
      const statuses: number[] = [];
      for (const bad of ["mltrl_nope1", "mltrl_nope2", "", "mltrl_nope3"])
        statuses.push((await call("GET", "/me", { token: bad })).status);
      // A valid token from the same address waits too: the address is what is throttled.
      const blocked = await call("GET", "/me", { token });
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect(blocked.status).toBe(429);
      expect((await blocked.json()).detail).toMatch(/refused API token from this address; try again in \d+ s/);
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
      client.address = "203.0.113.8";
      expect((await call("GET", "/me", { token })).status).toBe(200);
    } finally {
      client.address = null;
      vi.unstubAllEnvs();
    }
  });
});

describe("live tokens per person", () => {
  it("refuses a token over the cap, also when two are created at once; a revoked or expired one frees a place", async () => {
    vi.stubEnv("API_TOKENS_PER_PERSON", "2");
    const { createApiToken, revokeApiToken } = await import("@/lib/dal/api-tokens/commands");
    const person = (await makeCast(t.db)).unseatedReviewer;
    const make = (name: string) => createApiToken(person, { name, scopes: ["read"], expiresInDays: 30 });
    try {
      const first = await make("one");
      expect(first.ok).toBe(true);
      const race = await Promise.all([make("two"), make("three")]);
      expect(race.filter((r) => r.ok)).toHaveLength(1);
      const refused = race.find((r) => !r.ok);
      expect(refused && !refused.ok && refused.reasons[0]!.message).toContain("at most 2");
      expect(await t.db.apiToken.count({ where: { ownerId: person.id } })).toBe(2);
      if (first.ok) expect((await revokeApiToken(person, { tokenId: first.value.id })).ok).toBe(true);
      expect((await make("four")).ok).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("pagination", () => {
  it("pages the projects with a cursor and refuses a cursor whose project left the list", async () => {
    for (let i = 0; i < 2; i++) await makeProject(t.db, { owners: [cast.owner.id], levels: [1] });
    const { token } = await tokenFor(cast.owner, ["read"]);
    const first = await call("GET", "/projects?limit=1", { token });
    const body = await first.json();
    expect(body.items).toHaveLength(1);
    const next = await call("GET", `/projects?limit=1&cursor=${body.nextCursor}`, { token });
    expect(next.status).toBe(200);
    expect((await next.json()).items[0].slug).not.toBe(body.items[0].slug);
    const gone = Buffer.from("cmgoneproject0000", "utf8").toString("base64url");
    const stale = await call("GET", `/projects?limit=1&cursor=${gone}`, { token });
    expect(stale.status).toBe(422);
    expect((await stale.json()).errors).toEqual([
      { path: "cursor", message: "This cursor is from a list that has changed since; start again without a cursor." },
    ]);
    const garbage = await call("GET", "/projects?limit=1&cursor=garbage", { token });
    expect((await garbage.json()).errors).toEqual([
      { path: "cursor", message: "This is not a cursor from a previous page; use nextCursor as it was given." },
    ]);
  });
});

describe("body size", () => {
  it("refuses a body over the limit with 413 from its Content-Length, before reading it", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [1] });
    const { token } = await tokenFor(cast.owner, ["requirements"]);
    const res = await call("POST", `/projects/${p.slug}/requirements/import`, {
      token,
      body: { csv: "number,statement\n" },
      headers: { "content-length": "6000000" },
    });
    expect(res.status).toBe(413);
    expect((await res.json()).detail).toBe("The request body is over 5 MB; send less at a time.");
    expect(await t.db.requirement.count({ where: { projectId: p.id } })).toBe(0);
    // Without a Content-Length (a chunked body), the bytes are counted as they arrive.
    const chunked = await call("POST", `/projects/${p.slug}/requirements/import`, {
      token,
      body: { csv: "x".repeat(5_100_000) },
    });
    expect(chunked.status).toBe(413);
  });
});
