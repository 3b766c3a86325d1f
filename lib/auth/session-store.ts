import "server-only";
import { prisma } from "@/lib/db";
import { absoluteLifetimeSeconds, checkSession, sessionExpiresAt } from "./session-policy";
import { authStateSelect, type UserAuthState } from "./user-store";

/**
 * Server-side sessions behind the JWTs: one auth_sessions row per sign-in, named by the token's
 * `sid`. The row gives sign-out a server-side effect (a copied cookie dies with it) and an absolute
 * end that renewing the JWT cannot push back. No actor: these run before a session exists.
 */

export async function createAuthSession(input: {
  userId: string;
  ip: string | null;
  now?: Date;
}): Promise<{ id: string; expiresAt: Date }> {
  const signedInAt = input.now ?? new Date();
  // Housekeeping on the way: this user's sessions that ended over a day ago are of no further use
  // (the sign-in log keeps the history). Bounded by the user_id index.
  await prisma.authSession.deleteMany({
    where: { userId: input.userId, expiresAt: { lt: new Date(signedInAt.getTime() - 24 * 3600 * 1000) } },
  });
  return prisma.authSession.create({
    data: {
      userId: input.userId,
      signedInAt,
      expiresAt: sessionExpiresAt(signedInAt, absoluteLifetimeSeconds()),
      ip: input.ip?.slice(0, 64) ?? null,
    },
    select: { id: true, expiresAt: true },
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The per-request check: the session row and its user in one read by primary key. Null when the
 * session is unknown, revoked, past its absolute end or not this user's; the user state otherwise
 * (the caller still compares active and sessionVersion).
 */
export async function getSessionAuthState(
  sessionId: string,
  userId: string,
  now: Date = new Date(),
): Promise<UserAuthState | null> {
  if (!UUID.test(sessionId)) return null;
  const row = await prisma.authSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, expiresAt: true, revokedAt: true, user: { select: authStateSelect } },
  });
  if (!checkSession(row, userId, now).ok) return null;
  return row?.user ?? null;
}

/** Sign-out: ends the session on the server. Returns the user it belonged to, if it was live. */
export async function revokeAuthSession(sessionId: string, now: Date = new Date()): Promise<{ userId: string } | null> {
  if (!UUID.test(sessionId)) return null;
  const rows = await prisma.authSession.updateManyAndReturn({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now },
    select: { userId: true },
  });
  return rows[0] ?? null;
}
