import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { call, expireToken, tokenFor } from "./api-fixtures";
import { makeCast, makeProject, makeUser, openAppDatabase, referenceData, type RoleName } from "./gate-fixtures";
import { deployedProject } from "./monitoring-fixtures";
import type { TestDb } from "./db";

/**
 * The REST door (lib/api) on real Postgres: every endpoint of the route table refuses without a
 * token, with an expired or revoked one, with the wrong scope and across projects; card writes
 * need If-Match and a stale one gets 412 with the diff; refusals carry the UI's reasons.
 */
vi.mock("@/lib/auth", async () => (await import("./action-session")).apiSessionMock());
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  unstable_cache: (fn: unknown) => fn,
}));

let t: TestDb;
let closeDb: () => Promise<void>;
let cast: Record<RoleName, SessionUser>;
let slug: string;
let other: { id: string; slug: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  const opened = await openAppDatabase();
  ({ t, close: closeDb } = opened);
  cast = await makeCast(t.db);
  await referenceData(t.db);
  const p = await makeProject(t.db, {
    owners: [cast.owner.id],
    contributors: [cast.contributor.id],
    levels: [2],
    requirements: true,
  });
  slug = p.slug;
  ids.slug = p.slug;
  ids.key = "tldr";
  ids.componentId = p.componentIds[0]!;
  ids.requirementId = (await t.db.requirement.findFirstOrThrow({ where: { projectId: p.id } })).id;
  ids.reviewId = (
    await t.db.review.create({ data: { projectId: p.id, level: 2, authorId: cast.owner.id, definitionsVersion: 1 } })
  ).id;
  other = await makeProject(t.db, { owners: [cast.owner.id], levels: [1] });
});

afterAll(async () => {
  await closeDb?.();
});

async function routes() {
  return (await import("@/lib/api/routes")).ROUTE_LIST;
}
const concrete = (path: string) => path.replace(/\{(\w+)\}/g, (_, n: string) => ids[n]!);

describe("every endpoint refuses callers it does not know", () => {
  it("without a token, with an unknown, expired or revoked one: 401 problem", async () => {
    const expired = await tokenFor(cast.owner, ["read", "card", "requirements", "reviews:request", "monitoring"]);
    await expireToken(t, expired.id);
    const revoked = await tokenFor(cast.owner, ["read", "card", "requirements", "reviews:request", "monitoring"]);
    const { revokeApiToken } = await import("@/lib/dal/api-tokens/commands");
    expect((await revokeApiToken(cast.owner, { tokenId: revoked.id })).ok).toBe(true);
    for (const route of await routes()) {
      for (const token of [null, "mltrl_AAAAAAAAAAAAAAAA_" + "x".repeat(43), expired.token, revoked.token]) {
        const res = await call(route.method, concrete(route.path), { token, body: {} });
        expect(res.status, `${route.method} ${route.path} with ${token?.slice(0, 12)}`).toBe(401);
        expect(res.headers.get("content-type")).toBe("application/problem+json");
        const body = await res.json();
        expect(body.reasons[0]).toMatch(/token/i);
      }
    }
  });

  it("with a token lacking the route's scope: 403", async () => {
    for (const route of await routes()) {
      if (route.scope === null) continue;
      const wrong = route.scope === "read" ? "card" : "read";
      const { token } = await tokenFor(cast.owner, [wrong]);
      const res = await call(route.method, concrete(route.path), { token, body: {} });
      expect(res.status, `${route.method} ${route.path}`).toBe(403);
      expect((await res.json()).reasons[0]).toContain(`"${route.scope}" scope`);
    }
  });

  it("a service token of another project: 403 on every project's route", async () => {
    const scopes = ["read", "card", "requirements", "reviews:request", "monitoring", "evidence"] as const;
    const { token } = await tokenFor(cast.owner, [...scopes], {
      projectId: other.id,
    });
    for (const route of await routes()) {
      if (route.scope === null) continue;
      const res = await call(route.method, concrete(route.path), { token, body: {} });
      expect(res.status, `${route.method} ${route.path}`).toBe(403);
      expect((await res.json()).reasons[0]).toContain(`only on the project "${other.slug}"`);
    }
    expect((await call("GET", `/projects/${other.slug}`, { token })).status).toBe(200);
  });
});

