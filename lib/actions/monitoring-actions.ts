"use server";

import {
  acknowledgeAlertCommand,
  reportMonitoringSignalCommand,
  resolveAlertCommand,
  switchbackFromAlertCommand,
} from "@/lib/commands/monitoring";
import { serverAction } from "./server-action";

/** Monitoring alerts (lib/commands/monitoring.ts) as server actions. */

export const reportMonitoringSignalAction = serverAction(reportMonitoringSignalCommand);
export const acknowledgeAlertAction = serverAction(acknowledgeAlertCommand);
export const resolveAlertAction = serverAction(resolveAlertCommand);
export const switchbackFromAlertAction = serverAction(switchbackFromAlertCommand);
