import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import {
  alertSummary,
  decideAcknowledge,
  decideReport,
  decideResolve,
  type AlertEventKind,
} from "@/lib/domain/monitoring";
import type { AcknowledgeAlertData, ReportMonitoringSignalData, ResolveAlertData } from "@/lib/schemas/monitoring";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { notifyUsers, projectUrl } from "@/lib/dal/core/notify";
import { expectOne, memberRoleOf, notFound, permit, runTransaction, unwrap } from "@/lib/dal/core/transaction";
import type { Decision } from "@/lib/domain/decision";
import { graduatingReviewQuery } from "./graduating-review";

/** Monitoring alerts: a signal reported (or counted on its unresolved twin), acknowledged, resolved. */

export async function appendAlertEvent(
  tx: Tx,
  e: { alertId: string; projectId: string; kind: AlertEventKind; actorId: string | null; note?: string; now: Date },
): Promise<void> {
  await tx.monitoringAlertEvent.create({
    data: {
      alertId: e.alertId,
      projectId: e.projectId,
      kind: e.kind,
      actorId: e.actorId,
      note: e.note ?? "",
      createdAt: e.now,
    },
  });
}

/** A critical alert: the project's owners and the panel of the review that graduated the component to 9. */
async function announceCritical(
  tx: Tx,
  input: {
    alertId: string;
    project: { id: string; slug: string; name: string; members: { userId: string; role: string }[] };
    component: { id: string; name: string };
    summary: string;
  },
): Promise<void> {
  const review = (await tx.levelTransition.findFirst(graduatingReviewQuery(input.component.id)))?.review ?? null;
  const owners = input.project.members.filter((m) => m.role === "owner").map((m) => m.userId);
  const panel = review?.seats.map((s) => s.userId) ?? [];
  await notifyUsers(tx, [...owners, ...panel], {
    kind: "project.monitoring_alert",
    title: `Critical monitoring alert on ${input.project.name}: ${input.component.name}`,
    body: review
      ? `${input.summary}. The chair of the review that deployed it may record a switchback (9 → 4 or 9 → 7).`
      : input.summary,
    url: `${projectUrl(input.project.slug)}#alert-${input.alertId}`,
    projectId: input.project.id,
    reviewId: review?.id ?? null,
  });
}

/**
 * A critical alert resolved by a member ends the chair's switchback offer: the panel that was told
 * of the alert is told who resolved it and why, so the offer never disappears unseen.
 */
async function announceCriticalResolved(
  tx: Tx,
  alert: Awaited<ReturnType<typeof loadAlert>>,
  user: SessionUser,
  note: string,
): Promise<void> {
  const review = (await tx.levelTransition.findFirst(graduatingReviewQuery(alert.component.id)))?.review ?? null;
  const panel = (review?.seats.map((s) => s.userId) ?? []).filter((id) => id !== user.id);
  await notifyUsers(tx, panel, {
    kind: "project.monitoring_alert",
    title: `Critical monitoring alert resolved on ${alert.project.name}: ${alert.component.name}`,
    body: `${user.name} resolved it with the note "${note}". The switchback it offered is no longer open; if you disagree, talk to the project's owners.`,
    url: `${projectUrl(alert.project.slug)}#alert-${alert.id}`,
    projectId: alert.project.id,
    reviewId: review?.id ?? null,
  });
}

const projectSelect = {
  id: true,
  slug: true,
  name: true,
  members: { select: { userId: true, role: true } },
} as const;

