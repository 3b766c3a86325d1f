/**
 * Authentication: next-auth 4 options, and the session helpers every page and action uses.
 *
 * Environment variables read here and in lib/auth/**:
 *   NEXTAUTH_SECRET   required; signs/encrypts the session JWT (≥ 32 random characters,
 *                     e.g. `openssl rand -base64 32`). AUTH_SECRET is accepted as a fallback.
 *   NEXTAUTH_URL      the app's public URL, e.g. https://mltrl.example.org (callback URLs;
 *                     an https URL also switches the session cookie to `__Secure-`).
 *   DATABASE_URL      Postgres (lib/db.ts): users, sessionVersion checks and login throttling.
 *   TRUSTED_PROXY_COUNT  reverse proxies in front of the app that append to X-Forwarded-For
 *                     (default 1). The login throttle's per-address key uses the entry this many
 *                     hops from the right; set it right or clients can dodge/poison the limit.
 *   OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET
 *                     all three switch on single sign-on through any OpenID Connect issuer
 *                     (Keycloak realm URL, Okta org/authorization-server URL,
 *                     https://login.microsoftonline.com/<tenant>/v2.0, https://accounts.google.com).
 *                     Redirect URI to register: <NEXTAUTH_URL>/api/auth/callback/oidc. OIDC_ISSUER
 *                     must equal the discovery document's `issuer` exactly (lib/auth/auth-route.ts).
 *   OIDC_NAME         label of the sign-in button (default "Single sign-on").
 *   OIDC_TRUST_UNVERIFIED_EMAIL  "true" to accept an email claim without email_verified=true
 *                     (needed for Entra ID, which does not send that claim). Default: refuse.
 *   OIDC_END_SESSION  "false" keeps the provider's session on sign-out (default: end it when the
 *                     provider offers an end_session_endpoint). OIDC_POST_LOGOUT_REDIRECT_URI:
 *                     where it sends users back (default <NEXTAUTH_URL>/sign-in; register it there).
 *
 * Sessions are JWTs (no session table). Revocation: the token carries userId + sessionVersion and
 * the jwt callback re-reads the user on every request (lib/dal/users getUserAuthState: one small
 * query; getSessionUser is cached per request). A changed sessionVersion, a deactivated or deleted
 * user all read as signed out. Roles and disciplines always come from that fresh read.
 */
import type { NextAuthOptions } from "next-auth";
import { getToken, type JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findActiveUserByEmail, getUserAuthState, type UserAuthState } from "@/lib/dal/users";
import { signInSchema } from "@/lib/schemas/user";
import { PATHNAME_HEADER, signInPath } from "@/lib/auth/callback-url";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import { OIDC_PROVIDER_ID, oidcProvider, oidcSettings, verifiedEmailOf, type OidcProfile } from "@/lib/auth/oidc";
import { oidcRefusal } from "@/lib/auth/oidc-refusal";
import { SIGN_IN_ERROR } from "@/lib/auth/sign-in-errors";
import { clientIpFromHeaders } from "@/lib/auth/throttle-keys";
import type { SessionUser } from "@/lib/auth/session-user";

export type { SessionUser } from "@/lib/auth/session-user";

const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

function trustedProxyCount(): number {
  const n = Number(process.env.TRUSTED_PROXY_COUNT ?? 1);
  return Number.isInteger(n) && n >= 0 ? n : 1;
}

const credentialsProvider = CredentialsProvider({
  id: "credentials",
  name: "Email and password",
  credentials: {
    email: { label: "Email", type: "email" },
    password: { label: "Password", type: "password" },
  },
  async authorize(credentials, req) {
    const parsed = signInSchema.safeParse({ email: credentials?.email ?? "", password: credentials?.password ?? "" });
    if (!parsed.success) return null;
    let result;
    try {
      result = await authenticateWithPassword({
        ...parsed.data,
        ip: clientIpFromHeaders(req.headers as Record<string, string | undefined> | undefined, trustedProxyCount()),
      });
    } catch (error) {
      // The thrown message becomes the `error` the sign-in page maps; never the raw text.
      console.error("[auth] password sign-in failed unexpectedly", error);
      throw new Error(SIGN_IN_ERROR.unavailable);
    }
    if (!result.ok) {
      if (result.error === "throttled") throw new Error(SIGN_IN_ERROR.throttled);
      return null;
    }
    const { id, email, name, sessionVersion } = result.user;
    return { id, email, name, sessionVersion };
  },
});

function providers(): NextAuthOptions["providers"] {
  const oidc = oidcSettings();
  return oidc ? [credentialsProvider, oidcProvider(oidc)] : [credentialsProvider];
}

/** A token that reads as signed out everywhere (getSessionUser and the session callback check `userId`). */
function signedOut(): JWT {
  return {};
}

