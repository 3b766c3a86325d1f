import { NextResponse } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { PATHNAME_HEADER } from "@/lib/auth/callback-url";

/**
 * Optimistic gate only (Next 16 "proxy", formerly middleware): it reads the session cookie without
 * touching the database, so a revoked session still passes here. Every page calls requireUser()
 * and every action requireUserForAction(), which do the real check (lib/auth.ts).
 *
 * Pages without a session → /sign-in?callbackUrl=…; other /api routes → 401 JSON.
 */
export default withAuth(
  function proxy(req: NextRequestWithAuth) {
    const { pathname, search } = req.nextUrl;
    if (pathname.startsWith("/api/") && !req.nextauth.token?.userId) {
      return NextResponse.json({ error: "Not signed in." }, { status: 401 });
    }
    // Tell requireUser() which page to come back to after signing in (a client cannot forge
    // it for matched paths: the header is overwritten here).
    const requestHeaders = new Headers(req.headers);
    requestHeaders.set(PATHNAME_HEADER, `${pathname}${search}`);
    return NextResponse.next({ request: { headers: requestHeaders } });
  },
  {
    pages: { signIn: "/sign-in" },
    callbacks: {
      // API requests always reach the function above, which answers 401 instead of redirecting.
      authorized: ({ req, token }) => req.nextUrl.pathname.startsWith("/api/") || Boolean(token?.userId),
    },
  },
);

export const config = {
  matcher: [
    // Everything except: the sign-in page, next-auth's endpoints, Next's assets, the favicon and
    // the public project badges (/projects/<slug>/badge.svg).
    "/((?!sign-in(?:/|$)|api/auth(?:/|$)|_next/static|_next/image|favicon\\.ico$|projects/[^/]+/badge\\.svg$).*)",
  ],
};
