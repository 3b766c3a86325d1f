import "server-only";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { accept, refuse, type Decision } from "@/lib/domain/decision";
import { can } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/vocabulary";
import type { TwoFactorPolicyData } from "@/lib/schemas/account";
import { writeAudit } from "./audit";

/**
 * The organisation's two-factor policy: when on, admins and managers who sign in with a password
 * must enrol TOTP, and until they have they can do nothing but enrol (lib/auth.ts sends every page
 * to /account and refuses every other action). Accounts without a password (single sign-on only)
 * are exempt: their second factor is the identity provider's business.
 */

const STAFF_ROLES: readonly Role[] = ["admin", "manager"];
const SETTINGS_ID = 1;

export type TwoFactorPolicy = { requireForAdminsAndManagers: boolean };

export async function getTwoFactorPolicy(): Promise<TwoFactorPolicy> {
  const row = await prisma.orgSettings.findUnique({
    where: { id: SETTINGS_ID },
    select: { requireTwoFactorForStaff: true },
  });
  return { requireForAdminsAndManagers: row?.requireTwoFactorForStaff ?? false };
}

/** Whether the policy applies to this user's roles (enrolled or not). */
export async function twoFactorRequiredFor(user: { roles: readonly Role[] }): Promise<boolean> {
  if (!user.roles.some((r) => STAFF_ROLES.includes(r))) return false;
  return (await getTwoFactorPolicy()).requireForAdminsAndManagers;
}

/**
 * The per-request gate: true when the user must enrol before doing anything else. Costs nothing
 * for users who are not admins or managers; two small reads for those who are.
 */
export async function mustEnrolTwoFactor(user: { id: string; roles: readonly Role[] }): Promise<boolean> {
  if (!(await twoFactorRequiredFor(user))) return false;
  const unenrolled = await prisma.user.count({
    where: { id: user.id, totpEnabledAt: null, passwordHash: { not: null } },
  });
  return unenrolled === 1;
}

export async function setTwoFactorPolicy(
  actor: SessionUser,
  data: TwoFactorPolicyData,
): Promise<Decision<{ changed: boolean }>> {
  const decision = can({ userId: actor.id, roles: actor.roles }, "admin");
  if (!decision.ok) return refuse(decision.reasons);
  return prisma.$transaction(async (tx) => {
    const current = await tx.orgSettings.findUnique({
      where: { id: SETTINGS_ID },
      select: { requireTwoFactorForStaff: true },
    });
    const before = current?.requireTwoFactorForStaff ?? false;
    if (before === data.requireForAdminsAndManagers) return accept({ changed: false });
    await tx.orgSettings.upsert({
      where: { id: SETTINGS_ID },
      create: { id: SETTINGS_ID, requireTwoFactorForStaff: data.requireForAdminsAndManagers },
      update: { requireTwoFactorForStaff: data.requireForAdminsAndManagers },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "org.two_factor_policy_changed",
      entityType: "org_settings",
      entityId: String(SETTINGS_ID),
      before: { requireForAdminsAndManagers: before },
      after: { requireForAdminsAndManagers: data.requireForAdminsAndManagers },
    });
    return accept({ changed: true });
  });
}
