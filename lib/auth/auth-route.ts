import "server-only";
import NextAuth from "next-auth";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth";
import { discoverOidc } from "@/lib/auth/oidc-discovery";
import { endSessionUrl, OIDC_PROVIDER_ID, oidcProvider, oidcSettings } from "@/lib/auth/oidc";
import { SIGN_IN_ERROR } from "@/lib/auth/sign-in-errors";

type Context = { params: Promise<{ nextauth: string[] }> };

/** The shape next-auth itself answers in: JSON { url } to its client's fetch, a redirect otherwise. */
async function answer(req: NextRequest, location: string): Promise<Response> {
  const wantsJson = req.method === "POST" && new URLSearchParams(await req.clone().text()).get("json") === "true";
  const absolute = new URL(location, process.env.NEXTAUTH_URL ?? req.nextUrl.origin).toString();
  return wantsJson ? Response.json({ url: absolute }) : Response.redirect(absolute, 302);
}

/**
 * next-auth's handler with the OIDC provider built per SSO request from a discovery document whose
 * issuer was checked first: a sign-in or callback never reaches openid-client (and no token is
 * accepted) unless the document names OIDC_ISSUER. Sign-out additionally ends the provider's
 * session when it offers that (RP-initiated logout).
 */
export async function authRoute(req: NextRequest, context: Context): Promise<Response> {
  const [action, providerId] = (await context.params).nextauth ?? [];
  // next-auth answers a GET of the credentials callback with an unhandled error (a 500): it only
  // takes the sign-in form's POST.
  if (action === "callback" && providerId === "credentials" && req.method !== "POST") {
    return Response.json(
      { error: "Sign in with the form at /sign-in (POST only)." },
      { status: 405, headers: { Allow: "POST" } },
    );
  }
  const settings = oidcSettings();
  if (!settings) return NextAuth(req, context, authOptions);

  if (providerId === OIDC_PROVIDER_ID && (action === "signin" || action === "callback")) {
    const discovered = await discoverOidc(settings);
    if (!discovered.ok) {
      console.error(
        `[auth] single sign-on refused before any redirect or token: ${discovered.reason}: ${discovered.detail}`,
      );
      const code =
        discovered.reason === "unreachable" ? SIGN_IN_ERROR.oidcUnavailable : SIGN_IN_ERROR.oidcMisconfigured;
      return answer(req, `/sign-in?error=${code}`);
    }
    const providers = authOptions.providers.map((p) =>
      p.id === OIDC_PROVIDER_ID ? oidcProvider(settings, discovered.metadata) : p,
    );
    return NextAuth(req, context, { ...authOptions, providers });
  }

  if (action === "signout" && req.method === "POST" && settings.endSession) {
    // Read before next-auth clears the cookie: the ID token is the provider's id_token_hint.
    const token = await getToken({
      req: { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    });
    const response = await NextAuth(req, context, authOptions);
    const signedOut = (response.headers.get("set-cookie") ?? "").includes("session-token=;");
    if (!token?.oidcIdToken || !signedOut) return response;
    const discovered = await discoverOidc(settings);
    if (!discovered.ok) {
      console.error(
        `[auth] signed out here only; the provider's session stays: ${discovered.reason}: ${discovered.detail}`,
      );
      return response;
    }
    const back =
      settings.postLogoutRedirectUri ?? new URL("/sign-in", process.env.NEXTAUTH_URL ?? req.nextUrl.origin).toString();
    const url = endSessionUrl(settings, discovered.metadata, token.oidcIdToken, back);
    if (!url) return response;
    return rewriteRedirect(response, url);
  }

  return NextAuth(req, context, authOptions);
}

/** Same status and cookies (the session cookie is cleared), another destination. */
async function rewriteRedirect(response: Response, url: string): Promise<Response> {
  const headers = new Headers(response.headers);
  if (headers.has("location")) {
    headers.set("location", url);
    return new Response(null, { status: response.status, headers });
  }
  await response.body?.cancel();
  headers.delete("content-length");
  return new Response(JSON.stringify({ url }), { status: response.status, headers });
}
