import "server-only";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/domain/vocabulary";

/**
 * The organisation's two-factor policy: when on, admins and managers who sign in with a password
 * must enrol TOTP, and until they have they can do nothing but enrol (lib/auth.ts sends every page
 * to /account and refuses every other action). Accounts without a password (single sign-on only)
 * are exempt: their second factor is the identity provider's business.
 */

const STAFF_ROLES: readonly Role[] = ["admin", "manager"];
/** The one org_settings row (created on first write). */
export const ORG_SETTINGS_ID = 1;

export type TwoFactorPolicy = { requireForAdminsAndManagers: boolean };

export async function getTwoFactorPolicy(): Promise<TwoFactorPolicy> {
  const row = await prisma.orgSettings.findUnique({
    where: { id: ORG_SETTINGS_ID },
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
