import "server-only";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { accept, reason, refuse, type Decision } from "@/lib/domain/decision";
import { can } from "@/lib/domain/permissions";
import type { ResetUserTwoFactorData } from "@/lib/schemas/account";
import { writeAudit } from "@/lib/dal/core/audit";

/**
 * The way back for a user who lost both their phone and their recovery codes: an admin clears
 * their two-factor (after checking who is asking, outside the app). Their sessions end too, so
 * the next sign-in is by password and, where the policy requires it, straight into a new set-up.
 * Not for one's own account: that would skip the password and code that turning it off needs.
 */
export async function resetUserTwoFactor(
  actor: SessionUser,
  data: ResetUserTwoFactorData,
): Promise<Decision<{ reset: true }>> {
  const decision = can({ userId: actor.id, roles: actor.roles }, "admin");
  if (!decision.ok) return refuse(decision.reasons);
  if (data.userId === actor.id) {
    return refuse([
      reason(
        "own_two_factor",
        "You cannot reset your own two-factor authentication here: turn it off on your account page.",
      ),
    ]);
  }
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: data.userId, totpEnabledAt: { not: null } },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) {
      const exists = await tx.user.count({ where: { id: data.userId } });
      return refuse<{ reset: true }>([
        exists
          ? reason("not_enrolled", "Two-factor authentication is not on for this user.")
          : reason("not_found", "This user no longer exists. Reload the page."),
      ]);
    }
    await tx.recoveryCode.deleteMany({ where: { userId: data.userId } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "auth.2fa_reset",
      entityType: "auth",
      entityId: data.userId,
      after: { twoFactor: false, sessionsEnded: true },
    });
    return accept({ reset: true as const });
  });
}
