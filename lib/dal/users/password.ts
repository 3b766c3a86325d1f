import "server-only";
import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { accept, reason, refuse, type Decision } from "@/lib/domain/decision";
import { decidePasswordStrength } from "@/lib/domain/password-policy";
import { hashPassword, verifyPassword } from "@/lib/password";
import type { ChangePasswordData } from "@/lib/schemas/account";
import { ACCOUNT_THROTTLED_MESSAGE, accountThrottle } from "@/lib/auth/account-throttle";
import { writeAudit } from "@/lib/dal/core/audit";

/**
 * A user changes their own password: the current one is required (a session left open is not
 * enough), the new one must pass the strength rule, and sessionVersion is bumped so every other
 * session ends; the action re-issues the caller's own session cookie with the new version.
 * The old hash is the compare-and-set guard: of two parallel changes only one succeeds.
 */
export async function changeOwnPassword(
  actor: SessionUser,
  data: ChangePasswordData,
): Promise<Decision<{ sessionVersion: number }>> {
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { passwordHash: true, email: true, name: true },
  });
  if (!user) return refuse([reason("not_found", "Your account no longer exists.")]);
  if (!user.passwordHash) {
    return refuse([
      reason(
        "no_password",
        "Your account signs in through single sign-on and has no password here. Change it with your organisation's sign-in.",
      ),
    ]);
  }
  const throttle = accountThrottle();
  if (!(await throttle.consume(actor.id))) return refuse([reason("throttled", ACCOUNT_THROTTLED_MESSAGE)]);
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    return refuse([reason("wrong_password", "Your current password is not correct.", "currentPassword")]);
  }
  await throttle.reset(actor.id);
  if (data.newPassword === data.currentPassword) {
    return refuse([
      reason("same_password", "Choose a new password that differs from your current one.", "newPassword"),
    ]);
  }
  const strength = decidePasswordStrength({
    password: data.newPassword,
    email: user.email,
    name: user.name,
    field: "newPassword",
  });
  if (!strength.ok) return refuse(strength.reasons);

  const passwordHash = await hashPassword(data.newPassword);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: user.passwordHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) {
      return refuse<{ sessionVersion: number }>([
        reason("changed_meanwhile", "Your password was changed meanwhile. Sign in again and retry."),
      ]);
    }
    const { sessionVersion } = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { sessionVersion: true },
    });
    // That it changed, never to what (nor any hash).
    await writeAudit(tx, {
      actorId: actor.id,
      action: "auth.password_changed",
      entityType: "auth",
      entityId: actor.id,
      after: { passwordChanged: true, otherSessionsEnded: true },
    });
    return accept({ sessionVersion });
  });
}
