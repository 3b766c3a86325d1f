import { decide, hasText, reason, type Decision, type Reason } from "./decision";
import type { TransitionDraft } from "./transitions";
import { liveReviewReasons, named } from "./switchbacks";
import { MAX_LEVEL, type ComponentStatus } from "./vocabulary";

/**
 * Monitoring signals at level 9 (docs/rules.md). A deployed component receives signals from
 * monitoring tools; each becomes an alert that members acknowledge and resolve, and a critical one
 * offers the chair of the review that graduated the component to 9 a switchback (9 → 4 or 9 → 7).
 */

export const ALERT_KINDS = ["drift", "data_quality", "performance", "other"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_SEVERITIES = ["info", "warning", "critical"] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const ALERT_STATUSES = ["open", "acknowledged", "resolved"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** What an alert's append-only history records. */
export const ALERT_EVENT_KINDS = ["reported", "repeated", "acknowledged", "resolved", "switchback"] as const;
export type AlertEventKind = (typeof ALERT_EVENT_KINDS)[number];

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  drift: "drift",
  data_quality: "data quality",
  performance: "performance",
  other: "other",
};

/** Only a deployed component (the last level) receives monitoring signals. */
export const DEPLOYED_LEVEL = MAX_LEVEL;

/** The switchbacks a monitoring alert may lead to: back to proof of concept, or back through integration. */
export const ALERT_SWITCHBACK_TARGETS = [4, 7] as const;
export type AlertSwitchbackTarget = (typeof ALERT_SWITCHBACK_TARGETS)[number];

const severityRank = (s: AlertSeverity) => ALERT_SEVERITIES.indexOf(s);

export type MonitoredComponent = { id: string; name?: string; level: number; status: ComponentStatus };
export type AlertState = { id: string; status: AlertStatus; severity: AlertSeverity; kind: AlertKind };

function deployedReasons(c: MonitoredComponent): Reason[] {
  if (c.status !== "active")
    return [reason("component_archived", `The component ${named(c)} is archived.`, "componentId")];
  if (c.level !== DEPLOYED_LEVEL)
    return [
      reason(
        "component_not_deployed",
        `Only deployed components (level ${DEPLOYED_LEVEL}) receive monitoring signals; ${named(c)} is at level ${c.level}.`,
        "componentId",
      ),
    ];
  return [];
}

export type ReportOutcome =
  | { action: "open"; severity: AlertSeverity; notifyCritical: boolean }
  | { action: "repeat"; alertId: string; severity: AlertSeverity; notifyCritical: boolean };

/**
 * A signal on a deployed component. A repeat of an unresolved alert's external id counts on that
 * alert (its severity only rises); a repeat after resolution opens a new alert. A critical signal
 * notifies once: when it opens critical, or when a repeat first raises an alert to critical.
 */
export function decideReport(input: {
  component: MonitoredComponent;
  severity: AlertSeverity;
  /** The unresolved alert with the same external id on this component, if any. */
  existing: AlertState | null;
}): Decision<ReportOutcome> {
  const { existing, severity } = input;
  return decide(deployedReasons(input.component), (): ReportOutcome => {
    if (!existing || existing.status === "resolved")
      return { action: "open", severity, notifyCritical: severity === "critical" };
    const next = severityRank(severity) > severityRank(existing.severity) ? severity : existing.severity;
    return {
      action: "repeat",
      alertId: existing.id,
      severity: next,
      notifyCritical: next === "critical" && existing.severity !== "critical",
    };
  });
}

const resolvedReason = (what: string) =>
  reason("alert_resolved", `This alert is resolved; a resolved alert cannot be ${what}.`, "alertId");

/** open → acknowledged. */
export function decideAcknowledge(alert: AlertState): Decision<{ status: "acknowledged" }> {
  const out: Reason[] = [];
  if (alert.status === "resolved") out.push(resolvedReason("acknowledged"));
  if (alert.status === "acknowledged")
    out.push(reason("alert_already_acknowledged", "This alert is already acknowledged.", "alertId"));
  return decide(out, () => ({ status: "acknowledged" as const }));
}

/** open or acknowledged → resolved, with a note saying what was done. */
export function decideResolve(alert: AlertState, note: string): Decision<{ status: "resolved"; note: string }> {
  const out: Reason[] = [];
  if (alert.status === "resolved") out.push(resolvedReason("resolved again"));
  if (!hasText(note)) out.push(reason("note_missing", "Resolving an alert needs a note on what was done.", "note"));
  return decide(out, () => ({ status: "resolved" as const, note: note.trim() }));
}

/**
 * The target the offer suggests: drift means the deployed technology no longer holds in its real
 * setting, so it goes back to proof of concept (4); a data-quality, performance or other problem
 * is fixed by a change to the deployed version, which cycles back through integration (7).
 */
export function suggestedSwitchbackTarget(kind: AlertKind): AlertSwitchbackTarget {
  return kind === "drift" ? 4 : 7;
}

/** "accuracy 0.81 (threshold 0.9)" — the alert as one phrase, for reasons and notifications. */
export function alertSummary(a: { metric: string; value: number; threshold: number | null }): string {
  return a.threshold === null ? `${a.metric} ${a.value}` : `${a.metric} ${a.value} (threshold ${a.threshold})`;
}

/** The switchback's reason: the alert, then the chair's note. */
export function alertSwitchbackReason(
  a: { kind: AlertKind; severity: AlertSeverity; metric: string; value: number; threshold: number | null },
  note: string,
): string {
  const head = `Monitoring alert (${a.severity} ${ALERT_KIND_LABELS[a.kind]}): ${alertSummary(a)}`;
  return hasText(note) ? `${head}. ${note.trim()}` : head;
}

/**
 * The chair of the graduating review sends a deployed component back from a critical, unresolved
 * alert: 9 → 4 or 9 → 7 (embedded paths), with the alert as its reason. Who the chair is, is the
 * permission table's; this checks the state.
 */
export function decideAlertSwitchback(input: {
  alert: AlertState & { metric: string; value: number; threshold: number | null };
  component: MonitoredComponent;
  toLevel: number;
  note: string;
  underLiveReview?: boolean;
}): Decision<TransitionDraft> {
  const { alert, component: c, toLevel } = input;
  const out: Reason[] = [...deployedReasons(c)];
  if (alert.status === "resolved") out.push(resolvedReason("sent back again"));
  if (alert.severity !== "critical")
    out.push(
      reason(
        "alert_not_critical",
        `Only a critical alert offers a switchback; this one is ${alert.severity}.`,
        "alertId",
      ),
    );
  if (!(ALERT_SWITCHBACK_TARGETS as readonly number[]).includes(toLevel))
    out.push(
      reason(
        "alert_switchback_target",
        `A switchback from a monitoring alert goes 9 → 4 or 9 → 7; ${toLevel} is neither.`,
        "toLevel",
      ),
    );
  out.push(...liveReviewReasons(c, input.underLiveReview));
  return decide(out, () => ({
    componentId: c.id,
    kind: "embedded" as const,
    fromLevel: c.level,
    toLevel,
    reason: alertSwitchbackReason(alert, input.note),
  }));
}

/** "2 open alerts" — unresolved (open or acknowledged) alerts, for the portfolio row. */
export function openAlertsLabel(count: number): string {
  return count === 1 ? "1 open alert" : `${count} open alerts`;
}
