import { discoveryUrl, type OidcSettings } from "./oidc";

/** The parts of an OpenID Provider's discovery document the app uses (OIDC Discovery §3). */
export type OidcMetadata = {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  userinfo_endpoint?: string;
  end_session_endpoint?: string;
};

export type DiscoveryResult =
  | { ok: true; metadata: OidcMetadata }
  | { ok: false; reason: "unreachable" | "invalid" | "issuer_mismatch"; detail: string };

const TIMEOUT_MS = 5_000;

function url(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const u = new URL(value);
    return u.protocol === "https:" || u.protocol === "http:" ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches the issuer's discovery document and accepts it only if its `issuer` is exactly
 * OIDC_ISSUER (OIDC Discovery §4.3). Otherwise a document naming another issuer (a typo'd tenant,
 * a hijacked path, a proxy) would choose where users sign in and whose tokens are accepted.
 * Not cached: next-auth's own discovery also ran once per SSO sign-in and callback, and a fresh
 * read follows the provider's key and endpoint changes.
 */
export async function discoverOidc(
  settings: Pick<OidcSettings, "issuer">,
  fetchImpl: typeof fetch = fetch,
): Promise<DiscoveryResult> {
  const address = discoveryUrl(settings);
  let body: unknown;
  try {
    const response = await fetchImpl(address, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "error",
    });
    if (!response.ok)
      return { ok: false, reason: "unreachable", detail: `${address} answered HTTP ${response.status}` };
    body = await response.json();
  } catch (error) {
    return {
      ok: false,
      reason: "unreachable",
      detail: `${address}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const doc = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  if (doc.issuer !== settings.issuer) {
    return {
      ok: false,
      reason: "issuer_mismatch",
      detail: `${address} names issuer ${JSON.stringify(doc.issuer)}, but OIDC_ISSUER is ${JSON.stringify(settings.issuer)}`,
    };
  }
  const metadata = {
    issuer: settings.issuer,
    authorization_endpoint: url(doc.authorization_endpoint),
    token_endpoint: url(doc.token_endpoint),
    jwks_uri: url(doc.jwks_uri),
    userinfo_endpoint: url(doc.userinfo_endpoint),
    end_session_endpoint: url(doc.end_session_endpoint),
  };
  if (!metadata.authorization_endpoint || !metadata.token_endpoint || !metadata.jwks_uri) {
    return { ok: false, reason: "invalid", detail: `${address} lacks an authorization, token or jwks_uri endpoint` };
  }
  return { ok: true, metadata: metadata as OidcMetadata };
}
