import { AsyncLocalStorage } from "node:async_hooks";
import type { SessionUser } from "@/lib/auth/session-user";

/**
 * The signed-in user for server actions under test. Tests replace lib/auth with
 * `vi.mock("@/lib/auth", () => actionSessionMock())`, then run each call inside `asUser(user, …)`;
 * concurrent calls each keep their own user (AsyncLocalStorage), as separate requests would.
 */
const current = new AsyncLocalStorage<SessionUser | null>();

export function asUser<T>(user: SessionUser | null, fn: () => Promise<T>): Promise<T> {
  return current.run(user, fn);
}

export function actionSessionMock() {
  return {
    requireUserForAction: async (): Promise<SessionUser | null> => current.getStore() ?? null,
    getSessionUser: async (): Promise<SessionUser | null> => current.getStore() ?? null,
  };
}
