import { encode } from "next-auth/jwt";
import { Pool } from "pg";

/**
 * Signing in for the Lighthouse run, the way scripts/bench.ts does it: a next-auth session token
 * for the scale manager, minted with the secret this run gives `next start`. `session()` and
 * `isLocal()` are copies of the (unexported) helpers in scripts/bench.ts; keep them in step.
 * Nothing is written to the database: the manager is only read.
 */
export const COOKIE = "next-auth.session-token";

export type SessionUser = { id: string; email: string; name: string; sessionVersion: number };

export async function session(secret: string, user: SessionUser): Promise<string> {
  const token = await encode({
    secret,
    maxAge: 12 * 60 * 60,
    token: { sub: user.id, userId: user.id, sessionVersion: user.sessionVersion, name: user.name, email: user.email },
  });
  return `${COOKIE}=${token}`;
}

export function isLocal(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return host === "" || host === "localhost" || host === "127.0.0.1" || host === "::1";
}

/** The scale manager (the same user bench.ts signs in as) and the database's size. */
export async function findManager(databaseUrl: string): Promise<{ user: SessionUser; projects: number; postgres: string }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const manager = (
      await pool.query<{ id: string; email: string; name: string; session_version: number }>(
        `SELECT id, email, name, session_version FROM users WHERE 'manager' = ANY(roles) AND active ORDER BY (email = 'manager@scale.mltrl.dev') DESC, email LIMIT 1`,
      )
    ).rows[0];
    if (!manager) throw new Error("No manager in this database: run `npm run seed:scale` first.");
    const projects = (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM projects")).rows[0]!.n;
    const postgres = (await pool.query<{ v: string }>("SELECT version() AS v")).rows[0]!.v;
    return { user: { id: manager.id, email: manager.email, name: manager.name, sessionVersion: manager.session_version }, projects, postgres };
  } finally {
    await pool.end();
  }
}
