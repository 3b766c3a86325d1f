import "server-only";
import { encode, getToken } from "next-auth/jwt";
import { cookies } from "next/headers";

/**
 * After the user changed their own password, sessionVersion was bumped so every session ends —
 * this one re-issues the caller's own session cookie with the new version, so only the *other*
 * sessions end. The token keeps its expiry (changing a password does not extend a session) and
 * every other claim; lib/auth.ts still re-reads the user on each request. Without a session
 * cookie (not a browser request) it does nothing.
 */
export async function keepCurrentSession(sessionVersion: number): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) return;
  const jar = await cookies();
  const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const name = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  const token = await getToken({
    req: { cookies: jar, headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret,
    secureCookie: secure,
  });
  if (!token?.userId || typeof token.exp !== "number") return;
  const maxAge = Math.floor(token.exp - Date.now() / 1000);
  if (maxAge <= 0) return;
  const { exp: _exp, iat: _iat, jti: _jti, ...claims } = token;
  const value = await encode({ token: { ...claims, sessionVersion }, secret, maxAge });
  jar.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
}
