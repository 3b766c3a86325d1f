import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { run } from "../main";
import type { Env } from "../config";

export type CliRun = { code: number; stdout: string; stderr: string };

/** A temporary working folder and config home, so tests never read or write the user's own. */
export async function sandbox(): Promise<{ cwd: string; env: Env }> {
  const root = await mkdtemp(path.join(os.tmpdir(), "mltrl-cli-"));
  return { cwd: root, env: { XDG_CONFIG_HOME: path.join(root, "config"), HOME: root } };
}

/** Runs the client in-process with captured output, as `mltrl <args>` would in `cwd`. */
export async function runCli(args: string[], options: { cwd: string; env: Env; stdin?: string }): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    env: options.env,
    cwd: options.cwd,
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
    readStdin: async () => options.stdin ?? "",
    fetch: globalThis.fetch,
  });
  return { code, stdout, stderr };
}
