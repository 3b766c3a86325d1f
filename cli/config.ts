import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { CliError, usageError } from "./errors";
import { EXIT } from "./exit-codes";

/** What `mltrl login` stores: one server and its token. */
export type Credentials = { server: string; token: string };

const storedSchema = z.object({ server: z.string().min(1), token: z.string().min(1) });

export type Env = Record<string, string | undefined>;

/** `$XDG_CONFIG_HOME/mltrl/config.json`, falling back to `~/.config` as the XDG spec says. */
export function configPath(env: Env): string {
  const base = env.XDG_CONFIG_HOME || path.join(env.HOME || env.USERPROFILE || ".", ".config");
  return path.join(base, "mltrl", "config.json");
}

/** A server URL without its trailing slash, so `https://x/` and `https://x` are one server. */
export function normaliseServer(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw usageError(`Not a URL: ${raw}`, ["Give the server's address, e.g. https://mltrl.example.com"]);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw usageError(`The server must be an http(s) URL: ${raw}`);
  }
  return url.toString().replace(/\/+$/, "");
}

export async function readStoredCredentials(env: Env): Promise<Credentials | null> {
  let text: string;
  try {
    text = await readFile(configPath(env), "utf8");
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) throw usageError(`${configPath(env)} is damaged.`, ["Run `mltrl login <server>` again."]);
  return parsed.data;
}

/**
 * The token is a secret: the file is created 0600 inside a 0700 folder, and re-chmodded when it
 * already existed with looser bits (writeFile's mode only applies to a new file).
 */
export async function storeCredentials(env: Env, credentials: Credentials): Promise<string> {
  const file = configPath(env);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return file;
}

/**
 * MLTRL_URL and MLTRL_TOKEN win over the stored file, each on its own, so a CI job needs no
 * `login` and a developer can point one command at another server.
 */
export async function resolveCredentials(env: Env): Promise<Credentials> {
  const stored = await readStoredCredentials(env);
  const server = env.MLTRL_URL || stored?.server;
  const token = env.MLTRL_TOKEN || stored?.token;
  if (!server || !token) {
    throw new CliError("Not logged in.", EXIT.auth, ["Run `mltrl login <server>` or set MLTRL_URL and MLTRL_TOKEN."]);
  }
  return { server: normaliseServer(server), token };
}
