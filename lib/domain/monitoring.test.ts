import { describe, expect, it } from "vitest";
import {
  alertSwitchbackReason,
  decideAcknowledge,
  decideAlertSwitchback,
  decideReport,
  decideResolve,
  openAlertsLabel,
  suggestedSwitchbackTarget,
  type AlertSeverity,
  type AlertState,
  type AlertStatus,
} from "./monitoring";

const deployed = { id: "c1", name: "Ranker", level: 9, status: "active" as const };
const alert = (status: AlertStatus, severity: AlertSeverity = "critical"): AlertState => ({
  id: "a1",
  status,
  severity,
  kind: "drift",
});
const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : d.reasons!.map((r) => r.code));

describe("decideReport", () => {
  it.each<[string, number, "active" | "archived", string[]]>([
    ["a deployed component accepts a signal", 9, "active", []],
    ["a component at 8 is not deployed", 8, "active", ["component_not_deployed"]],
    ["a component at 0 is not deployed", 0, "active", ["component_not_deployed"]],
    ["an archived component accepts none", 9, "archived", ["component_archived"]],
  ])("%s", (_, level, status, expected) => {
    expect(
      codes(decideReport({ component: { ...deployed, level, status }, severity: "warning", existing: null })),
    ).toEqual(expected);
  });

  it.each<[string, AlertState | null, AlertSeverity, object]>([
    ["no earlier alert opens one", null, "warning", { action: "open", severity: "warning", notifyCritical: false }],
    ["a critical one opens and notifies", null, "critical", { action: "open", notifyCritical: true }],
    ["a resolved earlier alert opens a new one", alert("resolved"), "info", { action: "open", severity: "info" }],
    [
      "a repeat of an open alert counts on it",
      alert("open", "warning"),
      "info",
      { action: "repeat", alertId: "a1", severity: "warning", notifyCritical: false },
    ],
    [
      "a repeat of an acknowledged alert counts on it too",
      alert("acknowledged", "warning"),
      "warning",
      { action: "repeat", severity: "warning" },
    ],
    [
      "a repeat that raises it to critical notifies",
      alert("open", "warning"),
      "critical",
      { action: "repeat", severity: "critical", notifyCritical: true },
    ],
    [
      "a repeat of a critical alert does not notify again",
      alert("open", "critical"),
      "critical",
      { action: "repeat", severity: "critical", notifyCritical: false },
    ],
  ])("%s", (_, existing, severity, expected) => {
    const d = decideReport({ component: deployed, severity, existing });
    expect(d).toMatchObject({ ok: true, value: expected });
  });
});

describe("acknowledge and resolve: open → acknowledged → resolved", () => {
  it.each<[AlertStatus, string[]]>([
    ["open", []],
    ["acknowledged", ["alert_already_acknowledged"]],
    ["resolved", ["alert_resolved"]],
  ])("acknowledging an alert that is %s", (status, expected) => {
    expect(codes(decideAcknowledge(alert(status)))).toEqual(expected);
  });

  it.each<[AlertStatus, string, string[]]>([
    ["open", "Retrained on May data", []],
    ["acknowledged", "Fixed the feature pipeline", []],
    ["open", "  ", ["note_missing"]],
    ["resolved", "again", ["alert_resolved"]],
    ["resolved", "", ["alert_resolved", "note_missing"]],
  ])("resolving an alert that is %s with note %j", (status, note, expected) => {
    expect(codes(decideResolve(alert(status), note))).toEqual(expected);
  });
});

describe("switchback from an alert", () => {
  const full = (status: AlertStatus, severity: AlertSeverity = "critical") => ({
    ...alert(status, severity),
    metric: "psi",
    value: 0.4,
    threshold: 0.2,
  });

  it.each<[string, Parameters<typeof decideAlertSwitchback>[0], string[]]>([
    ["9 → 4 from an open critical alert", { alert: full("open"), component: deployed, toLevel: 4, note: "" }, []],
    ["9 → 7 from an acknowledged one", { alert: full("acknowledged"), component: deployed, toLevel: 7, note: "x" }, []],
    [
      "not to another level",
      { alert: full("open"), component: deployed, toLevel: 6, note: "" },
      ["alert_switchback_target"],
    ],
    [
      "not from a warning",
      { alert: full("open", "warning"), component: deployed, toLevel: 4, note: "" },
      ["alert_not_critical"],
    ],
    [
      "not from a resolved alert",
      { alert: full("resolved"), component: deployed, toLevel: 4, note: "" },
      ["alert_resolved"],
    ],
    [
      "not once the component left 9",
      { alert: full("open"), component: { ...deployed, level: 7 }, toLevel: 4, note: "" },
      ["component_not_deployed"],
    ],
    [
      "not while a review holds it",
      { alert: full("open"), component: deployed, toLevel: 4, note: "", underLiveReview: true },
      ["component_under_review"],
    ],
  ])("%s", (_, input, expected) => {
    expect(codes(decideAlertSwitchback(input))).toEqual(expected);
  });

  it("is an embedded transition whose reason is the alert", () => {
    const d = decideAlertSwitchback({ alert: full("open"), component: deployed, toLevel: 4, note: "Concept drift." });
    expect(d).toEqual({
      ok: true,
      value: {
        componentId: "c1",
        kind: "embedded",
        fromLevel: 9,
        toLevel: 4,
        reason: "Monitoring alert (critical drift): psi 0.4 (threshold 0.2). Concept drift.",
      },
    });
  });
});

describe("helpers", () => {
  it.each([
    ["drift", 4],
    ["data_quality", 7],
    ["performance", 7],
    ["other", 7],
  ] as const)("a %s alert suggests 9 → %i", (kind, target) => {
    expect(suggestedSwitchbackTarget(kind)).toBe(target);
  });

  it("names the alert without a threshold", () => {
    expect(
      alertSwitchbackReason(
        { kind: "performance", severity: "critical", metric: "p99 ms", value: 900, threshold: null },
        "",
      ),
    ).toBe("Monitoring alert (critical performance): p99 ms 900");
  });

  it.each([
    [1, "1 open alert"],
    [2, "2 open alerts"],
  ])("%i → %s", (n, label) => expect(openAlertsLabel(n)).toBe(label));
});
