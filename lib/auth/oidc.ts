import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TokenSet } from "openid-client";
import type { OidcMetadata } from "./oidc-discovery";

/** next-auth provider id of the optional OIDC provider ("/api/auth/callback/oidc"). */
export const OIDC_PROVIDER_ID = "oidc";

export type OidcSettings = {
  /** Exactly as configured (trimmed): the discovery document's `issuer` must equal it. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  /** Accept the email claim without `email_verified: true` (Entra ID does not send that claim). */
  trustUnverifiedEmail: boolean;
  /** Sign-out also ends the provider's session when it offers an end_session_endpoint. */
  endSession: boolean;
  /** Where the provider sends the browser after its sign-out (must be registered there); null: the app's /sign-in. */
  postLogoutRedirectUri: string | null;
};

/** Claims we read from the ID token and UserInfo; issuers add many more. */
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
    issuer,
    clientId,
    clientSecret,
    name: env.OIDC_NAME?.trim() || "Single sign-on",
    trustUnverifiedEmail: env.OIDC_TRUST_UNVERIFIED_EMAIL === "true",
    endSession: env.OIDC_END_SESSION !== "false",
    postLogoutRedirectUri: env.OIDC_POST_LOGOUT_REDIRECT_URI?.trim() || null,
  };
}

/** The discovery document's address (OIDC Discovery §4): issuer without trailing slash + well-known path. */
export function discoveryUrl(settings: Pick<OidcSettings, "issuer">): string {
  return `${settings.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
}

/**
 * The ID token's claims merged with the UserInfo response. In the code flow an OpenID Certified
 * provider on its defaults puts the scope claims (email, email_verified, name) only in UserInfo
 * (OIDC Core §5.4), so the ID token alone often has no e-mail. UserInfo's `sub` must be the ID
 * token's (§5.3.4; openid-client checks it too), and the ID token's protocol claims win.
 */
export function mergeUserinfo(
  idClaims: Record<string, unknown>,
  userinfo: Record<string, unknown> | null,
): Record<string, unknown> {
  if (!userinfo) return idClaims;
  if (userinfo.sub !== idClaims.sub) throw new Error("UserInfo sub does not match the ID token's sub");
  const protocol = ["iss", "aud", "exp", "iat", "nonce", "azp", "auth_time", "acr", "amr", "sid"];
  const merged: Record<string, unknown> = { ...idClaims, ...userinfo };
  for (const claim of protocol) if (claim in idClaims) merged[claim] = idClaims[claim];
  return merged;
}

function profile(p: OidcProfile) {
  return {
    id: p.sub,
    email: typeof p.email === "string" ? p.email.trim().toLowerCase() : null,
    name: p.name ?? p.preferred_username ?? p.email ?? null,
  };
}

/**
 * A generic OpenID Connect provider, so one definition serves Keycloak, Okta, Entra ID and Google
 * Workspace. Built from discovery metadata whose `issuer` was already checked against OIDC_ISSUER
 * (lib/auth/oidc-discovery.ts): no `wellKnown` here, because next-auth would follow that document
 * unchecked on every request. PKCE and state protect the redirect; openid-client validates the ID
 * token against these keys and this issuer before any claim is read.
 *
 * Without metadata (every request that does not sign in through SSO) the entry only lists the
 * provider: it has no endpoints, and the auth route never hands it to a sign-in or callback.
 */
export function oidcProvider(settings: OidcSettings, metadata: OidcMetadata | null = null): OAuthConfig<OidcProfile> {
  const base = {
    id: OIDC_PROVIDER_ID,
    name: settings.name,
    type: "oauth" as const,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    idToken: true,
    checks: ["pkce", "state"] as ("pkce" | "state")[],
    profile,
  };
  if (!metadata) return { ...base, authorization: { params: { scope: "openid email profile" } } };
  return {
    ...base,
    issuer: metadata.issuer,
    authorization: { url: metadata.authorization_endpoint, params: { scope: "openid email profile" } },
    token: { url: metadata.token_endpoint },
    jwks_endpoint: metadata.jwks_uri,
    userinfo: {
      url: metadata.userinfo_endpoint,
      // Called by next-auth after the token exchange, with the validated token set.
      async request({ tokens, client }) {
        // next-auth passes openid-client's TokenSet (validated ID token); its types say only "parameters".
        const tokenSet = tokens as unknown as TokenSet;
        const idClaims = tokenSet.claims() as Record<string, unknown>;
        const info = metadata.userinfo_endpoint ? ((await client.userinfo(tokenSet)) as Record<string, unknown>) : null;
        return mergeUserinfo(idClaims, info) as OidcProfile;
      },
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

/**
 * RP-initiated logout (OIDC RP-Initiated Logout 1.0 §2): the provider's end_session_endpoint with
 * the ID token as hint and where to come back. Null when the provider offers none or it is off.
 */
export function endSessionUrl(
  settings: Pick<OidcSettings, "clientId" | "endSession">,
  metadata: Pick<OidcMetadata, "end_session_endpoint">,
  idToken: string | undefined,
  postLogoutRedirectUri: string,
): string | null {
  if (!settings.endSession || !metadata.end_session_endpoint || !idToken) return null;
  const url = new URL(metadata.end_session_endpoint);
  url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("post_logout_redirect_uri", postLogoutRedirectUri);
  url.searchParams.set("client_id", settings.clientId);
  return url.toString();
}
