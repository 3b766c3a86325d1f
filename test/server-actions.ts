import { readdirSync } from "node:fs";
import path from "node:path";
import type { AnyCommand } from "@/lib/commands/define-command";

export type Action = (
  input: unknown,
) => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string> }>;

/**
 * The command registry and, by command name, the server action built from each command (every
 * export of lib/actions/*-actions.ts). Call it after openAppDatabase: lib/dal reads DATABASE_URL
 * on first import.
 */
export async function loadCommandsAndActions(): Promise<{
  commands: Record<string, AnyCommand>;
  actions: Record<string, Action>;
}> {
  const { COMMANDS_BY_NAME } = await import("@/lib/commands/registry");
  const { commandOf } = await import("@/lib/actions/server-action");
  const dir = path.resolve(import.meta.dirname, "../lib/actions");
  const actions: Record<string, Action> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith("-actions.ts"))) {
    const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      const command = commandOf(value);
      if (command) actions[command.name] = value as Action;
    }
  }
  return { commands: { ...COMMANDS_BY_NAME }, actions };
}
