import "server-only";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { ORG_SETTINGS_ID } from "@/lib/auth/two-factor-requirement";
import { accept, refuse, type Decision } from "@/lib/domain/decision";
import { can } from "@/lib/domain/permissions";
import type { TwoFactorPolicyData } from "@/lib/schemas/account";
import { writeAudit } from "@/lib/dal/core/audit";

/** The admin's switch for the two-factor policy; what it requires is lib/auth/two-factor-requirement.ts. */
export async function setTwoFactorPolicy(
  actor: SessionUser,
  data: TwoFactorPolicyData,
): Promise<Decision<{ changed: boolean }>> {
  const decision = can({ userId: actor.id, roles: actor.roles }, "admin");
  if (!decision.ok) return refuse(decision.reasons);
  return prisma.$transaction(async (tx) => {
    const current = await tx.orgSettings.findUnique({
      where: { id: ORG_SETTINGS_ID },
      select: { requireTwoFactorForStaff: true },
    });
    const before = current?.requireTwoFactorForStaff ?? false;
    if (before === data.requireForAdminsAndManagers) return accept({ changed: false });
    await tx.orgSettings.upsert({
      where: { id: ORG_SETTINGS_ID },
      create: { id: ORG_SETTINGS_ID, requireTwoFactorForStaff: data.requireForAdminsAndManagers },
      update: { requireTwoFactorForStaff: data.requireForAdminsAndManagers },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "org.two_factor_policy_changed",
      entityType: "org_settings",
      entityId: String(ORG_SETTINGS_ID),
      before: { requireForAdminsAndManagers: before },
      after: { requireForAdminsAndManagers: data.requireForAdminsAndManagers },
    });
    return accept({ changed: true });
  });
}
