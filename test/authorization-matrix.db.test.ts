import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AnyCommand } from "@/lib/commands/define-command";
import { cast, setMatrixContext, t, type Who } from "./authorization-fixtures";
import { MATRIX } from "./authorization-rows";
import { asUser } from "./action-session";
import { ROLE_NAMES, databaseDigest, makeCast, makeUser, referenceData, openAppDatabase } from "./gate-fixtures";
import { loadCommandsAndActions, type Action } from "./server-actions";

/**
 * Every registered command × every role of the permission table, through its server action
 * (session → schema → DAL) on real Postgres. An allowed call succeeds and writes exactly one audit
 * event, of an action the command declares; a denied one returns a clear message and leaves every
 * table exactly as it was. Registering a command without a row (./authorization-rows.ts) fails the
 * first test; ./authorization-api-matrix.db.test.ts runs the same rows through the REST door.
 */
vi.mock("@/lib/auth", async () => (await import("./action-session")).actionSessionMock());
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("@/lib/auth/session-cookie", () => ({ keepCurrentSession: async () => {} }));
vi.stubEnv("NEXTAUTH_SECRET", "matrix-test-secret-of-at-least-32-chars");

let closeDb: () => Promise<void>;
let commands: Record<string, AnyCommand> = {};
let actions: Record<string, Action> = {};

beforeAll(async () => {
  const opened = await openAppDatabase();
  closeDb = opened.close;
  ({ commands, actions } = await loadCommandsAndActions());
  const fillers: string[] = [];
  setMatrixContext({ t: opened.t, cast: await makeCast(opened.t.db), fillers });
  for (let i = 0; i < 6; i++) fillers.push((await makeUser(opened.t.db, ["reviewer"], [], `Filler ${i}`)).id);
  await referenceData(opened.t.db);
});

afterAll(async () => {
  await closeDb?.();
});

const auditEventIds = async () => new Set((await t.db.auditEvent.findMany({ select: { id: true } })).map((e) => e.id));

describe("authorisation matrix", () => {
  it("has a row for every registered command, and no row without one", () => {
    const registered = Object.keys(commands);
    expect(registered.length).toBeGreaterThanOrEqual(40);
    expect(registered.filter((name) => !(name in MATRIX))).toEqual([]);
    expect(
      Object.entries(MATRIX)
        .filter(([name, row]) => !registered.includes(row.command ?? name))
        .map(([name]) => name),
    ).toEqual([]);
  });

  const cases = Object.entries(MATRIX).flatMap(([name, row]) =>
    (["anonymous", ...ROLE_NAMES] as Who[]).map(
      (who) => [name, who, who !== "anonymous" && row.allowed.includes(who)] as const,
    ),
  );

  it.each(cases)("%s as %s → allowed: %s", async (name, who, allowed) => {
    const row = MATRIX[name]!;
    const command = commands[row.command ?? name]!;
    const action = actions[command.name];
    expect(action, `${command.name} has no server action in lib/actions/*-actions.ts`).toBeDefined();
    const input = await row.setup(who);
    const before = await databaseDigest(t.db);
    const auditBefore = allowed ? await auditEventIds() : new Set<string>();
    const result = await asUser(who === "anonymous" ? null : cast[who], () => action!(input));
    const after = await databaseDigest(t.db);
    if (allowed) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      const audit = (d: Record<string, string>) => Number(d.audit_events?.split(":")[0]);
      expect(audit(after) - audit(before), "exactly one audit event per change").toBe(1);
      const written = await t.db.auditEvent.findMany({ where: { id: { notIn: [...auditBefore] } } });
      expect(command.audit, "the audit event is one the command declares").toContain(written[0]?.action);
    } else {
      expect(result.ok).toBe(false);
      expect(result.message ?? "").not.toMatch(/went wrong/i);
      const refusal =
        who === "anonymous"
          ? /sign in/i
          : row.hidden
            ? /does not exist/i
            : /only|cannot|owners|admin|chair|seated|does not hold/i;
      expect(
        `${result.message ?? ""} ${Object.values(result.fieldErrors ?? {}).join(" ")}`,
        JSON.stringify(result),
      ).toMatch(refusal);
      expect(after, "a denied action changes nothing").toEqual(before);
    }
  });
});
