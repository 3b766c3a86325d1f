import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { AnyCommand } from "@/lib/commands/define-command";
import type { TestDb } from "./db";
import { asUser } from "./action-session";
import { databaseDigest, makeProject, makeReview, makeUser, openAppDatabase } from "./gate-fixtures";
import { CASES as OTHER_CASES, type Ids } from "./junk-cases";
import { GATE_CASES } from "./junk-gate-cases";
import { MONITORING_CASES } from "./junk-monitoring-cases";
import { WEBHOOK_CASES } from "./junk-webhook-cases";
import { loadCommandsAndActions, type Action } from "./server-actions";

/**
 * Mass assignment and junk input through the server actions of every registered command, signed in
 * as an admin so only the input can be the reason for a refusal: extra fields (status, level,
 * authorId…), wrong types, empty and huge strings, malformed ids, NaN and negative levels. Each is
 * refused with a message under the offending field, and no table changes.
 */
vi.mock("@/lib/auth", async () => (await import("./action-session")).actionSessionMock());
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const CASES = { ...GATE_CASES, ...OTHER_CASES, ...MONITORING_CASES, ...WEBHOOK_CASES };
/** User administration is another aggregate's; it is covered by the shape checks only. */
const SHAPES_ONLY = ["createUser", "updateUserAccess", "resetUserPassword"];

let t: TestDb;
let closeDb: () => Promise<void>;
let admin: SessionUser;
let ids: Ids;
let commands: Record<string, AnyCommand> = {};
let actions: Record<string, Action> = {};

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  ({ commands, actions } = await loadCommandsAndActions());
  admin = await makeUser(t.db, ["admin"], [], "Admin");
  const reviewer = await makeUser(t.db, ["reviewer"], [], "Reviewer");
  const p = await makeProject(t.db, { owners: [admin.id], levels: [4] });
  const r = await makeReview(t.db, {
    projectId: p.id,
    componentIds: p.componentIds,
    level: 4,
    status: "open",
    authorId: admin.id,
    seats: [],
  });
  ids = { projectId: p.id, componentId: p.componentIds[0]!, reviewId: r.id, userId: reviewer.id };
});

afterAll(async () => {
  await closeDb?.();
});

async function refusedWithoutWrites(name: string, input: unknown) {
  const before = await databaseDigest(t.db);
  const result = await asUser(admin, () => actions[name]!(input));
  expect(await databaseDigest(t.db), "nothing written").toEqual(before);
  expect(result.ok).toBe(false);
  expect(result.message).toBeTruthy();
  expect(result.message).not.toMatch(/went wrong/i);
  return result;
}

describe("junk input", () => {
  it("covers every registered command but the user admin ones (their shapes are checked below)", () => {
    const registered = Object.keys(commands);
    expect(registered.length).toBeGreaterThanOrEqual(40);
    expect(registered.filter((n) => !(n in CASES) && !SHAPES_ONLY.includes(n))).toEqual([]);
    expect([...Object.keys(CASES), ...SHAPES_ONLY].filter((n) => !actions[n])).toEqual([]);
    // The shape checks below leave out null and undefined exactly for the commands that declare noInput.
    expect(registered.filter((n) => Boolean(commands[n]!.noInput) !== Boolean(CASES[n]?.noInput))).toEqual([]);
  });

  const junkCases = Object.entries(CASES).flatMap(([name, c]) =>
    c.junk.map(
      ([patch, field]) =>
        [
          name,
          JSON.stringify(patch, (_k, v) =>
            typeof v === "string" && v.length > 60 ? `${v.slice(0, 10)}…(${v.length})` : v,
          ),
          patch,
          field,
        ] as const,
    ),
  );
  it.each(junkCases)("%s refuses %s", async (name, _label, patch, field) => {
    const result = await refusedWithoutWrites(name, { ...CASES[name]!.base(ids), ...patch });
    expect(result.fieldErrors?.[field], JSON.stringify(result)).toEqual(expect.any(String));
  });

  const massAssignment = Object.keys(CASES).map((name) => [name] as const);
  it.each(massAssignment)("%s refuses status, authorId and id smuggled into the input", async (name) => {
    const smuggle = CASES[name]!.smuggle ?? ["status", "authorId", "id"];
    const extra = Object.fromEntries(
      smuggle.map((f) => [f, f === "authorId" ? admin.id : f === "status" ? "graduated" : "c123"]),
    );
    const result = await refusedWithoutWrites(name, { ...CASES[name]!.base(ids), ...extra });
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual([...smuggle].sort());
    expect(result.fieldErrors?.[smuggle[0]!]).toMatch(/is not a field/);
  });

  /**
   * Regression: a NUL byte in a text field reached PostgreSQL (which refuses it) and came back as a
   * generic error with a stack trace in the log; a lone surrogate was silently replaced. Every
   * string of every action's valid input, with either appended, is refused under that field.
   */
  const UNSAFE = [
    ["NUL byte", "\u0000"],
    ["lone high surrogate", "\uD800"],
    ["lone low surrogate", "\uDFFF"],
  ] as const;
  const unsafeCases = [...SHAPES_ONLY, ...Object.keys(CASES)].flatMap((name) =>
    UNSAFE.map(([label, junk]) => [name, label, junk] as const),
  );
  it.each(unsafeCases)("%s refuses a %s in every string field", async (name, _label, junk) => {
    const base: Record<string, unknown> = CASES[name]?.base(ids) ?? {
      userId: ids.userId,
      name: "Someone",
      email: "someone@x.test",
    };
    const fields = Object.keys(base).filter((k) => typeof base[k] === "string");
    const input = {
      ...base,
      ...Object.fromEntries(fields.map((k) => [k, `${String(base[k])}${junk}`])),
      [`note${junk}`]: "x",
    };
    const consoleError = vi.spyOn(console, "error");
    const result = await refusedWithoutWrites(name, input);
    expect(consoleError, "no stack trace in the log").not.toHaveBeenCalled();
    consoleError.mockRestore();
    for (const f of fields)
      expect(result.fieldErrors?.[f], `${f}: ${JSON.stringify(result)}`).toMatch(/cannot be stored/);
    expect(result.fieldErrors?.["note?"]).toMatch(/cannot be stored/);
  });

  const shapes = [...SHAPES_ONLY, ...Object.keys(CASES)].flatMap((name) =>
    [null, undefined, "string", 42, [], NaN]
      .filter((input) => !(CASES[name]?.noInput && (input === null || input === undefined)))
      .map((input) => [name, String(input), input] as const),
  );
  it.each(shapes)("%s refuses a non-object input (%s)", async (name, _label, input) => {
    await refusedWithoutWrites(name, input);
  });
});
