import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { accept, reason, type Decision } from "@/lib/domain/decision";
import { decidePasswordStrength } from "@/lib/domain/password-policy";
import { can } from "@/lib/domain/permissions";
import { ownAccessReasons, sameAccess } from "@/lib/domain/users";
import type { Discipline, Role } from "@/lib/domain/vocabulary";
import { hashPassword } from "@/lib/password";
import type { CreateUserData, ResetPasswordData, UpdateUserAccessData } from "@/lib/schemas/user";
import { writeAudit } from "@/lib/dal/core/audit";
import {
  DomainError,
  editedMeanwhile,
  permit,
  refuseIf,
  runTransaction,
  toActor,
  unwrap,
} from "@/lib/dal/core/transaction";

// ---------------------------------------------------------------------------------------------
// Admin: list, create, change access, reset password. Each command runs in one transaction and
// asks the permission table first; what an admin may not do to their own account is lib/domain/users.

export type UserListItem = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  disciplines: Discipline[];
  active: boolean;
  hasPassword: boolean;
  twoFactor: boolean;
};

const listSelect = {
  id: true,
  email: true,
  name: true,
  roles: true,
  disciplines: true,
  active: true,
  passwordHash: true,
  totpEnabledAt: true,
} satisfies Prisma.UserSelect;

export async function listUsers(user: SessionUser): Promise<Decision<UserListItem[]>> {
  const allowed = can(toActor(user), "admin");
  if (!allowed.ok) return allowed;
  const rows = await prisma.user.findMany({
    select: listSelect,
    orderBy: [{ active: "desc" }, { name: "asc" }, { email: "asc" }],
  });
  return accept(
    rows.map(({ passwordHash, totpEnabledAt, ...row }) => ({
      ...row,
      hasPassword: passwordHash !== null,
      twoFactor: totpEnabledAt !== null,
    })),
  );
}

const EMAIL_TAKEN = reason("email_taken", "A user with this email address already exists.", "email");
const USER_NOT_FOUND = reason("not_found", "This user no longer exists. Reload the page.");

/**
 * Argon2 takes tens of milliseconds; hashing inside the transaction holds its connection that long,
 * which is fine for a rare admin command and keeps the admin check before any work. A re-run of
 * the command (a lost race) reuses the hash.
 */
function hashOnce(password: string): () => Promise<string> {
  let hashed: Promise<string> | undefined;
  return () => (hashed ??= hashPassword(password));
}

export async function createUser(user: SessionUser, data: CreateUserData): Promise<Decision<{ id: string }>> {
  const hash = hashOnce(data.password);
  // Two admins creating the same email at once: the unique index lets one win, and the other's
  // re-run finds the address taken.
  return runTransaction(async (tx) => {
    permit(user, "admin");
    unwrap(decidePasswordStrength({ password: data.password, email: data.email, name: data.name }));
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (existing) throw new DomainError([EMAIL_TAKEN]);
    const created = await tx.user.create({
      data: {
        email: data.email,
        name: data.name,
        passwordHash: await hash(),
        roles: data.roles,
        disciplines: data.disciplines,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.create",
      entityType: "user",
      entityId: created.id,
      after: { email: data.email, name: data.name, roles: data.roles, disciplines: data.disciplines, active: true },
    });
    return created;
  });
}

/**
 * Changes roles, disciplines and the active flag. Any change bumps sessionVersion, which signs the
 * user out everywhere (lib/auth.ts compares it on every request) — except an admin editing their
 * own roles/disciplines: roles are re-read on every request anyway, and bumping would sign the
 * admin out of the page they are using. sessionVersion doubles as the compare-and-set guard: a
 * concurrent edit is refused (not re-run), so one admin's change never silently replaces another's.
 */
export async function updateUserAccess(
  user: SessionUser,
  data: UpdateUserAccessData,
): Promise<Decision<{ changed: boolean }>> {
  return runTransaction(async (tx) => {
    permit(user, "admin");
    const self = data.userId === user.id;
    const after = { roles: data.roles, disciplines: data.disciplines, active: data.active };
    refuseIf(ownAccessReasons({ actorId: user.id, userId: data.userId, next: after }));
    const current = await tx.user.findUnique({
      where: { id: data.userId },
      select: { roles: true, disciplines: true, active: true, sessionVersion: true },
    });
    if (!current) throw new DomainError([USER_NOT_FOUND]);
    const before = { roles: current.roles, disciplines: current.disciplines, active: current.active };
    if (sameAccess(before, after)) return { changed: false };
    const { count } = await tx.user.updateMany({
      where: { id: data.userId, sessionVersion: current.sessionVersion },
      data: { ...after, sessionVersion: { increment: self ? 0 : 1 } },
    });
    if (count !== 1) throw new DomainError([editedMeanwhile("user")]);
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.update_access",
      entityType: "user",
      entityId: data.userId,
      before,
      after,
    });
    return { changed: true };
  });
}

/** Sets a new password and signs the user out everywhere (including the admin, if it is them). */
export async function resetUserPassword(
  user: SessionUser,
  data: ResetPasswordData,
): Promise<Decision<{ signedOutSelf: boolean }>> {
  const hash = hashOnce(data.password);
  return runTransaction(async (tx) => {
    permit(user, "admin");
    const target = await tx.user.findUnique({ where: { id: data.userId }, select: { email: true, name: true } });
    if (!target) throw new DomainError([USER_NOT_FOUND]);
    unwrap(decidePasswordStrength({ password: data.password, email: target.email, name: target.name }));
    const { count } = await tx.user.updateMany({
      where: { id: data.userId },
      data: { passwordHash: await hash(), sessionVersion: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError([USER_NOT_FOUND]);
    // Never the hash itself: the audit log records that it changed, not to what.
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.reset_password",
      entityType: "user",
      entityId: data.userId,
      after: { passwordChanged: true },
    });
    return { signedOutSelf: data.userId === user.id };
  });
}
