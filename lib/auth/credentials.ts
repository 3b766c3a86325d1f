import "server-only";
import { verifyDummyPassword, verifyPassword } from "@/lib/password";
import { recordAuthEvent } from "./auth-event-log";
import { loginThrottle } from "./login-throttle";
import { loginThrottleKeys, normalizeEmail } from "./throttle-keys";
import { findUserForPasswordSignIn, type UserAuthState } from "./user-store";

export type PasswordSignIn =
  { ok: true; user: UserAuthState } | { ok: false; error: "invalid" | "throttled" | "deactivated" };

/**
 * Email + password sign-in. Unknown, password-less accounts and wrong passwords all fail alike
 * (same message, same argon2 work, same throttle), so the response never tells whether an account
 * exists. A deactivated account is named as such only after its correct password, and that attempt
 * is not counted as a failure. Every outcome goes to the sign-in log (./auth-event-log).
 */
export async function authenticateWithPassword(input: {
  email: string;
  password: string;
  ip: string | null;
}): Promise<PasswordSignIn> {
  const email = normalizeEmail(input.email);
  const keys = loginThrottleKeys({ email, ip: input.ip });
  const throttle = loginThrottle();
  const verdict = await throttle.consumeAttempt(keys);
  const user = await findUserForPasswordSignIn(email);
  if (!verdict.allowed) {
    await recordAuthEvent({
      action: "auth.sign_in_throttled",
      userId: user?.id ?? null,
      ip: input.ip,
      detail: { retryAfterSeconds: verdict.retryAfterSeconds },
    });
    return { ok: false, error: "throttled" };
  }

  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyDummyPassword(input.password);
  if (!user || !passwordOk) {
    await recordAuthEvent({
      action: "auth.sign_in_failed",
      userId: user?.id ?? null,
      ip: input.ip,
      detail: { method: "password", delayedMs: verdict.delayedMs },
    });
    return { ok: false, error: "invalid" };
  }

  await throttle.recordSuccess(keys);
  if (!user.active) {
    await recordAuthEvent({
      action: "auth.sign_in_deactivated",
      userId: user.id,
      ip: input.ip,
      detail: { method: "password" },
    });
    return { ok: false, error: "deactivated" };
  }
  const { passwordHash: _omit, ...state } = user;
  return { ok: true, user: state };
}
