import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Decision } from "@/lib/domain/decision";
import type { InvalidationTarget } from "./invalidation";

/**
 * One state change, declared once as data; every door (the server actions in lib/actions, a REST
 * API next) is derived from it and writes no session check, parsing or invalidation of its own.
 * Who may do what is not here: the DAL command decides that inside its transaction.
 */
type Declared<S extends z.ZodType, T> = {
  /** Stable and unique ("castVote"); the server action is `${name}Action`, logs carry it. */
  readonly name: string;
  /** Parsed strictly (lib/schemas/common parseStrict): an unknown key is refused under its name. */
  readonly schema: S;
  /** The DAL command: permission, rules, write and audit in one transaction. */
  readonly run: (user: SessionUser, input: z.output<S>) => Promise<Decision<T>>;
  /** What a success makes stale: a list, or a function of the command's result. */
  readonly invalidates: readonly InvalidationTarget[] | ((value: T) => readonly InvalidationTarget[]);
  /**
   * The audit actions a success may write (the DAL's writeAudit calls): one per success, except a
   * re-sent vote that changes nothing (none) and a disable with a recovery code (its use is audited too).
   */
  readonly audit: readonly [string, ...string[]];
  /** A button without input: null or undefined is read as {}. */
  readonly noInput?: true;
  /** Open to a user the required-2FA gate holds back: only the enrolment itself. */
  readonly duringTwoFactorEnrolment?: true;
  /**
   * Changes how the caller signs in (password, second factor), so it needs the caller's own
   * interactive session; a door that acts for API tokens must not offer it.
   */
  readonly sessionOnly?: true;
};

/**
 * The stored shape. `run` and `invalidates` are method signatures, which TypeScript checks
 * bivariantly, so every definition fits in the registry's list of `AnyCommand`; defineCommand still
 * checks each one strictly against its own schema and result.
 */
export type CommandDefinition<S extends z.ZodType = z.ZodType, T = unknown> = Omit<
  Declared<S, T>,
  "run" | "invalidates"
> & {
  run(user: SessionUser, input: z.output<S>): Promise<Decision<T>>;
  readonly invalidates: readonly InvalidationTarget[] | { after(value: T): readonly InvalidationTarget[] }["after"];
};

export type AnyCommand = CommandDefinition<z.ZodType, unknown>;

export function defineCommand<S extends z.ZodType, T>(definition: Declared<S, T>): CommandDefinition<S, T> {
  return definition;
}

/** The targets a successful run with this result makes stale, each once. */
export function invalidationTargets<T>(command: CommandDefinition<z.ZodType, T>, value: T): InvalidationTarget[] {
  const targets = typeof command.invalidates === "function" ? command.invalidates(value) : command.invalidates;
  return [...new Set(targets)];
}
