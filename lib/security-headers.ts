/**
 * The Content-Security-Policy of every page, built per request by the proxy (proxy.ts) with a
 * fresh nonce. Pure: the nonce and the mode are passed in.
 *
 * Scripts: only those carrying this request's nonce run ('nonce-…'), and the scripts they load
 * ('strict-dynamic': Next's chunks are added at run time by its nonce'd bootstrap). No
 * 'unsafe-inline' for scripts, ever. `next dev` needs 'unsafe-eval' (React's dev build evaluates
 * code for its debugging stacks) and a WebSocket for hot reload: both only in development.
 *
 * Styles: <style>/<link> elements need 'self' or the nonce (style-src-elem), but style
 * *attributes* stay allowed (style-src-attr 'unsafe-inline'): React renders `style={…}` props
 * into the server HTML as attributes, and recharts and the level bars depend on them. A browser
 * without the -elem/-attr directives falls back to style-src, which therefore keeps
 * 'unsafe-inline' and no nonce (a nonce there would switch 'unsafe-inline' off). Injected styles
 * can restyle a page but run no code; scripts are what the nonce guards.
 *
 * Next reads the nonce back from the Content-Security-Policy *request* header the proxy sets and
 * puts it on its own <script> tags; that only happens when a page renders per request, which
 * every page here does already (the root layout reads the session).
 */

export const CSP_HEADER = "Content-Security-Policy";

export type CspOptions = {
  nonce: string;
  /** `next dev`: allow eval and the hot-reload WebSocket. */
  dev: boolean;
  /** Served over HTTPS: ask the browser to upgrade any http:// sub-resource. */
  https: boolean;
};

const NONCE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

export function contentSecurityPolicy({ nonce, dev, https }: CspOptions): string {
  // The nonce ends up inside a header: never anything but base64.
  if (!NONCE.test(nonce)) throw new Error("A CSP nonce must be at least 16 base64 characters.");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    // Dev: Next's hot reload inserts <style> elements without a nonce.
    ["style-src-elem", "'self'", ...(dev ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...(dev ? ["ws:", "wss:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? ([["upgrade-insecure-requests"]] as [string][]) : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The proxy's hook: a nonce'd CSP for this request. `requestHeaders` (forwarded to the render)
 * gets the policy so Next can read the nonce; the caller sets the returned header on its
 * response. HTTPS is the URL's scheme or, behind a TLS-terminating proxy, X-Forwarded-Proto.
 */
export function applyContentSecurityPolicy(
  requestHeaders: Headers,
  url: URL,
  dev = process.env.NODE_ENV === "development",
): [name: string, value: string] {
  const https = url.protocol === "https:" || requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  const value = contentSecurityPolicy({ nonce: newNonce(), dev, https });
  requestHeaders.set(CSP_HEADER, value);
  return [CSP_HEADER, value];
}
