import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { asUser } from "./action-session";
import { callRoute, commandRoutes, warmToken, withoutThrottle, type CommandRoute } from "./authorization-api-door";
import { cast, project, setMatrixContext, t, type Who } from "./authorization-fixtures";
import { MATRIX } from "./authorization-rows";
import { ROLE_NAMES, databaseDigest, makeCast, makeUser, openAppDatabase, referenceData } from "./gate-fixtures";
import { loadCommandsAndActions, type Action } from "./server-actions";

/**
 * The authorisation matrix through the API door: every command the route table exposes
 * (lib/api/routes.ts) × every role, with the scenarios of the server-action matrix. Each case runs
 * the scenario once through the server action (the reference) and once, freshly set up, through
 * the route with a personal token of the same user holding every scope. Allowed: 2xx and the same
 * audit actions plus `api_token.use`. Denied: a 403/404 problem whose reasons are the action's
 * sentences, and no table changed. A service token of another project is refused on every
 * project route. A new command route without a matrix row fails the first test.
 */
vi.mock("@/lib/auth", async () => (await import("./action-session")).apiSessionMock());
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (f: unknown) => f }));
vi.mock("@/lib/auth/session-cookie", () => ({ keepCurrentSession: async () => {} }));
vi.stubEnv("NEXTAUTH_SECRET", "matrix-test-secret-of-at-least-32-chars");

// Opened at collection time: the cases are listed from the route table, and lib/dal connects to
// DATABASE_URL when first imported.
const opened = await openAppDatabase();
const { ROUTE_LIST } = await import("@/lib/api/routes");
const exposed = ROUTE_LIST.filter((r) => r.command).map((r) => ({ id: r.id, command: r.command!.name }));
let actions: Record<string, Action> = {};
let routes: CommandRoute[] = [];

beforeAll(async () => {
  ({ actions } = await loadCommandsAndActions());
  routes = await commandRoutes();
  const fillers: string[] = [];
  setMatrixContext({ t: opened.t, cast: await makeCast(opened.t.db), fillers });
  for (let i = 0; i < 6; i++) fillers.push((await makeUser(opened.t.db, ["reviewer"], [], `Filler ${i}`)).id);
  await referenceData(opened.t.db);
});

afterAll(async () => {
  await opened.close();
});

const auditIds = async () => (await t.db.auditEvent.findMany({ select: { id: true } })).map((e) => e.id);
async function newAuditActions(before: string[]): Promise<string[]> {
  const written = await t.db.auditEvent.findMany({ where: { id: { notIn: before } }, select: { action: true } });
  return written.map((e) => e.action).sort();
}

/** Matrix rows of a command: its own row and any `<command>_<scenario>` rows. */
const rowsOf = (command: string) => Object.entries(MATRIX).filter(([name, row]) => (row.command ?? name) === command);

describe("authorisation matrix, API door", () => {
  it("covers every command the route table exposes", () => {
    expect(exposed.length).toBeGreaterThanOrEqual(8);
    expect(exposed.filter((r) => rowsOf(r.command).length === 0).map((r) => r.command)).toEqual([]);
  });

  const cases = exposed.flatMap(({ id, command }) =>
    rowsOf(command).flatMap(([name, row]) =>
      (["anonymous", ...ROLE_NAMES] as Who[]).map(
        (who) => [id, name, who, who !== "anonymous" && row.allowed.includes(who)] as const,
      ),
    ),
  );

  it.each(cases)("%s (%s) as %s → allowed: %s", async (routeId, name, who, allowed) => {
    const route = routes.find((r) => r.id === routeId)!;
    const row = MATRIX[name]!;
    let reference: { ok: boolean; text: string; onField: boolean; audit: string[] } | null = null;
    if (who !== "anonymous") {
      const input = await row.setup(who);
      const before = await auditIds();
      const result = await asUser(cast[who], () => actions[route.command.name]!(input));
      const fieldTexts = Object.values(result.fieldErrors ?? {});
      // A form puts "Check the highlighted fields." above field refusals; the API sends the reasons only.
      const text = (fieldTexts.length > 0 ? fieldTexts : [result.message ?? ""]).filter(Boolean).join(" ");
      // A rule refusal about one field (a component not deployed) is 422 over HTTP, not 403/404.
      const onField = fieldTexts.length > 0;
      reference = { ok: result.ok, text, onField, audit: await newAuditActions(before) };
      expect(reference.ok, `the server action disagrees with the matrix: ${text}`).toBe(allowed);
    }
    const input = (await row.setup(who)) as Record<string, unknown>;
    const token = who === "anonymous" ? null : await warmToken(cast[who]);
    const auditBefore = await auditIds();
    const before = withoutThrottle(await databaseDigest(t.db));
    const res = await callRoute(route, input, token);
    const body = await res.json();
    if (allowed) {
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(200);
      expect(res.status, JSON.stringify(body)).toBeLessThan(300);
      expect(await newAuditActions(auditBefore)).toEqual([...reference!.audit, "api_token.use"].sort());
      return;
    }
    expect(withoutThrottle(await databaseDigest(t.db)), "a denied call changes nothing").toEqual(before);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    if (who === "anonymous") {
      expect(res.status).toBe(401);
      return;
    }
    expect(reference!.onField ? [422] : [403, 404], JSON.stringify(body)).toContain(res.status);
    expect((body.reasons as string[]).join(" "), "the same sentences as the server action").toBe(reference!.text);
  });

  it("refuses a service token of another project on every project route, changing nothing", async () => {
    const projectRoutes = routes.filter((r) => r.path.includes("{slug}"));
    expect(projectRoutes.length).toBeGreaterThan(0);
    for (const route of projectRoutes) {
      for (const [name, row] of rowsOf(route.command.name)) {
        const who = row.allowed.includes("owner") ? "owner" : (row.allowed[0] ?? "owner");
        const input = (await row.setup(who)) as Record<string, unknown>;
        const elsewhere = await project([1]);
        const token = await warmToken(cast.owner, elsewhere.id);
        const before = withoutThrottle(await databaseDigest(t.db));
        const res = await callRoute(route, input, token);
        expect(res.status, `${route.id} (${name})`).toBe(403);
        expect((await res.json()).reasons[0]).toContain(`only on the project "${elsewhere.slug}"`);
        expect(withoutThrottle(await databaseDigest(t.db)), `${route.id} (${name})`).toEqual(before);
      }
    }
  });
});
