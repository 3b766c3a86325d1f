import { z } from "zod";
import { ALERT_KINDS, ALERT_SEVERITIES, ALERT_SWITCHBACK_TARGETS } from "@/lib/domain/monitoring";
import { idSchema, optionalText, optionalUrl, requiredText } from "./common";

const finite = (what: string) =>
  z.number({ error: `Enter the ${what} as a number.` }).refine(Number.isFinite, `Enter the ${what} as a number.`);

/**
 * A monitoring signal on a deployed component; also the HTTP body of the API's monitoring door
 * (a token with the `monitoring` scope calls the same command).
 */
export const reportMonitoringSignalSchema = z
  .object({
    componentId: idSchema("component"),
    kind: z.enum(ALERT_KINDS, { error: "Choose drift, data quality, performance or other." }),
    severity: z.enum(ALERT_SEVERITIES, { error: "Choose info, warning or critical." }),
    metric: requiredText("the metric", 120),
    value: finite("value"),
    threshold: finite("threshold").nullable().default(null),
    link: optionalUrl.default(""),
    source: requiredText("the monitoring tool", 80),
    /** The tool's own id for the alert: a repeat with it counts on the unresolved alert. */
    externalId: optionalText(200)
      .transform((v) => (v === "" ? null : v))
      .nullable()
      .default(null),
  })
  .strict();
export type ReportMonitoringSignalInput = z.input<typeof reportMonitoringSignalSchema>;
export type ReportMonitoringSignalData = z.output<typeof reportMonitoringSignalSchema>;

export const acknowledgeAlertSchema = z.object({ alertId: idSchema("alert") }).strict();
export type AcknowledgeAlertInput = z.input<typeof acknowledgeAlertSchema>;
export type AcknowledgeAlertData = z.output<typeof acknowledgeAlertSchema>;

export const resolveAlertSchema = z
  .object({ alertId: idSchema("alert"), note: requiredText("what was done", 2000) })
  .strict();
export type ResolveAlertInput = z.input<typeof resolveAlertSchema>;
export type ResolveAlertData = z.output<typeof resolveAlertSchema>;

export const alertSwitchbackSchema = z
  .object({
    alertId: idSchema("alert"),
    toLevel: z.union(
      ALERT_SWITCHBACK_TARGETS.map((l) => z.literal(l)),
      { error: "Choose 9 → 4 or 9 → 7." },
    ),
    note: optionalText(2000).default(""),
  })
  .strict();
export type AlertSwitchbackInput = z.input<typeof alertSwitchbackSchema>;
export type AlertSwitchbackData = z.output<typeof alertSwitchbackSchema>;