/** Opens an alert on a deployed component, or counts a repeat of an unresolved one (same external id). */
export async function reportMonitoringSignal(
  user: SessionUser,
  data: ReportMonitoringSignalData,
): Promise<Decision<{ alertId: string; repeated: boolean; count: number }>> {
  return runTransaction(async (tx) => {
    const c = await tx.component.findUnique({
      where: { id: data.componentId },
      select: { id: true, name: true, level: true, status: true, project: { select: projectSelect } },
    });
    if (!c) throw notFound("component", "componentId");
    permit(user, "report_monitoring_signal", { projectMemberRole: memberRoleOf(c.project.members, user.id) });
    const existing = data.externalId
      ? await tx.monitoringAlert.findFirst({
          where: { componentId: c.id, externalId: data.externalId, status: { not: "resolved" } },
          select: { id: true, status: true, severity: true, kind: true, count: true, version: true },
        })
      : null;
    const outcome = unwrap(decideReport({ component: c, severity: data.severity, existing }));
    const now = new Date();
    const signal = { value: data.value, threshold: data.threshold, lastSeenAt: now, severity: outcome.severity };
    let alertId: string;
    let count = 1;
    if (outcome.action === "repeat" && existing) {
      const { count: n } = await tx.monitoringAlert.updateMany({
        where: { id: existing.id, version: existing.version, status: existing.status },
        data: { ...signal, count: { increment: 1 }, version: { increment: 1 }, ...(data.link && { link: data.link }) },
      });
      expectOne(n, `alert ${existing.id}`);
      alertId = existing.id;
      count = existing.count + 1;
    } else {
      // A concurrent first report of the same external id hits the partial unique index; the retry counts on it.
      const created = await tx.monitoringAlert.create({
        data: {
          ...signal,
          projectId: c.project.id,
          componentId: c.id,
          kind: data.kind,
          metric: data.metric,
          link: data.link ?? "",
          source: data.source,
          externalId: data.externalId,
          firstSeenAt: now,
          reportedById: user.id,
        },
        select: { id: true },
      });
      alertId = created.id;
    }
    const summary = alertSummary(data);
    await appendAlertEvent(tx, {
      alertId,
      projectId: c.project.id,
      kind: outcome.action === "repeat" ? "repeated" : "reported",
      actorId: user.id,
      note: `${data.severity} ${summary} from ${data.source}`,
      now,
    });
    if (outcome.notifyCritical)
      await announceCritical(tx, {
        alertId,
        project: c.project,
        component: c,
        summary: `${summary} from ${data.source}`,
      });
    await writeAudit(tx, {
      actorId: user.id,
      action: outcome.action === "repeat" ? "alert.repeat" : "alert.report",
      entityType: "monitoring_alert",
      entityId: alertId,
      projectId: c.project.id,
      before: existing ? { severity: existing.severity, count: existing.count } : undefined,
      after: {
        componentId: c.id,
        kind: data.kind,
        severity: outcome.severity,
        metric: data.metric,
        value: data.value,
        threshold: data.threshold,
        link: data.link ?? "",
        source: data.source,
        externalId: data.externalId,
        count,
      },
    });
    return { alertId, repeated: outcome.action === "repeat", count };
  });
}

export async function loadAlert(tx: Tx, alertId: string) {
  const alert = await tx.monitoringAlert.findUnique({
    where: { id: alertId },
    select: {
      id: true,
      status: true,
      severity: true,
      kind: true,
      metric: true,
      value: true,
      threshold: true,
      version: true,
      projectId: true,
      component: { select: { id: true, name: true, level: true, status: true } },
      project: { select: { ...projectSelect, status: true } },
    },
  });
  if (!alert) throw notFound("alert", "alertId");
  return alert;
}

/** Compare-and-set on the status the decision was made on: a concurrent change re-runs the command. */
export async function moveAlert(
  tx: Tx,
  alert: { id: string; status: string; version: number },
  data: { status: "acknowledged" | "resolved"; switchbackId?: string },
): Promise<void> {
  const { count } = await tx.monitoringAlert.updateMany({
    where: { id: alert.id, status: alert.status as "open" | "acknowledged", version: alert.version },
    data: { status: data.status, switchbackId: data.switchbackId, version: { increment: 1 } },
  });
  expectOne(count, `alert ${alert.id} ${alert.status}`);
}

export async function acknowledgeAlert(
  user: SessionUser,
  data: AcknowledgeAlertData,
): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    const alert = await loadAlert(tx, data.alertId);
    permit(user, "handle_monitoring_alert", { projectMemberRole: memberRoleOf(alert.project.members, user.id) });
    const next = unwrap(decideAcknowledge(alert));
    await moveAlert(tx, alert, next);
    const now = new Date();
    await appendAlertEvent(tx, {
      alertId: alert.id,
      projectId: alert.projectId,
      kind: "acknowledged",
      actorId: user.id,
      now,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "alert.acknowledge",
      entityType: "monitoring_alert",
      entityId: alert.id,
      projectId: alert.projectId,
      before: { status: alert.status },
      after: { status: next.status },
    });
    return { id: alert.id };
  });
}

export async function resolveAlert(user: SessionUser, data: ResolveAlertData): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    const alert = await loadAlert(tx, data.alertId);
    permit(user, "handle_monitoring_alert", { projectMemberRole: memberRoleOf(alert.project.members, user.id) });
    const next = unwrap(decideResolve(alert, data.note));
    await moveAlert(tx, alert, next);
    if (alert.severity === "critical") await announceCriticalResolved(tx, alert, user, next.note);
    const now = new Date();
    await appendAlertEvent(tx, {
      alertId: alert.id,
      projectId: alert.projectId,
      kind: "resolved",
      actorId: user.id,
      note: next.note,
      now,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "alert.resolve",
      entityType: "monitoring_alert",
      entityId: alert.id,
      projectId: alert.projectId,
      before: { status: alert.status },
      after: { status: next.status, note: next.note },
    });
    return { id: alert.id };
  });
}
