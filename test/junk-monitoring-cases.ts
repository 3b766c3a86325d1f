import { BAD_ID, SOME_ID, huge, type Case } from "./junk-cases";

/** The junk-input test's cases for monitoring at level 9 (alerts and the switchback from one). */
export const MONITORING_CASES: Record<string, Case> = {
  reportMonitoringSignal: {
    base: (i) => ({
      componentId: i.componentId,
      kind: "drift",
      severity: "critical",
      metric: "psi",
      value: 0.4,
      threshold: 0.2,
      link: "https://monitor.example.org/a/1",
      source: "evidently",
      externalId: "ext-1",
    }),
    junk: [
      [{ componentId: BAD_ID }, "componentId"],
      [{ kind: "vibes" }, "kind"],
      [{ severity: "apocalyptic" }, "severity"],
      [{ metric: "" }, "metric"],
      [{ metric: huge }, "metric"],
      [{ value: "0.4" }, "value"],
      [{ value: Infinity }, "value"],
      [{ value: NaN }, "value"],
      [{ threshold: "high" }, "threshold"],
      [{ link: "javascript:alert(1)" }, "link"],
      [{ source: "  " }, "source"],
      [{ externalId: huge }, "externalId"],
      [{ count: 5 }, "count"],
      [{ projectId: SOME_ID }, "projectId"],
    ],
  },
  acknowledgeAlert: {
    base: () => ({ alertId: SOME_ID }),
    junk: [
      [{ alertId: BAD_ID }, "alertId"],
      [{ alertId: 7 }, "alertId"],
    ],
  },
  resolveAlert: {
    base: () => ({ alertId: SOME_ID, note: "Fixed." }),
    junk: [
      [{ alertId: BAD_ID }, "alertId"],
      [{ note: "   " }, "note"],
      [{ note: huge }, "note"],
    ],
  },
  switchbackFromAlert: {
    base: () => ({ alertId: SOME_ID, toLevel: 4, note: "" }),
    junk: [
      [{ alertId: BAD_ID }, "alertId"],
      [{ toLevel: 5 }, "toLevel"],
      [{ toLevel: "4" }, "toLevel"],
      [{ toLevel: NaN }, "toLevel"],
      [{ note: huge }, "note"],
      [{ kind: "review" }, "kind"],
    ],
  },
};
