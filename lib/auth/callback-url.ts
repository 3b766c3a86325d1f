/** Request header set by proxy.ts with the path being rendered, for requireUser's callbackUrl. */
export const PATHNAME_HEADER = "x-mltrl-pathname";

/** Where to go after signing in when no (valid) callbackUrl is given. */
export const DEFAULT_AFTER_SIGN_IN = "/projects";

/**
 * Only same-site paths are followed after sign-in: "/projects?x=1" yes; "https://evil.example",
 * "//evil.example" and "/\evil.example" (browsers read both as another host) no. An absolute URL
 * on our own origin is reduced to its path. Pure and client-safe.
 */
export function safeCallbackUrl(raw: string | string[] | null | undefined, origin?: string): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return DEFAULT_AFTER_SIGN_IN;
  let path = value;
  if (origin && value.startsWith(origin + "/")) path = value.slice(origin.length);
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return DEFAULT_AFTER_SIGN_IN;
  if (/[\u0000-\u001f]/.test(path)) return DEFAULT_AFTER_SIGN_IN;
  // Never bounce back to the sign-in page itself or into next-auth's endpoints.
  if (path === "/sign-in" || path.startsWith("/sign-in?") || path.startsWith("/api/auth")) return DEFAULT_AFTER_SIGN_IN;
  return path;
}

/** "/sign-in?callbackUrl=…" for a page the visitor wanted to see. */
export function signInPath(callbackPath?: string | null): string {
  const target = safeCallbackUrl(callbackPath);
  return target === DEFAULT_AFTER_SIGN_IN && !callbackPath
    ? "/sign-in"
    : `/sign-in?callbackUrl=${encodeURIComponent(target)}`;
}
