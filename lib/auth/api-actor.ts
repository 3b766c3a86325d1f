import { AsyncLocalStorage } from "node:async_hooks";
import type { SessionUser } from "./session-user";

/**
 * The user an API token acts as, for the duration of one REST call (lib/api/door.ts). While it is
 * set, getSessionUser/requireUser answer with it instead of reading a session cookie, so the DAL's
 * reads keep their own permission checks for both doors. Only the API door sets it, after it has
 * checked the bearer token; nothing a client sends can set it.
 */
const actor = new AsyncLocalStorage<SessionUser>();

export function runAsApiActor<T>(user: SessionUser, fn: () => Promise<T>): Promise<T> {
  return actor.run(user, fn);
}

export function currentApiActor(): SessionUser | null {
  return actor.getStore() ?? null;
}
