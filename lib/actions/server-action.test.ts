import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { TwoFactorEnrolmentRequiredError } from "@/lib/auth/two-factor-gate";
import type { SessionUser } from "@/lib/auth/session-user";
import { defineCommand } from "@/lib/commands/define-command";
import { PORTFOLIO_STATS_TAG } from "@/lib/cache-tags";
import type { Decision } from "@/lib/domain/decision";
import { GENERIC_ERROR_MESSAGE, NOT_SIGNED_IN_MESSAGE } from "./result";

/** The server-action door, once for every command: session, strict parse, refusals, invalidation after a success. */
const cache = vi.hoisted(() => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
const session = vi.hoisted(() => ({ requireUserForAction: vi.fn(), getSessionUser: vi.fn() }));
vi.mock("next/cache", () => cache);
vi.mock("@/lib/auth", () => session);
const { commandOf, serverAction } = await import("./server-action");

const user: SessionUser = { id: "u1", name: "U", email: "u@x.test", roles: ["researcher"], disciplines: [] };
let next: Decision<{ id: string; status: string }>;
const run = vi.fn(async (_user: SessionUser, _input: { name: string }) => next);
const command = defineCommand({
  name: "renameThing",
  schema: z.strictObject({ name: z.string().min(1, "Give it a name.") }),
  run,
  invalidates: (thing) => (thing.status === "moved" ? ["projects", "home", "portfolioStats"] : ["projects"]),
  audit: ["thing.rename"],
});
const action = serverAction(command);

beforeEach(() => {
  vi.clearAllMocks();
  session.requireUserForAction.mockResolvedValue(user);
  session.getSessionUser.mockResolvedValue(user);
  next = { ok: true, value: { id: "t1", status: "moved" } };
});

describe("serverAction", () => {
  it("runs the command as the session's user on the parsed input, then invalidates what it declares", async () => {
    expect(await action({ name: "New" })).toEqual({ ok: true, data: { id: "t1", status: "moved" } });
    expect(run).toHaveBeenCalledWith(user, { name: "New" });
    expect(cache.revalidatePath.mock.calls).toEqual([["/projects", "layout"], ["/"]]);
    // Stale-while-revalidate: the next visitor is served the old figures while they recompute.
    expect(cache.revalidateTag.mock.calls).toEqual([[PORTFOLIO_STATS_TAG, "max"]]);
    expect(commandOf(action)).toBe(command);
  });

  it("invalidates by the result", async () => {
    next = { ok: true, value: { id: "t1", status: "kept" } };
    await action({ name: "New" });
    expect(cache.revalidatePath.mock.calls).toEqual([["/projects", "layout"]]);
    expect(cache.revalidateTag).not.toHaveBeenCalled();
  });

  it("refuses without a session, before parsing", async () => {
    session.requireUserForAction.mockResolvedValue(null);
    expect(await action("junk")).toEqual({ ok: false, message: NOT_SIGNED_IN_MESSAGE });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses input that fails the strict parse, under its field, and runs nothing", async () => {
    expect(await action({ name: "" })).toMatchObject({ ok: false, fieldErrors: { name: "Give it a name." } });
    expect(await action({ name: "x", status: "moved" })).toMatchObject({
      ok: false,
      fieldErrors: { status: expect.stringMatching(/is not a field/) },
    });
    expect(await action(null)).toMatchObject({ ok: false });
    expect(run).not.toHaveBeenCalled();
    expect(cache.revalidatePath).not.toHaveBeenCalled();
  });

  it("maps a refusal to the form contract and invalidates nothing", async () => {
    next = { ok: false, reasons: [{ code: "forbidden", message: "No." }] };
    expect(await action({ name: "New" })).toEqual({ ok: false, message: "No." });
    expect(cache.revalidatePath).not.toHaveBeenCalled();
    expect(cache.revalidateTag).not.toHaveBeenCalled();
  });

  it("reads no input as {} for a command that takes none", async () => {
    const noInput = vi.fn(async () => ({ ok: true as const, value: { updated: 2 } }));
    const button = serverAction(
      defineCommand({
        name: "tick",
        schema: z.strictObject({}),
        run: noInput,
        invalidates: [],
        audit: ["x.y"],
        noInput: true,
      }),
    );
    expect(await button(undefined)).toEqual({ ok: true, data: { updated: 2 } });
    expect(await button(null)).toEqual({ ok: true, data: { updated: 2 } });
    expect(await button("x")).toMatchObject({ ok: false });
  });

  it("returns what the door's own after-success step returns", async () => {
    const after = vi.fn(async () => undefined);
    expect(await serverAction(command, after)({ name: "New" })).toEqual({ ok: true });
    expect(after).toHaveBeenCalledWith({ id: "t1", status: "moved" });
  });

  it("answers the required-2FA gate with its message; only the enrolment passes it", async () => {
    session.requireUserForAction.mockRejectedValue(new TwoFactorEnrolmentRequiredError());
    expect(await action({ name: "New" })).toEqual({
      ok: false,
      message: new TwoFactorEnrolmentRequiredError().message,
    });
    const enrol = serverAction({ ...command, duringTwoFactorEnrolment: true });
    expect(await enrol({ name: "New" })).toMatchObject({ ok: true });
  });

  it("logs an unexpected error with the command's name and a request id, and answers generically", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    run.mockRejectedValueOnce(new Error('relation "things" does not exist'));
    expect(await action({ name: "New" })).toEqual({ ok: false, message: GENERIC_ERROR_MESSAGE });
    expect(log).toHaveBeenCalledWith(
      expect.stringMatching(/^\[action renameThing request=[0-9a-f-]{36}\]/),
      expect.any(Error),
    );
    log.mockRestore();
  });
});
