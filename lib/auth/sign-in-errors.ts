/**
 * Error codes that travel from the server to the sign-in page (next-auth puts them into the
 * `error` query parameter or the signIn() result), and the only messages users ever see.
 * Pure and client-safe.
 */
export const SIGN_IN_ERROR = {
  /** Thrown by authorize() when the account or the address is over its limit. */
  throttled: "TooManyAttempts",
  /** Thrown by authorize() after the correct password of a deactivated account. */
  deactivated: "AccountDeactivated",
  /** Thrown by authorize() when something unexpected failed (logged on the server). */
  unavailable: "SignInUnavailable",
  /** Password correct, two-factor on, no code sent: the page shows the code field. */
  twoFactorRequired: "TwoFactorRequired",
  /** Password correct, the code wrong or already used. */
  twoFactorInvalid: "TwoFactorInvalid",
  oidcNoAccount: "NoAccount",
  oidcEmailNotVerified: "EmailNotVerified",
  /** The provider released no e-mail claim (neither in the ID token nor from UserInfo). */
  oidcNoEmail: "NoEmail",
  /** The provider's discovery document could not be read (provider down, network). */
  oidcUnavailable: "SsoUnavailable",
  /** The discovery document names another issuer than OIDC_ISSUER, or lacks endpoints. */
  oidcMisconfigured: "SsoMisconfigured",
} as const;

export const INCORRECT_CREDENTIALS_MESSAGE = "Email or password is incorrect.";
export const TWO_FACTOR_REQUIRED_MESSAGE = "Enter the 6-digit code from your authenticator app or a recovery code.";
export const THROTTLED_MESSAGE = "Too many sign-in attempts. Wait 15 minutes and try again.";
export const DEACTIVATED_MESSAGE = "This account is deactivated. Ask an admin to reactivate it.";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: INCORRECT_CREDENTIALS_MESSAGE,
  [SIGN_IN_ERROR.throttled]: THROTTLED_MESSAGE,
  [SIGN_IN_ERROR.deactivated]: DEACTIVATED_MESSAGE,
  [SIGN_IN_ERROR.twoFactorRequired]: TWO_FACTOR_REQUIRED_MESSAGE,
  [SIGN_IN_ERROR.twoFactorInvalid]: `That code is not right or was already used. ${TWO_FACTOR_REQUIRED_MESSAGE}`,
  [SIGN_IN_ERROR.unavailable]: "Sign-in is not available right now. Try again in a minute.",
  [SIGN_IN_ERROR.oidcNoAccount]:
    "There is no active MLTRL account for the email address your organisation's sign-in returned. Ask an admin to create one, then try again.",
  [SIGN_IN_ERROR.oidcEmailNotVerified]:
    "Your organisation's sign-in did not confirm your email address, so it cannot be matched to an MLTRL account. Ask an admin.",
  [SIGN_IN_ERROR.oidcNoEmail]:
    "Your identity provider did not share an e-mail address; ask its administrator to release the email scope.",
  [SIGN_IN_ERROR.oidcUnavailable]:
    "Your organisation's sign-in cannot be reached right now. Try again in a few minutes, or sign in with your email and password.",
  [SIGN_IN_ERROR.oidcMisconfigured]:
    "Single sign-on is not configured correctly: the identity provider does not match the configured issuer. Tell an admin.",
  SessionRequired: "Sign in to continue.",
  Configuration: "Sign-in is not configured correctly. Tell an admin.",
};

const SSO_FAILED = "Single sign-on did not complete. Try again, or sign in with your email and password.";

/** Errors after which the sign-in form shows the one-time code field. */
export function asksForSecondFactor(code: string | null | undefined): boolean {
  return code === SIGN_IN_ERROR.twoFactorRequired || code === SIGN_IN_ERROR.twoFactorInvalid;
}

/** The message for an error code; unknown codes (OAuthCallback, Callback, …) get a generic one. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return (
    MESSAGES[code] ??
    (code.startsWith("OAuth") || code === "Callback" || code === "AccessDenied"
      ? SSO_FAILED
      : INCORRECT_CREDENTIALS_MESSAGE)
  );
}
