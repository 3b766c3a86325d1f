import "server-only";
import { acknowledgeAlert, reportMonitoringSignal, resolveAlert } from "@/lib/dal/monitoring/commands";
import { switchbackFromAlert } from "@/lib/dal/monitoring/switchback";
import {
  acknowledgeAlertSchema,
  alertSwitchbackSchema,
  reportMonitoringSignalSchema,
  resolveAlertSchema,
} from "@/lib/schemas/monitoring";
import { defineCommand } from "./define-command";
import type { InvalidationTarget } from "./invalidation";

/**
 * Monitoring at level 9. Alerts show on the project and the portfolio row; none changes a cached
 * aggregate except the switchback, which moves a level.
 */
const ALERTS: InvalidationTarget[] = ["projects", "home", "portfolio"];

/** Also the API's monitoring door (a token with the `monitoring` scope): its schema is the HTTP body. */
export const reportMonitoringSignalCommand = defineCommand({
  name: "reportMonitoringSignal",
  schema: reportMonitoringSignalSchema,
  run: reportMonitoringSignal,
  invalidates: (r) => (r.repeated ? ALERTS : [...ALERTS, "notifications"]),
  audit: ["alert.report", "alert.repeat"],
});

export const acknowledgeAlertCommand = defineCommand({
  name: "acknowledgeAlert",
  schema: acknowledgeAlertSchema,
  run: acknowledgeAlert,
  invalidates: ALERTS,
  audit: ["alert.acknowledge"],
});

export const resolveAlertCommand = defineCommand({
  name: "resolveAlert",
  schema: resolveAlertSchema,
  run: resolveAlert,
  invalidates: ALERTS,
  audit: ["alert.resolve"],
});

/** The chair of the graduating review sends the component back (9 → 4 or 9 → 7) and resolves the alert. */
export const switchbackFromAlertCommand = defineCommand({
  name: "switchbackFromAlert",
  schema: alertSwitchbackSchema,
  run: switchbackFromAlert,
  invalidates: [...ALERTS, "notifications", "portfolioStats"],
  audit: ["alert.switchback"],
});
