import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The user reads of sign-in and of the per-request session check. They take no actor (no session
 * exists yet) and return only what authentication needs. They live here, under lib/auth, so that
 * authentication never imports the data-access layer, which itself builds on lib/auth.
 */

export const authStateSelect = {
  id: true,
  email: true,
  name: true,
  roles: true,
  disciplines: true,
  sessionVersion: true,
  active: true,
} satisfies Prisma.UserSelect;

export type UserAuthState = Prisma.UserGetPayload<{ select: typeof authStateSelect }>;

/** One user's auth state by id (the per-request check reads it with the session row: ./session-store). */
export async function getUserAuthState(userId: string): Promise<UserAuthState | null> {
  return prisma.user.findUnique({ where: { id: userId }, select: authStateSelect });
}

/** For the credentials provider only: the single read that includes the password hash. */
export async function findUserForPasswordSignIn(
  email: string,
): Promise<(UserAuthState & { passwordHash: string | null }) | null> {
  return prisma.user.findUnique({ where: { email }, select: { ...authStateSelect, passwordHash: true } });
}

/** For OIDC sign-in: maps a verified email to an existing, active account (admins create users). */
export async function findActiveUserByEmail(email: string): Promise<UserAuthState | null> {
  return prisma.user.findFirst({ where: { email, active: true }, select: authStateSelect });
}
