import "server-only";
import { findUserForPasswordSignIn, type UserAuthState } from "@/lib/dal/users";
import { loginThrottle } from "@/lib/dal/login-throttle";
import { verifyDummyPassword, verifyPassword } from "@/lib/password";
import { loginThrottleKeys, normalizeEmail } from "./throttle-keys";

export type PasswordSignIn = { ok: true; user: UserAuthState } | { ok: false; error: "invalid" | "throttled" };

/**
 * Email + password sign-in. Unknown, password-less and deactivated accounts all fail exactly like
 * a wrong password (same message, same argon2 work, same throttle), so the response never tells
 * whether an account exists.
 */
export async function authenticateWithPassword(input: { email: string; password: string; ip: string | null }): Promise<PasswordSignIn> {
  const email = normalizeEmail(input.email);
  const keys = loginThrottleKeys({ email, ip: input.ip });
  const throttle = loginThrottle();
  const verdict = await throttle.consumeAttempt(keys);
  if (!verdict.allowed) return { ok: false, error: "throttled" };

  const user = await findUserForPasswordSignIn(email);
  const passwordOk = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyDummyPassword(input.password);
  if (!user || !passwordOk || !user.active) return { ok: false, error: "invalid" };

  await throttle.recordSuccess(keys);
  const { passwordHash: _omit, ...state } = user;
  return { ok: true, user: state };
}