function tokenFor(state: UserAuthState, base: JWT): JWT {
  return {
    ...base,
    sub: state.id,
    userId: state.id,
    sessionVersion: state.sessionVersion,
    name: state.name,
    email: state.email,
    roles: state.roles,
    disciplines: state.disciplines,
    authCheckFailed: undefined,
  };
}

/** The per-request revocation check: one query, then every field comes from the database. */
async function refreshToken(token: JWT): Promise<JWT> {
  if (!token.userId || token.sessionVersion === undefined) return signedOut();
  let state: UserAuthState | null;
  try {
    state = await getUserAuthState(token.userId);
  } catch (error) {
    // Database unreachable: not a sign-out. getSessionUser turns this into an error page.
    console.error("[auth] session check failed", error);
    return { ...token, authCheckFailed: true };
  }
  if (!state || !state.active || state.sessionVersion !== token.sessionVersion) return signedOut();
  return tokenFor(state, token);
}

export const authOptions: NextAuthOptions = {
  providers: providers(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider === "credentials") return true;
      if (account?.provider !== OIDC_PROVIDER_ID) return false;
      const settings = oidcSettings();
      if (!settings) return false;
      const refusal = oidcRefusal(profile as Partial<OidcProfile> | undefined, settings);
      if (refusal) return `/sign-in?error=${refusal}`;
      // Decision: no self-registration; an admin creates the user first, SSO only proves the email.
      const verified = verifiedEmailOf(profile as Partial<OidcProfile> | undefined, settings);
      const user = verified.ok ? await findActiveUserByEmail(verified.email) : null;
      if (!user) console.warn(`[auth] SSO sign-in refused: no active account for the e-mail of sub ${JSON.stringify(profile?.sub)}`);
      return user ? true : `/sign-in?error=${SIGN_IN_ERROR.oidcNoAccount}`;
    },
    async jwt({ token, user, account, profile, trigger }) {
      if (trigger === "signIn" && account) {
        if (account.provider === "credentials") {
          // authorize() has just read the user; the next request re-reads everything anyway.
          if (!user.id || user.sessionVersion === undefined) return signedOut();
          return { ...token, sub: user.id, userId: user.id, sessionVersion: user.sessionVersion, name: user.name, email: user.email };
        }
        const settings = oidcSettings();
        const verified = settings ? verifiedEmailOf(profile as Partial<OidcProfile> | undefined, settings) : null;
        const state = verified?.ok ? await findActiveUserByEmail(verified.email) : null;
        // The ID token is kept (encrypted in the session cookie) as id_token_hint for RP-initiated logout.
        return state ? tokenFor(state, { ...token, picture: undefined, oidcIdToken: account.id_token }) : signedOut();
      }
      // Every other call (each getServerSession, each /api/auth/session), including "update":
      // nothing the client sends is trusted; the database decides.
      return refreshToken(token);
    },
    async session({ session, token }) {
      if (token.authCheckFailed) return { expires: session.expires, authCheckFailed: true };
      if (!token.userId || !token.roles || !token.disciplines) return { expires: session.expires };
      return {
        expires: session.expires,
        user: {
          id: token.userId,
          email: token.email ?? "",
          name: token.name ?? "",
          roles: token.roles,
          disciplines: token.disciplines,
        },
      };
    },
  },
};

/**
 * The signed-in user, checked against the database, or null. Cached per request (React cache), so
 * the layout, the page and the DAL share one check.
 *
 * Why not getServerSession: it re-encrypts the token on every call to refresh a cookie that a
 * server component cannot set — a key derivation and an encryption per page for nothing. Here the
 * cookie is decrypted once (getToken: signature, expiry) and the jwt callback's own revocation
 * check (refreshToken) decides, so /api/auth/session and pages apply the same rule. Only the cookie
 * is read: a bearer token in an Authorization header is not accepted.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const decoded = await getToken({ req: { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"] });
  if (!decoded) return null;
  const token = await refreshToken(decoded);
  if (token.authCheckFailed) throw new Error("Could not check the session: the database is unavailable.");
  if (!token.userId || !token.roles || !token.disciplines) return null;
  return { id: token.userId, email: token.email ?? "", name: token.name ?? "", roles: token.roles, disciplines: token.disciplines };
});

/** For pages and layouts: the user, or a redirect to /sign-in that comes back here afterwards. */
export const requireUser = cache(async (): Promise<SessionUser> => {
  const user = await getSessionUser();
  if (user) return user;
  const path = (await headers()).get(PATHNAME_HEADER);
  redirect(signInPath(path));
});

/** For server actions: the user or null (the action returns a "sign in again" failure, no redirect). */
export async function requireUserForAction(): Promise<SessionUser | null> {
  return getSessionUser();
}
