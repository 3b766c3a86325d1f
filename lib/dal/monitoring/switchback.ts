import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Decision } from "@/lib/domain/decision";
import { decideAlertSwitchback } from "@/lib/domain/monitoring";
import { projectEditableReasons } from "@/lib/domain/project-status";
import type { AlertSwitchbackData } from "@/lib/schemas/monitoring";
import { writeAudit } from "@/lib/dal/core/audit";
import { applyTransitions } from "@/lib/dal/core/level-transitions";
import { notifyUsers, projectUrl } from "@/lib/dal/core/notify";
import { lockProject, memberRoleOf, permit, refuseIf, runTransaction, unwrap } from "@/lib/dal/core/transaction";
import { appendAlertEvent, loadAlert, moveAlert } from "./commands";
import { graduatingReviewQuery } from "./graduating-review";

/**
 * The chair of the review that graduated the component to 9 sends it back (9 → 4 or 9 → 7) from a
 * critical alert. The move goes through applyTransitions like every switchback (kind `embedded`,
 * compare-and-set on level 9, so it happens once); the alert is resolved with a link to it.
 */
export async function switchbackFromAlert(
  user: SessionUser,
  data: AlertSwitchbackData,
): Promise<Decision<{ level: number; transitionId: string }>> {
  return runTransaction(async (tx) => {
    const head = await tx.monitoringAlert.findUnique({ where: { id: data.alertId }, select: { projectId: true } });
    // Locked like every switchback, so "is it under a live review?" holds until commit.
    if (head) await lockProject(tx, head.projectId);
    const alert = await loadAlert(tx, data.alertId);
    const review = (await tx.levelTransition.findFirst(graduatingReviewQuery(alert.component.id)))?.review ?? null;
    const seat = review?.seats.find((s) => s.userId === user.id) ?? null;
    permit(user, "alert_switchback", {
      projectMemberRole: memberRoleOf(alert.project.members, user.id),
      seat: seat && { isChair: seat.isChair },
    });
    refuseIf(projectEditableReasons(alert.project.status));
    const underLiveReview =
      (await tx.reviewComponent.count({
        where: { componentId: alert.component.id, review: { status: { in: ["draft", "open"] } } },
      })) > 0;
    const t = unwrap(
      decideAlertSwitchback({
        alert,
        component: alert.component,
        toLevel: data.toLevel,
        note: data.note,
        underLiveReview,
      }),
    );
    const now = new Date();
    await applyTransitions(tx, { projectId: alert.projectId, actorId: user.id, now, transitions: [t] });
    const transition = await tx.levelTransition.findFirstOrThrow({
      where: { componentId: t.componentId, kind: "embedded", fromLevel: 9, toLevel: t.toLevel, createdAt: now },
      select: { id: true },
    });
    await moveAlert(tx, alert, { status: "resolved", switchbackId: transition.id });
    await appendAlertEvent(tx, {
      alertId: alert.id,
      projectId: alert.projectId,
      kind: "switchback",
      actorId: user.id,
      note: `Switchback 9 → ${t.toLevel}: ${t.reason ?? ""}`,
      now,
    });
    await notifyUsers(
      tx,
      alert.project.members.filter((m) => m.role === "owner").map((m) => m.userId),
      {
        kind: "project.monitoring_alert",
        title: `${alert.component.name} on ${alert.project.name} went back from 9 to ${t.toLevel}`,
        body: t.reason ?? "",
        url: projectUrl(alert.project.slug),
        projectId: alert.projectId,
        reviewId: review?.id ?? null,
      },
    );
    await writeAudit(tx, {
      actorId: user.id,
      action: "alert.switchback",
      entityType: "monitoring_alert",
      entityId: alert.id,
      projectId: alert.projectId,
      before: { status: alert.status, componentId: alert.component.id, level: alert.component.level },
      after: { status: "resolved", level: t.toLevel, reason: t.reason ?? "", transitionId: transition.id },
    });
    return { level: t.toLevel, transitionId: transition.id };
  });
}
