import "server-only";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import {
  DEPLOYED_LEVEL,
  suggestedSwitchbackTarget,
  type AlertKind,
  type AlertSeverity,
  type AlertStatus,
  type AlertSwitchbackTarget,
} from "@/lib/domain/monitoring";
import { can } from "@/lib/domain/permissions";
import { memberRoleOf, toActor } from "@/lib/dal/core/transaction";
import { graduatingReviewQuery } from "./graduating-review";

export type AlertDto = {
  id: string;
  componentId: string;
  componentName: string;
  kind: AlertKind;
  severity: AlertSeverity;
  status: AlertStatus;
  metric: string;
  value: number;
  threshold: number | null;
  link: string;
  source: string;
  count: number;
  firstSeenAt: Date;
  lastSeenAt: Date;
  /** Set when the viewer chairs the review that graduated the component to 9 and the alert is critical. */
  switchbackOffer: { suggested: AlertSwitchbackTarget } | null;
};

/** The project page's monitoring section: unresolved alerts on deployed components, and what the viewer may do. */
export type ProjectAlertsDto = {
  projectId: string;
  deployed: { id: string; name: string }[];
  alerts: AlertDto[];
  canReport: boolean;
  canHandle: boolean;
};

export async function getProjectAlertsFor(
  db: DbClient,
  viewer: SessionUser,
  slug: string,
): Promise<ProjectAlertsDto | null> {
  const p = await db.project.findUnique({
    where: { slug },
    select: {
      id: true,
      members: { select: { userId: true, role: true } },
      components: {
        where: { status: "active", level: DEPLOYED_LEVEL },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      },
      monitoringAlerts: {
        where: { status: { not: "resolved" } },
        orderBy: [{ lastSeenAt: "desc" }],
        take: 50,
        include: { component: { select: { name: true, level: true } } },
      },
    },
  });
  if (!p) return null;
  const actor = toActor(viewer);
  const projectMemberRole = memberRoleOf(p.members, viewer.id);
  const chairOf = new Map<string, boolean>();
  for (const a of p.monitoringAlerts) {
    if (a.severity !== "critical" || a.component.level !== DEPLOYED_LEVEL || chairOf.has(a.componentId)) continue;
    const review = (await db.levelTransition.findFirst(graduatingReviewQuery(a.componentId)))?.review ?? null;
    const seat = review?.seats.find((s) => s.userId === viewer.id) ?? null;
    chairOf.set(a.componentId, can(actor, "alert_switchback", { projectMemberRole, seat }).ok);
  }
  return {
    projectId: p.id,
    deployed: p.components,
    canReport: can(actor, "report_monitoring_signal", { projectMemberRole }).ok,
    canHandle: can(actor, "handle_monitoring_alert", { projectMemberRole }).ok,
    alerts: p.monitoringAlerts.map((a) => ({
      id: a.id,
      componentId: a.componentId,
      componentName: a.component.name,
      kind: a.kind,
      severity: a.severity,
      status: a.status,
      metric: a.metric,
      value: a.value,
      threshold: a.threshold,
      link: a.link,
      source: a.source,
      count: a.count,
      firstSeenAt: a.firstSeenAt,
      lastSeenAt: a.lastSeenAt,
      switchbackOffer: chairOf.get(a.componentId) ? { suggested: suggestedSwitchbackTarget(a.kind) } : null,
    })),
  };
}

export async function getProjectAlerts({ slug }: { slug: string }): Promise<ProjectAlertsDto | null> {
  return getProjectAlertsFor(prisma, await requireUser(), slug);
}
