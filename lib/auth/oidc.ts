import type { OAuthConfig } from "next-auth/providers/oauth";

/** next-auth provider id of the optional OIDC provider ("/api/auth/callback/oidc"). */
export const OIDC_PROVIDER_ID = "oidc";

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  /** Accept the email claim without `email_verified: true` (Entra ID does not send that claim). */
  trustUnverifiedEmail: boolean;
};

/** Claims we read from the ID token / userinfo; issuers add many more. */
export type OidcProfile = {
  sub: string;
  email?: string;
  email_verified?: boolean | string;
  name?: string;
  preferred_username?: string;
};

type Env = Record<string, string | undefined>;

/** The provider is on only when issuer, client id and client secret are all set. */
export function oidcSettings(env: Env = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer: issuer.replace(/\/+$/, ""),
    clientId,
    clientSecret,
    name: env.OIDC_NAME?.trim() || "Single sign-on",
    trustUnverifiedEmail: env.OIDC_TRUST_UNVERIFIED_EMAIL === "true",
  };
}

/**
 * A generic OpenID Connect provider configured from the issuer's discovery document, so one
 * definition serves Keycloak, Okta, Entra ID and Google Workspace. PKCE and state protect the
 * redirect; the ID token is validated by openid-client against the issuer's keys.
 */
export function oidcProvider(settings: OidcSettings): OAuthConfig<OidcProfile> {
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.name,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile) {
      return {
        id: profile.sub,
        email: profile.email?.trim().toLowerCase() ?? null,
        name: profile.name ?? profile.preferred_username ?? profile.email ?? null,
      };
    },
  };
}

/** The email an OIDC profile vouches for, or why it cannot be used. Pure (unit-tested). */
export function verifiedEmailOf(
  profile: Partial<OidcProfile> | undefined,
  settings: Pick<OidcSettings, "trustUnverifiedEmail">,
): { ok: true; email: string } | { ok: false; reason: "no_email" | "not_verified" } {
  const email = typeof profile?.email === "string" ? profile.email.trim().toLowerCase() : "";
  if (!email) return { ok: false, reason: "no_email" };
  const verified = profile?.email_verified === true || profile?.email_verified === "true";
  if (!verified && !settings.trustUnverifiedEmail) return { ok: false, reason: "not_verified" };
  return { ok: true, email };
}
