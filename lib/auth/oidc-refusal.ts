import { verifiedEmailOf, type OidcProfile, type OidcSettings } from "./oidc";
import { SIGN_IN_ERROR } from "./sign-in-errors";

/**
 * Why an SSO profile cannot be matched to an account before any lookup, with a server log line
 * (the `sub`, never the e-mail) so an operator sees what the provider released. Null: usable.
 */
export function oidcRefusal(
  profile: Partial<OidcProfile> | undefined,
  settings: Pick<OidcSettings, "trustUnverifiedEmail">,
): string | null {
  const verified = verifiedEmailOf(profile, settings);
  if (verified.ok) return null;
  const sub = JSON.stringify(profile?.sub);
  if (verified.reason === "no_email") {
    console.warn(
      `[auth] SSO sign-in refused: the identity provider released no e-mail claim for sub ${sub} (neither in the ID token nor from UserInfo); release the email scope to this client`,
    );
    return SIGN_IN_ERROR.oidcNoEmail;
  }
  console.warn(
    `[auth] SSO sign-in refused: the identity provider did not mark the e-mail of sub ${sub} as verified (email_verified)`,
  );
  return SIGN_IN_ERROR.oidcEmailNotVerified;
}
