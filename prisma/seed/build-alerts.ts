/**
 * Monitoring alerts of the demo (docs/rules.md "Monitoring signals at level 9"): written after the
 * project's history is replayed, on components that ended deployed; the same rule as the command
 * refuses an alert on a component below level 9.
 */
import { decideReport } from "@/lib/domain/monitoring";
import { audit, componentOf, must, userOf, type ProjectState, type SeedContext } from "./context";
import { daysBefore, newId } from "./rows";
import type { AlertSeed } from "./types";

export function addAlerts(ctx: SeedContext, state: ProjectState, alerts: readonly AlertSeed[]): void {
  for (const a of alerts) {
    const c = componentOf(state, a.component);
    must(
      state,
      `the ${a.severity} alert on "${c.name}"`,
      decideReport({
        component: { id: c.id, name: c.name, level: c.level ?? 0, status: c.status },
        severity: a.severity,
        existing: null,
      }),
    );
    const at = daysBefore(ctx.now, a.at);
    const id = newId();
    const by = userOf(ctx, a.by).id;
    ctx.rows.monitoringAlerts.push({
      id,
      projectId: state.id,
      componentId: c.id,
      kind: a.kind,
      severity: a.severity,
      metric: a.metric,
      value: a.value,
      threshold: a.threshold,
      link: a.link,
      source: a.source,
      externalId: a.externalId ?? null,
      firstSeenAt: at,
      lastSeenAt: at,
      reportedById: by,
      createdAt: at,
      updatedAt: at,
    });
    ctx.rows.monitoringAlertEvents.push({
      id: newId(),
      alertId: id,
      projectId: state.id,
      kind: "reported",
      actorId: by,
      note: `${a.severity} ${a.metric} ${a.value} (threshold ${a.threshold}) from ${a.source}`,
      createdAt: at,
    });
    audit(ctx, state, {
      at,
      actor: a.by,
      action: "alert.report",
      entityType: "monitoring_alert",
      entityId: id,
      after: { componentId: c.id, kind: a.kind, severity: a.severity, metric: a.metric, value: a.value },
    });
  }
}
