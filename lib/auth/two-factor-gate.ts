/**
 * The required-2FA gate's shared pieces (client-safe): where a user who must enrol is sent, and
 * the error every other server action fails with until they have (lib/actions/result.ts maps it).
 */
export const TWO_FACTOR_SETUP_PATH = "/account";

export const TWO_FACTOR_ENROLMENT_REQUIRED_MESSAGE =
  "Your organisation requires two-factor authentication for admins and managers. Set it up on your account page before doing anything else.";

export class TwoFactorEnrolmentRequiredError extends Error {
  constructor() {
    super(TWO_FACTOR_ENROLMENT_REQUIRED_MESSAGE);
    this.name = "TwoFactorEnrolmentRequiredError";
  }
}

/** Pages a user who must enrol may still open: the account page (where enrolment happens). */
export function allowedWhileEnrolmentRequired(pathname: string | null): boolean {
  return pathname === TWO_FACTOR_SETUP_PATH || (pathname?.startsWith(`${TWO_FACTOR_SETUP_PATH}/`) ?? false);
}
