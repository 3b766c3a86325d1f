import { NextResponse, type NextRequest } from "next/server";
import { PATHNAME_HEADER, signInPath } from "@/lib/auth/callback-url";
import { applyContentSecurityPolicy } from "@/lib/security-headers";

/**
 * Optimistic gate only (Next 16 "proxy", formerly middleware): it looks for a session cookie and
 * neither decrypts it nor touches the database, as Next's docs advise for proxies. A forged,
 * expired or revoked cookie passes here; every page calls requireUser() and every action
 * requireUserForAction(), which decrypt the token and check the user (lib/auth.ts). Decrypting here
 * too cost a key derivation and a decryption per request for no extra safety.
 *
 * Pages without a session cookie → /sign-in?callbackUrl=…; other /api routes → 401 JSON.
 * Every response it lets through carries a Content-Security-Policy with a fresh nonce.
 */
const SESSION_COOKIE = /^(?:__Secure-)?next-auth\.session-token(?:\.\d+)?$/;
/** Pages anyone may open: matched only so they get their CSP. */
const PUBLIC_PAGE = /^\/sign-in(?:\/|$)/;
const API_V1 = /^\/api\/v1(?:\/|$)/;

export default function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  // The REST API authenticates bearer tokens itself (lib/api/door.ts) and never reads the session
  // cookie, so a browser's cookie cannot be used against it (no CSRF); JSON needs no CSP nonce.
  if (API_V1.test(pathname)) return NextResponse.next();
  const requestHeaders = new Headers(req.headers);
  const csp = applyContentSecurityPolicy(requestHeaders, req.nextUrl);
  if (PUBLIC_PAGE.test(pathname)) {
    const res = NextResponse.next({ request: { headers: requestHeaders } });
    res.headers.set(...csp);
    return res;
  }
  const hasSession = req.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name) && c.value !== "");
  if (!hasSession) {
    if (pathname.startsWith("/api/")) return NextResponse.json({ error: "Not signed in." }, { status: 401 });
    return NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), req.url));
  }
  // Tell requireUser() which page to come back to after signing in (a client cannot forge it for
  // matched paths: the header is overwritten here).
  requestHeaders.set(PATHNAME_HEADER, `${pathname}${search}`);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set(...csp);
  return res;
}

export const config = {
  matcher: [
    // Everything except: next-auth's endpoints, Next's assets, the files of public/ (favicon,
    // icons, web manifest, robots.txt) and the public project badges (/projects/<slug>/badge.svg).
    // The sign-in page is matched for its CSP only.
    "/((?!api/auth(?:/|$)|_next/static|_next/image|favicon\\.ico$|icon(?:-\\d+)?\\.(?:svg|png)$|manifest\\.webmanifest$|robots\\.txt$|projects/[^/]+/badge\\.svg$).*)",
  ],
};