describe("the card over HTTP", () => {
  it("reads with an ETag, writes with If-Match, refuses a stale or missing one", async () => {
    const { token } = await tokenFor(cast.contributor, ["read", "card"]);
    const read = await call("GET", `/projects/${slug}/card`, { token });
    expect(read.status).toBe(200);
    const card = await read.json();
    expect(read.headers.get("etag")).toBe(`"${card.revision}"`);
    const put = (ifMatch: string | null, body: string) =>
      call("PUT", `/projects/${slug}/card/sections/tldr`, {
        token,
        body: { body },
        headers: ifMatch === null ? {} : { "if-match": ifMatch },
      });
    expect((await put(null, "Hello")).status).toBe(428);
    const saved = await put(`"${card.revision}"`, "Hello from CI");
    expect(saved.status).toBe(200);
    const result = await saved.json();
    expect(result).toEqual({ revision: card.revision + 1, changed: true });
    const same = await put(`"${result.revision}"`, "Hello from CI");
    expect(await same.json()).toEqual({ revision: result.revision, changed: false });
    const stale = await put(`"${card.revision}"`, "Mine");
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({
      currentRevision: result.revision,
      diff: [{ key: "tldr", yours: "Mine", theirs: "Hello from CI" }],
    });
    const pinned = await call("GET", `/projects/${slug}/card?revision=${card.revision}`, { token });
    expect((await pinned.json()).revision).toBe(card.revision);
    const audit = await t.db.auditEvent.findMany({ where: { action: "api_token.use" } });
    expect(audit.map((a) => (a.after as { command: string }).command)).toContain("saveCardSection");
  });

  it("refusals carry the permission table's sentence", async () => {
    const { token } = await tokenFor(cast.otherResearcher, ["card"]);
    const res = await call("PUT", `/projects/${slug}/card/sections/tldr`, {
      token,
      body: { body: "x" },
      headers: { "if-match": '"1"' },
    });
    expect([403, 412]).toContain(res.status);
    const created = await call("POST", `/projects/${slug}/components`, {
      token,
      body: { name: "Feature store", kind: "dataset" },
    });
    expect(created.status).toBe(403);
    expect((await created.json()).reasons).toContain(
      "Only the project's owners and contributors, or an admin, can edit its card, components and requirements.",
    );
  });

  it("invalid input is 422 with errors per field", async () => {
    const { token } = await tokenFor(cast.owner, ["card"]);
    const res = await call("POST", `/projects/${slug}/components`, { token, body: { name: "", kind: "x", junk: 1 } });
    expect(res.status).toBe(422);
    const paths = (await res.json()).errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["name", "kind", "junk"]));
  });
});

describe("monitoring over HTTP", () => {
  it("a monitoring token reports a signal on a deployed component; read lists the alert", async () => {
    const fillers = [];
    for (let i = 0; i < 6; i++) fillers.push((await makeUser(t.db, ["reviewer"], [], `Api filler ${i}`)).id);
    const { p, componentId } = await deployedProject(t.db, {
      owners: [cast.owner.id],
      panel: [cast.seatedReviewer.id, ...fillers],
    });
    const { token } = await tokenFor(cast.owner, ["monitoring"], { projectId: p.id });
    const signal = { componentId, kind: "drift", severity: "critical", metric: "psi", value: 0.4, source: "evidently" };
    const posted = await call("POST", `/projects/${p.slug}/monitoring/signals`, { token, body: signal });
    expect(posted.status).toBe(201);
    const { alertId } = await posted.json();
    const again = await call("POST", `/projects/${p.slug}/monitoring/signals`, {
      token,
      body: { ...signal, externalId: "x-1" },
    });
    expect((await again.json()).repeated).toBe(false);
    // A component of another project, through this project's path: 404, nothing written.
    const elsewhere = await call("POST", `/projects/${p.slug}/monitoring/signals`, {
      token,
      body: { ...signal, componentId: ids.componentId },
    });
    expect(elsewhere.status).toBe(404);
    // Below level 9: the command's refusal.
    const { token: own } = await tokenFor(cast.owner, ["monitoring"]);
    const early = await call("POST", `/projects/${slug}/monitoring/signals`, {
      token: own,
      body: { ...signal, componentId: ids.componentId },
    });
    expect(early.status).toBe(422);
    expect((await early.json()).reasons[0]).toMatch(/level 9/);
    const { token: reader } = await tokenFor(cast.owner, ["read"]);
    const list = await (await call("GET", `/projects/${p.slug}/alerts`, { token: reader })).json();
    expect(list.items.map((a: { id: string }) => a.id)).toContain(alertId);
    expect(list.items).toHaveLength(2);
    expect(await t.db.monitoringAlert.count({ where: { componentId: ids.componentId } })).toBe(0);
  });
});

