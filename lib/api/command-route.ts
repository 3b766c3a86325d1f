import { z } from "zod";
import { invalidate } from "@/lib/actions/invalidate";
import { invalidationTargets, type CommandDefinition } from "@/lib/commands/define-command";
import { auditApiTokenUse } from "@/lib/dal/api-tokens/authenticate";
import { getVoteResets } from "@/lib/dal/reviews/vote-resets";
import type { Decision, Reason } from "@/lib/domain/decision";
import { parseStrict } from "@/lib/schemas/common";
import type { ApiAnswer, ApiContext, ApiRoute } from "./define-route";
import { invalidInputProblem, refusalProblem, VOTE_RESETS_UNCONFIRMED } from "./problem";

/**
 * An endpoint that runs a command, as the server-action door does: the command's own schema
 * (strict: unknown keys refused per field), its DAL function (permit, rules, audit), its refusal
 * reasons as a problem, its invalidation. The body is the command's input without what the path
 * gives (`fromPath`, which wins over the body). A token's write is audited once more as
 * `api_token.use` (docs/security.md). A sessionOnly command cannot be built into a route.
 */
type CommandRouteSpec<S extends z.ZodType, T> = Omit<ApiRoute, "handle" | "body" | "command"> & {
  command: CommandDefinition<S, T>;
  /** Input keys the path gives (e.g. projectId from {slug}); left out of the documented body. */
  fromPath?: (ctx: ApiContext) => Record<string, unknown>;
  /** The documented body; default: the command's schema without the path keys. */
  body?: z.ZodType;
  /** Builds the input from the body (default: the body's keys plus fromPath). */
  input?: (ctx: ApiContext, body: unknown) => unknown;
  present?: (value: T, ctx: ApiContext) => ApiAnswer | Promise<ApiAnswer>;
};

const asObject = (body: unknown): Record<string, unknown> =>
  body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : {};

export function documentedBody(schema: z.ZodType, pathKeys: readonly string[]): z.ZodType {
  if (!(schema instanceof z.ZodObject)) return schema;
  const shape = Object.fromEntries(Object.entries(schema.shape).filter(([k]) => !pathKeys.includes(k)));
  return z.object(shape).strict();
}

/**
 * Parses strictly, runs the command as the token's user and, on success, applies its invalidation
 * and audits the token's use. Invalid input is answered here; a refusal is returned to the caller.
 */
export async function runCommand<S extends z.ZodType, T>(
  ctx: ApiContext,
  command: CommandDefinition<S, T>,
  input: unknown,
  /** The command's DAL function with what only this door knows (e.g. the token that reported evidence). */
  run: (user: ApiContext["user"], data: z.output<S>) => Promise<Decision<T>> = (user, data) => command.run(user, data),
): Promise<Response | Decision<T>> {
  const parsed = parseStrict(command.schema, input);
  if (!parsed.success) return invalidInputProblem(parsed.error);
  const decision = await run(ctx.user, parsed.data);
  if (!decision.ok) return decision;
  invalidate(invalidationTargets(command, decision.value));
  await auditApiTokenUse(ctx.token, ctx.user, {
    command: command.name,
    method: ctx.req.method,
    path: new URL(ctx.req.url).pathname,
  });
  return decision;
}

/**
 * A command's refusal as a problem. A card or requirements write refused because it would reset
 * votes the caller did not confirm (lib/domain/vote-resets.ts) is a 409 that also lists, under
 * `voteResets`, who would vote again now, so a client can ask and resend `acknowledgedVoteResets`.
 */
export async function commandRefusal(ctx: ApiContext, reasons: readonly Reason[]): Promise<Response> {
  if (!ctx.project || !reasons.some((r) => r.code === VOTE_RESETS_UNCONFIRMED)) return refusalProblem(reasons);
  const resets = await getVoteResets(ctx.project.id);
  return refusalProblem(reasons, { voteResets: resets.map((r) => r.voterName) });
}

export function commandRoute<S extends z.ZodType, T>(spec: CommandRouteSpec<S, T>, pathKeys: string[] = []): ApiRoute {
  const { command } = spec;
  if (command.sessionOnly) throw new Error(`${command.name} is session-only: the API cannot offer it.`);
  return {
    ...spec,
    command: command as unknown as ApiRoute["command"],
    body: spec.body ?? documentedBody(command.schema, pathKeys),
    async handle(ctx, body) {
      const input = spec.input
        ? spec.input(ctx, body)
        : Array.isArray(body) || (body !== null && typeof body !== "object")
          ? body
          : { ...asObject(body), ...(spec.fromPath?.(ctx) ?? {}) };
      const ran = await runCommand(ctx, command, input);
      if (ran instanceof Response) return ran;
      if (!ran.ok) return commandRefusal(ctx, ran.reasons);
      const decision = ran;
      return spec.present ? spec.present(decision.value, ctx) : { body: decision.value, status: spec.status };
    },
  };
}
