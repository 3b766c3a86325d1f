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
 *                     (default 0: the socket address is used and X-Forwarded-For is ignored). With
 *                     N > 0 the login throttle uses the entry N hops from the right; set it right
 *                     or clients can dodge/poison the limit (lib/auth/client-address.ts).
 *   SESSION_ABSOLUTE_LIFETIME_HOURS  a session ends this long after sign-in however active it
 *                     is (default 168 = 7 days); idle sessions end after 12 h.
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
 * Sessions are JWTs backed by one auth_sessions row per sign-in. The token carries userId,
 * sessionVersion and the row's id (`sid`); the jwt callback re-reads row and user on every request
 * (lib/auth/session-store getSessionAuthState: one read by primary key; getSessionUser is cached per
 * request). A signed-out (revoked) or expired session, a changed sessionVersion, a deactivated or
 * deleted user all read as signed out. Roles and disciplines always come from that fresh read.
 */
import type { NextAuthOptions } from "next-auth";
import { getToken, type JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { signInSchema } from "@/lib/schemas/user";
import { PATHNAME_HEADER, signInPath } from "@/lib/auth/callback-url";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import { OIDC_PROVIDER_ID, oidcProvider, oidcSettings, verifiedEmailOf, type OidcProfile } from "@/lib/auth/oidc";
import { oidcRefusal } from "@/lib/auth/oidc-refusal";
import { SIGN_IN_ERROR } from "@/lib/auth/sign-in-errors";
import { clientAddress, trustedProxyCount } from "@/lib/auth/client-address";
import { peerAddressSecret } from "@/lib/auth/peer-address-stamp";
import { requestClientAddress } from "@/lib/auth/request-address";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import {
  allowedWhileEnrolmentRequired,
  TWO_FACTOR_SETUP_PATH,
  TwoFactorEnrolmentRequiredError,
} from "@/lib/auth/two-factor-gate";
import { secondFactorSignInError } from "@/lib/auth/two-factor-sign-in";
import { mustEnrolTwoFactor } from "@/lib/auth/two-factor-requirement";
import { findActiveUserByEmail, type UserAuthState } from "@/lib/auth/user-store";
import { createAuthSession, getSessionAuthState, revokeAuthSession } from "@/lib/auth/session-store";
import { recordAuthEvent } from "@/lib/auth/auth-event-log";
import type { SessionUser } from "@/lib/auth/session-user";
import { currentApiActor } from "@/lib/auth/api-actor";

export type { SessionUser } from "@/lib/auth/session-user";

const credentialsProvider = CredentialsProvider({
  id: "credentials",
  name: "Email and password",
  credentials: {
    email: { label: "Email", type: "email" },
    password: { label: "Password", type: "password" },
    code: { label: "One-time code", type: "text" },
  },
  async authorize(credentials, req) {
    const parsed = signInSchema.safeParse({
      email: credentials?.email ?? "",
      password: credentials?.password ?? "",
      code: credentials?.code || undefined,
    });
    if (!parsed.success) return null;
    let result;
    const ip = clientAddress(
      req.headers as Record<string, string | undefined> | undefined,
      trustedProxyCount(),
      peerAddressSecret(),
    );
    try {
      result = await authenticateWithPassword({ ...parsed.data, ip });
    } catch (error) {
      // The thrown message becomes the `error` the sign-in page maps; never the raw text.
      console.error("[auth] password sign-in failed unexpectedly", error);
      throw new Error(SIGN_IN_ERROR.unavailable);
    }
    if (!result.ok) {
      if (result.error === "throttled") throw new Error(SIGN_IN_ERROR.throttled);
      if (result.error === "deactivated") throw new Error(SIGN_IN_ERROR.deactivated);
      return null;
    }
    const { id, email, name, sessionVersion } = result.user;
    // Two-factor: the password was right; an enrolled user also needs a fresh code.
    const secondFactorError = await secondFactorSignInError({
      userId: id,
      code: parsed.data.code || undefined,
      now: new Date(),
    }).catch((error: unknown) => {
      console.error("[auth] two-factor check failed unexpectedly", error);
      return SIGN_IN_ERROR.unavailable;
    });
    if (secondFactorError === SIGN_IN_ERROR.twoFactorInvalid) {
      await recordAuthEvent({ action: "auth.two_factor_failed", userId: id, ip, detail: { method: "password" } });
    }
    if (secondFactorError) throw new Error(secondFactorError);
    return { id, email, name, sessionVersion, signInIp: ip };
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
    sid: base.sid,
    name: state.name,
    email: state.email,
    roles: state.roles,
    disciplines: state.disciplines,
    authCheckFailed: undefined,
  };
}

/** A new server-side session for a sign-in that has just succeeded; its id goes into the token. */
async function startSession(state: Pick<UserAuthState, "id">, ip: string | null, method: string): Promise<string> {
  const session = await createAuthSession({ userId: state.id, ip });
  await recordAuthEvent({ action: "auth.sign_in", userId: state.id, ip, detail: { method } });
  return session.id;
}

/** The per-request revocation check: one query, then every field comes from the database. */
async function refreshToken(token: JWT): Promise<JWT> {
  // Tokens from before server-side sessions (no sid) read as signed out, like revoked ones.
  if (!token.userId || token.sessionVersion === undefined || !token.sid) return signedOut();
  let state: UserAuthState | null;
  try {
    state = await getSessionAuthState(token.sid, token.userId);
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
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  // next-auth 4 stamps the JWT's own `exp` from jwt.maxAge, which defaults to 30 days whatever
  // session.maxAge says: the token must not outlive the session.
  jwt: { maxAge: SESSION_IDLE_SECONDS },
  events: {
    // Sign-out ends the session on the server: a copy of the cookie is dead from now on.
    async signOut({ token }) {
      const sid = (token as JWT | null)?.sid;
      if (!sid) return;
      const revoked = await revokeAuthSession(sid);
      if (revoked)
        await recordAuthEvent({ action: "auth.sign_out", userId: revoked.userId, ip: await requestClientAddress() });
    },
  },
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
      if (!user)
        console.warn(
          `[auth] SSO sign-in refused: no active account for the e-mail of sub ${JSON.stringify(profile?.sub)}`,
        );
      return user ? true : `/sign-in?error=${SIGN_IN_ERROR.oidcNoAccount}`;
    },
    async jwt({ token, user, account, profile, trigger }) {
      if (trigger === "signIn" && account) {
        if (account.provider === "credentials") {
          // authorize() has just read the user; the next request re-reads everything anyway.
          if (!user.id || user.sessionVersion === undefined) return signedOut();
          const sid = await startSession({ id: user.id }, user.signInIp ?? null, "password");
          return {
            sub: user.id,
            userId: user.id,
            sessionVersion: user.sessionVersion,
            sid,
            name: user.name,
            email: user.email,
          };
        }
        const settings = oidcSettings();
        const verified = settings ? verifiedEmailOf(profile as Partial<OidcProfile> | undefined, settings) : null;
        const state = verified?.ok ? await findActiveUserByEmail(verified.email) : null;
        if (!state) return signedOut();
        const sid = await startSession(state, await requestClientAddress(), "oidc");
        // The ID token is kept (encrypted in the session cookie) as id_token_hint for RP-initiated logout.
        return tokenFor(state, { ...token, picture: undefined, sid, oidcIdToken: account.id_token });
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
  // A REST call (lib/api/door.ts) has already checked its bearer token and set the acting user.
  const apiActor = currentApiActor();
  if (apiActor) return apiActor;
  const decoded = await getToken({
    req: { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
  });
  if (!decoded) return null;
  const token = await refreshToken(decoded);
  if (token.authCheckFailed) throw new Error("Could not check the session: the database is unavailable.");
  if (!token.userId || !token.roles || !token.disciplines) return null;
  return {
    id: token.userId,
    email: token.email ?? "",
    name: token.name ?? "",
    roles: token.roles,
    disciplines: token.disciplines,
  };
});

/** Required-2FA gate (lib/auth/two-factor-requirement.ts), once per request. */
const mustEnrol = cache(async (user: SessionUser): Promise<boolean> => mustEnrolTwoFactor(user));

/**
 * For pages and layouts: the user, or a redirect to /sign-in that comes back here afterwards.
 * A user who must enrol two-factor first is sent to the account page from every other page.
 */
export const requireUser = cache(async (): Promise<SessionUser> => {
  const apiActor = currentApiActor();
  if (apiActor) return apiActor;
  const user = await getSessionUser();
  const path = (await headers()).get(PATHNAME_HEADER);
  if (!user) redirect(signInPath(path));
  if (!allowedWhileEnrolmentRequired(path) && (await mustEnrol(user))) redirect(TWO_FACTOR_SETUP_PATH);
  return user;
});

/**
 * For server actions: the user or null (the action returns a "sign in again" failure, no redirect).
 * Throws TwoFactorEnrolmentRequiredError (runAction turns it into its message) while the user must
 * enrol two-factor; the enrolment action itself uses getSessionUser.
 */
export async function requireUserForAction(): Promise<SessionUser | null> {
  const user = await getSessionUser();
  if (user && (await mustEnrol(user))) throw new TwoFactorEnrolmentRequiredError();
  return user;
}
