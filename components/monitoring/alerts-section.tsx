import { formatRelative, isoDate } from "@/components/shared/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { safeHref } from "@/components/ui/safe-href";
import type { AlertDto, ProjectAlertsDto } from "@/lib/dal/monitoring/read-alerts";
import { ALERT_KIND_LABELS, alertSwitchbackReason, type AlertSeverity } from "@/lib/domain/monitoring";
import { AlertActions } from "./alert-actions";
import { ReportSignalForm } from "./report-signal-form";

const SEVERITY_TONE: Record<AlertSeverity, BadgeTone> = { info: "blue", warning: "amber", critical: "red" };

function AlertItem({ alert, canHandle, now }: { alert: AlertDto; canHandle: boolean; now: Date }) {
  const href = safeHref(alert.link);
  return (
    <li
      id={`alert-${alert.id}`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={SEVERITY_TONE[alert.severity]}>{alert.severity}</Badge>
        <Badge>{ALERT_KIND_LABELS[alert.kind]}</Badge>
        {alert.status === "acknowledged" ? <Badge tone="neutral">acknowledged</Badge> : null}
        <span className="font-medium text-slate-900">{alert.componentName}</span>
      </div>
      <p className="text-slate-800">
        <span className="font-mono break-all">{alert.metric}</span> = {alert.value}
        {alert.threshold === null ? null : <> vs threshold {alert.threshold}</>}
      </p>
      <p className="text-sm text-slate-600">
        From {alert.source}, first seen{" "}
        <time dateTime={isoDate(alert.firstSeenAt)}>{formatRelative(alert.firstSeenAt, now)}</time>
        {alert.count > 1 ? (
          <>
            , seen {alert.count} times, last{" "}
            <time dateTime={isoDate(alert.lastSeenAt)}>{formatRelative(alert.lastSeenAt, now)}</time>
          </>
        ) : null}
        .
        {href ? (
          <>
            {" "}
            <a className="text-blue-700 underline" href={href} rel="noopener noreferrer" target="_blank">
              Open in {alert.source}
            </a>
          </>
        ) : null}
      </p>
      <AlertActions
        alertId={alert.id}
        status={alert.status}
        canHandle={canHandle}
        offer={alert.switchbackOffer}
        reason={alertSwitchbackReason(alert, "")}
      />
    </li>
  );
}

/** Unresolved alerts on the project's deployed components, and (for members) a form to report one by hand. */
export function AlertsSection({ data, now }: { data: ProjectAlertsDto; now: Date }) {
  return (
    <div className="flex flex-col gap-4">
      {data.alerts.length === 0 ? (
        <p className="text-slate-600">No open alerts on the deployed components.</p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Open monitoring alerts">
          {data.alerts.map((a) => (
            <AlertItem key={a.id} alert={a} canHandle={data.canHandle} now={now} />
          ))}
        </ul>
      )}
      {data.canReport && data.deployed.length > 0 ? <ReportSignalForm components={data.deployed} /> : null}
    </div>
  );
}
