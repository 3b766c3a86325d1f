import "server-only";
import { isTwoFactorEnabled, verifySecondFactor } from "./second-factor";
import { SIGN_IN_ERROR } from "./sign-in-errors";

/**
 * The second step of password sign-in, after the password was found correct: null when the user
 * may sign in, otherwise the error code for the sign-in page. No code → "TwoFactorRequired" (the
 * page then shows the code field); a wrong or reused code → "TwoFactorInvalid"; too many wrong
 * codes for this user → the throttled code. A correct password never resets this throttle.
 */
export async function secondFactorSignInError(input: {
  userId: string;
  code: string | undefined;
  now: Date;
}): Promise<string | null> {
  if (!(await isTwoFactorEnabled(input.userId))) return null;
  if (!input.code) return SIGN_IN_ERROR.twoFactorRequired;
  const result = await verifySecondFactor({
    userId: input.userId,
    code: input.code,
    now: input.now,
    allowRecoveryCode: true,
  });
  if (result.ok) return null;
  return result.error === "throttled" ? SIGN_IN_ERROR.throttled : SIGN_IN_ERROR.twoFactorInvalid;
}
