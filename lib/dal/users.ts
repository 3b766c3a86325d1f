import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { accept, reason, refuse, type Decision, type Reason } from "@/lib/domain/decision";
import { decidePasswordStrength } from "@/lib/domain/password-policy";
import { can } from "@/lib/domain/permissions";
import type { Discipline, Role } from "@/lib/domain/vocabulary";
import { hashPassword } from "@/lib/password";
import type { CreateUserData, ResetPasswordData, UpdateUserAccessData } from "@/lib/schemas/user";
import { writeAudit } from "./audit";

// ---------------------------------------------------------------------------------------------
// Admin: list, create, change access, reset password

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

function requireAdmin(actor: SessionUser): Reason[] {
  const decision = can({ userId: actor.id, roles: actor.roles }, "admin");
  return decision.ok ? [] : decision.reasons;
}

export async function listUsers(actor: SessionUser): Promise<Decision<UserListItem[]>> {
  const denied = requireAdmin(actor);
  if (denied.length > 0) return refuse(denied);
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

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createUser(actor: SessionUser, data: CreateUserData): Promise<Decision<{ id: string }>> {
  const denied = requireAdmin(actor);
  if (denied.length > 0) return refuse(denied);
  const strength = decidePasswordStrength({ password: data.password, email: data.email, name: data.name });
  if (!strength.ok) return refuse(strength.reasons);
  // Hash before the transaction: argon2 takes tens of milliseconds and needs no row locks.
  const passwordHash = await hashPassword(data.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
      if (existing) return refuse<{ id: string }>([EMAIL_TAKEN]);
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, passwordHash, roles: data.roles, disciplines: data.disciplines },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        after: { email: data.email, name: data.name, roles: data.roles, disciplines: data.disciplines, active: true },
      });
      return accept(user);
    });
  } catch (error) {
    // Two admins creating the same email at once: the unique index lets one win.
    if (isUniqueViolation(error)) return refuse([EMAIL_TAKEN]);
    throw error;
  }
}

const CHANGED_MEANWHILE = reason(
  "changed_meanwhile",
  "Someone changed this user while you were editing. Reload the page and try again.",
);
const USER_NOT_FOUND = reason("not_found", "This user no longer exists. Reload the page.");

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Changes roles, disciplines and the active flag. Any change bumps sessionVersion, which signs the
 * user out everywhere (lib/auth.ts compares it on every request) — except an admin editing their
 * own roles/disciplines: roles are re-read on every request anyway, and bumping would sign the
 * admin out of the page they are using. sessionVersion doubles as the compare-and-set guard.
 */
export async function updateUserAccess(
  actor: SessionUser,
  data: UpdateUserAccessData,
): Promise<Decision<{ changed: boolean }>> {
  const denied = requireAdmin(actor);
  if (denied.length > 0) return refuse(denied);
  const self = data.userId === actor.id;
  const selfReasons: Reason[] = [];
  if (self && !data.roles.includes("admin")) {
    selfReasons.push(
      reason(
        "own_admin_role",
        "You cannot remove your own admin role: ask another admin, so the site is never left without one.",
        "roles",
      ),
    );
  }
  if (self && !data.active) {
    selfReasons.push(
      reason(
        "own_account_active",
        "You cannot deactivate your own account: ask another admin, so the site is never left without one.",
        "active",
      ),
    );
  }
  if (selfReasons.length > 0) return refuse(selfReasons);

  return prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({
      where: { id: data.userId },
      select: { roles: true, disciplines: true, active: true, sessionVersion: true },
    });
    if (!current) return refuse<{ changed: boolean }>([USER_NOT_FOUND]);
    const before = { roles: current.roles, disciplines: current.disciplines, active: current.active };
    const after = { roles: data.roles, disciplines: data.disciplines, active: data.active };
    if (
      sameSet(before.roles, after.roles) &&
      sameSet(before.disciplines, after.disciplines) &&
      before.active === after.active
    ) {
      return accept({ changed: false });
    }
    const { count } = await tx.user.updateMany({
      where: { id: data.userId, sessionVersion: current.sessionVersion },
      data: { ...after, sessionVersion: { increment: self ? 0 : 1 } },
    });
    if (count !== 1) return refuse<{ changed: boolean }>([CHANGED_MEANWHILE]);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.update_access",
      entityType: "user",
      entityId: data.userId,
      before,
      after,
    });
    return accept({ changed: true });
  });
}

/** Sets a new password and signs the user out everywhere (including the admin, if it is them). */
export async function resetUserPassword(
  actor: SessionUser,
  data: ResetPasswordData,
): Promise<Decision<{ signedOutSelf: boolean }>> {
  const denied = requireAdmin(actor);
  if (denied.length > 0) return refuse(denied);
  const target = await prisma.user.findUnique({ where: { id: data.userId }, select: { email: true, name: true } });
  if (!target) return refuse([USER_NOT_FOUND]);
  const strength = decidePasswordStrength({ password: data.password, email: target.email, name: target.name });
  if (!strength.ok) return refuse(strength.reasons);
  const passwordHash = await hashPassword(data.password);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: data.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) return refuse<{ signedOutSelf: boolean }>([USER_NOT_FOUND]);
    // Never the hash itself: the audit log records that it changed, not to what.
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.reset_password",
      entityType: "user",
      entityId: data.userId,
      after: { passwordChanged: true },
    });
    return accept({ signedOutSelf: data.userId === actor.id });
  });
}
