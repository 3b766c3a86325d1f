import "server-only";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import type { AlertEventKind, AlertKind, AlertSeverity } from "@/lib/domain/monitoring";

/** A project's monitoring history for its timeline: every report, repeat, acknowledgement, resolution and switchback. */
export type AlertHistoryRowDto = {
  id: string;
  at: Date;
  kind: AlertEventKind;
  note: string;
  actorName: string | null;
  alert: { id: string; componentName: string; kind: AlertKind; severity: AlertSeverity; metric: string };
};

export async function getAlertHistoryFor(
  db: DbClient,
  _viewer: SessionUser,
  projectId: string,
): Promise<AlertHistoryRowDto[]> {
  const events = await db.monitoringAlertEvent.findMany({
    where: { projectId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      createdAt: true,
      kind: true,
      note: true,
      actor: { select: { name: true } },
      alert: {
        select: { id: true, kind: true, severity: true, metric: true, component: { select: { name: true } } },
      },
    },
  });
  return events.map((e) => ({
    id: e.id,
    at: e.createdAt,
    kind: e.kind as AlertEventKind,
    note: e.note,
    actorName: e.actor?.name ?? null,
    alert: {
      id: e.alert.id,
      componentName: e.alert.component.name,
      kind: e.alert.kind,
      severity: e.alert.severity,
      metric: e.alert.metric,
    },
  }));
}

export async function getAlertHistory({ projectId }: { projectId: string }): Promise<AlertHistoryRowDto[]> {
  return getAlertHistoryFor(prisma, await requireUser(), projectId);
}