describe("evidence from CI and the check over HTTP", () => {
  it("verifies, then regresses a requirement with a metric target; records the token; the check fails", async () => {
    await t.db.requirement.update({
      where: { id: ids.requirementId! },
      data: { metricName: "accuracy", metricComparator: "at_least", metricTarget: 0.9, ownerId: cast.contributor.id },
    });
    const number = (await t.db.requirement.findUniqueOrThrow({ where: { id: ids.requirementId! } })).number;
    const ci = await tokenFor(cast.contributor, ["evidence"]);
    const reader = await tokenFor(cast.owner, ["read"]);
    const post = (value: number) =>
      call("POST", `/projects/${slug}/evidence`, {
        token: ci.token,
        body: {
          target: { kind: "requirement", id: `R-${number}` },
          metrics: [{ name: "accuracy", value }],
          provider: "github-actions",
          commit: "abc1234",
          url: "https://ci.example.org/run/1",
        },
      });
    const pass = await post(0.93);
    expect(pass.status).toBe(201);
    const passed = await pass.json();
    expect(passed).toEqual({ id: expect.any(String), requirementStatus: "verified" });
    expect(await t.db.evidenceRun.findUniqueOrThrow({ where: { id: passed.id } })).toMatchObject({
      apiTokenId: ci.id,
      reporterId: cast.contributor.id,
    });
    const ok = await (await call("GET", `/projects/${slug}/check`, { token: reader.token })).json();
    expect(ok.problems.map((p: { kind: string }) => p.kind)).not.toContain("regressed_requirement");

    const miss = await post(0.8);
    expect(miss.status).toBe(201);
    expect((await miss.json()).requirementStatus).toBe("regressed");
    const notes = await t.db.notification.findMany({ where: { kind: "requirement.regressed" } });
    expect(notes.map((n) => n.userId)).toContain(cast.contributor.id);
    const check = await call("GET", `/projects/${slug}/check`, { token: reader.token });
    expect(check.status).toBe(200);
    const body = await check.json();
    expect(body.ok).toBe(false);
    expect(body.problems).toContainEqual({
      kind: "regressed_requirement",
      message: expect.stringContaining(`R${number}`),
    });
    const audit = await t.db.auditEvent.findMany({ where: { action: "api_token.use" } });
    expect(audit.map((a) => (a.after as { command: string }).command)).toContain("reportEvidence");
  });

  it("refuses an unknown requirement with the UI's sentence, and invalid input per field", async () => {
    const { token } = await tokenFor(cast.owner, ["evidence"]);
    const unknown = await call("POST", `/projects/${slug}/evidence`, {
      token,
      body: { target: { kind: "requirement", id: "R-999" }, passed: true },
    });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).reasons).toContain('This project has no requirement "R-999".');
    const junk = await call("POST", `/projects/${slug}/evidence`, {
      token,
      body: { target: { kind: "nope" }, projectSlug: other.slug, metrics: [{ name: "a", value: "x" }] },
    });
    expect(junk.status).toBe(422);
    const paths = (await junk.json()).errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["target.kind", "metrics.0.value"]));
    expect(await t.db.evidenceRun.count({ where: { projectId: other.id } })).toBe(0);
  });
});

describe("rate limit", () => {
  it("answers 429 with the standard headers once a token is over its limit", async () => {
    vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "3");
    const { token } = await tokenFor(cast.owner, ["read"]);
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await call("GET", "/me", { token });
      statuses.push(last.status);
    }
    vi.unstubAllEnvs();
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.headers.get("ratelimit-limit")).toBe("3");
    expect(last!.headers.get("ratelimit-remaining")).toBe("0");
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
