import { describe, expect, it } from "vitest";
import {
  ageInDays,
  decideCriterionEvidence,
  decideRequirementEvidence,
  isStale,
  meetsTarget,
  metricReasons,
  nextRequirementStatus,
  reportedStatus,
  type RequirementMetric,
} from "./evidence";
import type { RequirementStatus } from "./vocabulary";

const acc: RequirementMetric = { name: "accuracy", comparator: "at_least", target: 0.9 };
const latency: RequirementMetric = { name: "p95_ms", comparator: "at_most", target: 200 };
const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));

describe("meetsTarget", () => {
  it.each<[RequirementMetric, number, boolean]>([
    [acc, 0.95, true],
    [acc, 0.9, true],
    [acc, 0.89, false],
    [latency, 150, true],
    [latency, 200, true],
    [latency, 201, false],
  ])("%o with %d → %s", (metric, value, expected) => {
    expect(meetsTarget(metric, value)).toBe(expected);
  });
});

describe("nextRequirementStatus", () => {
  it.each<[RequirementStatus, boolean, RequirementStatus, "verified" | "regressed" | null, boolean]>([
    ["open", true, "verified", "verified", true],
    ["regressed", true, "verified", "verified", true],
    ["verified", true, "verified", null, true],
    ["validated", true, "validated", null, false],
    ["waived", true, "waived", null, false],
    ["open", false, "open", null, false],
    ["verified", false, "regressed", "regressed", true],
    ["validated", false, "regressed", "regressed", true],
    ["regressed", false, "regressed", null, false],
    ["waived", false, "waived", null, false],
  ])("%s + passed=%s → %s", (status, passed, next, change, recordsRun) => {
    expect(nextRequirementStatus(status, passed)).toEqual({ status: next, change, recordsRun });
  });
});

describe("decideRequirementEvidence", () => {
  const req = (status: RequirementStatus, metric: RequirementMetric | null = acc) => ({ number: 3, status, metric });
  it.each<
    [
      string,
      ReturnType<typeof req>,
      boolean | undefined,
      { name: string; value: number }[],
      string[],
      RequirementStatus | null,
    ]
  >([
    ["value meets target → verified", req("open"), undefined, [{ name: "accuracy", value: 0.93 }], [], "verified"],
    [
      "value misses after verified → regressed",
      req("verified"),
      undefined,
      [{ name: "accuracy", value: 0.8 }],
      [],
      "regressed",
    ],
    [
      "other metrics recorded beside",
      req("open"),
      undefined,
      [
        { name: "f1", value: 0.1 },
        { name: "accuracy", value: 0.95 },
      ],
      [],
      "verified",
    ],
    ["agreeing passed is fine", req("open"), true, [{ name: "accuracy", value: 0.95 }], [], "verified"],
    [
      "contradicting passed refused",
      req("open"),
      true,
      [{ name: "accuracy", value: 0.5 }],
      ["evidence_passed_contradicts_metric"],
      null,
    ],
    [
      "metric requirement, only other metrics → refused",
      req("open"),
      true,
      [{ name: "f1", value: 0.99 }],
      ["evidence_metric_missing"],
      null,
    ],
    ["metric requirement, pass/fail by hand", req("regressed"), true, [], [], "verified"],
    ["metric requirement, nothing said", req("open"), undefined, [], ["evidence_passed_missing"], null],
    ["no metric: passed verifies", req("open", null), true, [], [], "verified"],
    ["no metric: metrics are information", req("open", null), true, [{ name: "f1", value: 0.2 }], [], "verified"],
    ["no metric: failed regresses verified", req("verified", null), false, [], [], "regressed"],
    ["no metric: failed on open stays open", req("open", null), false, [], [], "open"],
    [
      "no metric, no verdict → refused",
      req("open", null),
      undefined,
      [{ name: "f1", value: 0.2 }],
      ["evidence_passed_missing"],
      null,
    ],
  ])("%s", (_n, requirement, passed, metrics, refused, status) => {
    const d = decideRequirementEvidence({ requirement, passed, metrics });
    expect(codes(d)).toEqual(refused);
    if (d.ok) expect(d.value.status).toBe(status);
  });

  it("records the deciding value", () => {
    const d = decideRequirementEvidence({
      requirement: req("open"),
      passed: undefined,
      metrics: [{ name: "accuracy", value: 0.91 }],
    });
    expect(d).toMatchObject({ ok: true, value: { passed: true, measured: { name: "accuracy", value: 0.91 } } });
  });
});

describe("decideCriterionEvidence", () => {
  const criterion = { level: 3, key: "unit_tests", label: "Unit tests" };
  it.each<[string, typeof criterion | null, boolean | undefined, string[]]>([
    ["known, passed", criterion, true, []],
    ["known, failed", criterion, false, []],
    ["unknown key", null, true, ["evidence_criterion_unknown"]],
    ["no verdict", criterion, undefined, ["evidence_passed_missing"]],
  ])("%s", (_n, c, passed, refused) => {
    expect(codes(decideCriterionEvidence({ criterion: c, passed, key: "unit_tests", level: 3 }))).toEqual(refused);
  });
});

describe("metricReasons", () => {
  it.each<[string, string, "" | "at_least" | "at_most", number | null, string[]]>([
    ["none", "", "", null, []],
    ["all", "accuracy", "at_least", 0.9, []],
    ["name only", "accuracy", "", null, ["metric_comparator_missing", "metric_target_missing"]],
    ["target only", "", "", 3, ["metric_name_missing", "metric_comparator_missing"]],
  ])("%s", (_n, metricName, metricComparator, metricTarget, expected) => {
    expect(metricReasons({ metricName, metricComparator, metricTarget }).map((r) => r.code)).toEqual(expected);
  });
});

describe("freshness", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
  it.each<[number, number, boolean]>([
    [0, 0, false],
    [3, 3, false],
    [30, 30, false],
    [30.5, 30, true],
    [45, 45, true],
  ])("%d days ago: age %d, stale=%s (30-day window)", (ago, age, stale) => {
    expect(ageInDays(daysAgo(ago), now)).toBe(age);
    expect(isStale(daysAgo(ago), now, 30)).toBe(stale);
  });
});

describe("reportedStatus", () => {
  it.each<[RequirementStatus | null, string | null]>([
    ["verified", "verified"],
    ["validated", "verified"],
    ["regressed", "regressed"],
    ["open", "unverified"],
    ["waived", "unverified"],
    [null, null],
  ])("%s → %s", (status, expected) => {
    expect(reportedStatus(status)).toBe(expected);
  });
});
