import type { z } from "zod";
import { getSessionUser, requireUserForAction } from "@/lib/auth";
import { invalidationTargets, type AnyCommand, type CommandDefinition } from "@/lib/commands/define-command";
import { parseStrict } from "@/lib/schemas/common";
import { invalidate } from "./invalidate";
import { invalidInput, notSignedIn, ok, refused, runAction, type ActionResult } from "./result";

/**
 * The server-action door: every export of lib/actions/*-actions.ts is `serverAction(command)`.
 * Once for all: unexpected errors logged and made generic (runAction), the session, strict
 * parsing, the DAL command, its refusals mapped to the form contract (./result), and the
 * command's invalidation after a success. Not a "use server" file: it builds actions, it is none.
 */
export type ServerAction<R> = (input: unknown) => Promise<ActionResult<R>>;

/** Work only this door does after a success (e.g. re-issue the caller's session cookie); its return value is the action's data. */
export type AfterSuccess<T, R> = (value: T) => Promise<R>;

const commands = new WeakMap<ServerAction<unknown>, AnyCommand>();

export function serverAction<S extends z.ZodType, T>(command: CommandDefinition<S, T>): ServerAction<T>;
export function serverAction<S extends z.ZodType, T, R>(
  command: CommandDefinition<S, T>,
  afterSuccess: AfterSuccess<T, R>,
): ServerAction<R>;
export function serverAction<S extends z.ZodType, T>(
  command: CommandDefinition<S, T>,
  afterSuccess?: AfterSuccess<T, unknown>,
): ServerAction<unknown> {
  const action = async (input: unknown): Promise<ActionResult<unknown>> =>
    runAction(command.name, async () => {
      // requireUserForAction throws while the required-2FA gate holds the user back (runAction answers).
      const user = command.duringTwoFactorEnrolment ? await getSessionUser() : await requireUserForAction();
      if (!user) return notSignedIn();
      const parsed = parseStrict(command.schema, command.noInput ? (input ?? {}) : input);
      if (!parsed.success) return invalidInput(parsed.error);
      const decision = await command.run(user, parsed.data);
      if (!decision.ok) return refused(decision.reasons);
      // Invalidate first: the command has committed, whatever the door's own work does next.
      invalidate(invalidationTargets(command, decision.value));
      return ok(afterSuccess ? await afterSuccess(decision.value) : decision.value);
    });
  commands.set(action, command);
  return action;
}

/** The command a server action was built from (tests hold every action to the registry with it). */
export function commandOf(action: unknown): AnyCommand | undefined {
  return typeof action === "function" ? commands.get(action as ServerAction<unknown>) : undefined;
}
