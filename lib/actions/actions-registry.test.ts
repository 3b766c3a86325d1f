import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, it, vi } from "vitest";

/**
 * The server-action door holds to the command registry: every export of lib/actions/*-actions.ts is
 * `serverAction(command)` of a registered command and is named `${command.name}Action`, and every
 * registered command has exactly one server action. Nothing runs; the modules are only loaded.
 */
vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/auth", () => ({ requireUserForAction: vi.fn(), getSessionUser: vi.fn() }));

const { COMMANDS } = await import("@/lib/commands/registry");
const { commandOf } = await import("./server-action");

const exported: [file: string, name: string, value: unknown][] = [];
for (const file of readdirSync(import.meta.dirname).filter((f) => f.endsWith("-actions.ts"))) {
  const mod = (await import(path.join(import.meta.dirname, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) exported.push([file, name, value]);
}

it("exports from lib/actions/*-actions.ts only server actions of registered commands, named after them", () => {
  const wrong = exported
    .filter(([, name, value]) => {
      const command = commandOf(value);
      return !command || !COMMANDS.includes(command) || name !== `${command.name}Action`;
    })
    .map(([file, name]) => `${file}: ${name}`);
  expect(wrong).toEqual([]);
});

it("has exactly one server action for every registered command", () => {
  const actionsPer = new Map(COMMANDS.map((command) => [command.name, 0]));
  for (const [, , value] of exported) {
    const name = commandOf(value)?.name;
    if (name) actionsPer.set(name, (actionsPer.get(name) ?? 0) + 1);
  }
  expect([...actionsPer].filter(([, count]) => count !== 1)).toEqual([]);
});

it("registers each command name once", () => {
  const names = COMMANDS.map((command) => command.name);
  expect(names.length).toBeGreaterThanOrEqual(40);
  expect(new Set(names).size).toBe(names.length);
});
