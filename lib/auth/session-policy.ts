/**
 * How long a session lives. Pure (no clock: `now` is passed in), so the rules are unit-tested.
 *
 * Two limits, both enforced on the server:
 * - idle: the JWT expires SESSION_IDLE_SECONDS after it was last issued (next-auth re-issues it on
 *   each /api/auth/session call, so an active user stays signed in);
 * - absolute: the auth_sessions row ends `absoluteLifetimeSeconds` after sign-in, however often the
 *   JWT was renewed (SESSION_ABSOLUTE_LIFETIME_HOURS, default 7 days).
 */
export const SESSION_IDLE_SECONDS = 12 * 60 * 60;
export const DEFAULT_ABSOLUTE_LIFETIME_SECONDS = 7 * 24 * 60 * 60;

type Env = Record<string, string | undefined>;

/** SESSION_ABSOLUTE_LIFETIME_HOURS (a positive number), else 7 days. Never below the idle limit. */
export function absoluteLifetimeSeconds(env: Env = process.env): number {
  const hours = Number(env.SESSION_ABSOLUTE_LIFETIME_HOURS);
  if (!Number.isFinite(hours) || hours <= 0) return DEFAULT_ABSOLUTE_LIFETIME_SECONDS;
  return Math.max(Math.round(hours * 3600), 60);
}

export function sessionExpiresAt(signedInAt: Date, lifetimeSeconds: number): Date {
  return new Date(signedInAt.getTime() + lifetimeSeconds * 1000);
}

export type SessionRow = { userId: string; expiresAt: Date; revokedAt: Date | null };

export type SessionVerdict = { ok: true } | { ok: false; reason: "missing" | "revoked" | "expired" | "other_user" };

/** Whether the session a token names may still be used by that token's user at `now`. */
export function checkSession(row: SessionRow | null, userId: string, now: Date): SessionVerdict {
  if (!row) return { ok: false, reason: "missing" };
  if (row.userId !== userId) return { ok: false, reason: "other_user" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  if (now.getTime() >= row.expiresAt.getTime()) return { ok: false, reason: "expired" };
  return { ok: true };
}
