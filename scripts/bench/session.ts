import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import type { Pool } from "pg";

/**
 * Signing in for `npm run bench` and `npm run lighthouse`: a next-auth session token minted with
 * the secret the run gives `next start`, for the scale manager (read, never written), backed by an
 * auth_sessions row as a real sign-in would be (lib/auth.ts refuses tokens without one). Both tools
 * run on loopback only, against a local database.
 */
export const COOKIE = "next-auth.session-token";

export type SessionUser = { id: string; email: string; name: string; sessionVersion: number };

export async function session(secret: string, user: SessionUser, pool: Pool): Promise<string> {
  const sid = randomUUID();
  await pool.query(`INSERT INTO auth_sessions (id, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
    sid,
    user.id,
  ]);
  const token = await encode({
    secret,
    maxAge: 12 * 60 * 60,
    token: {
      sub: user.id,
      userId: user.id,
      sessionVersion: user.sessionVersion,
      sid,
      name: user.name,
      email: user.email,
    },
  });
  return `${COOKIE}=${token}`;
}

export function isLocal(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return host === "" || host === "localhost" || host === "127.0.0.1" || host === "::1";
}

/** The scale seed's manager (any active manager if that one is missing). */
export async function scaleManager(pool: Pool): Promise<SessionUser> {
  const row = (
    await pool.query<{ id: string; email: string; name: string; session_version: number }>(
      `SELECT id, email, name, session_version FROM users WHERE 'manager' = ANY(roles) AND active ORDER BY (email = 'manager@scale.mltrl.dev') DESC, email LIMIT 1`,
    )
  ).rows[0];
  if (!row) throw new Error("No manager in this database: run `npm run seed:scale` first.");
  return { id: row.id, email: row.email, name: row.name, sessionVersion: row.session_version };
}
