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

/**
 * For the REST door under test: DAL reads see the token's user (lib/auth/api-actor), as in the
 * app, where getSessionUser/requireUser answer with it while the door runs a call.
 */
export async function apiSessionMock() {
  const { currentApiActor } = await import("@/lib/auth/api-actor");
  const user = async (): Promise<SessionUser | null> => currentApiActor() ?? current.getStore() ?? null;
  return {
    requireUserForAction: user,
    getSessionUser: user,
    requireUser: async () => {
      const u = await user();
      if (!u) throw new Error("not signed in");
      return u;
    },
  };
}
