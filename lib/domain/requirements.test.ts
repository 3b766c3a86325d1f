import { describe, expect, it } from "vitest";
import {
  requirementGateReasons,
  requirementKindsExpectedAt,
  riskBand,
  riskOf,
  validateRequirement,
  type Requirement,
} from "./requirements";

let n = 0;
const req = (over: Partial<Requirement>): Requirement => ({
  id: `r${++n}`,
  kind: "research",
  statement: "The model shall beat baseline.",
  verification: "eval script",
  validation: "expert review",
  status: "open",
  pFailure: 0.3,
  value: 5,
  ...over,
});
const codes = (level: number, rs: Requirement[]) => requirementGateReasons(level, rs).map((r) => r.code);

describe("riskOf", () => {
  it.each([
    [0, 1, 0],
    [1, 10, 10],
    [0.5, 5, 2.5],
    [0.333, 3, 1.0],
    [0.285, 10, 2.85],
    [0.1234, 7, 0.86],
    [0.2345, 10, 2.35],
  ])("%s × %s = %s", (p, v, risk) => {
    expect(riskOf(p, v)).toEqual({ ok: true, value: risk });
  });

  it.each([
    [-0.1, 5, ["p_failure_range"]],
    [1.01, 5, ["p_failure_range"]],
    [Number.NaN, 5, ["p_failure_range"]],
    [0.5, 0, ["value_range"]],
    [0.5, 11, ["value_range"]],
    [0.5, 2.5, ["value_range"]],
    [2, 0, ["p_failure_range", "value_range"]],
  ])("refuses pFailure %s, value %s", (p, v, expected) => {
    const d = riskOf(p, v);
    expect(d.ok ? [] : d.reasons.map((r) => r.code)).toEqual(expected);
  });

  it.each([
    [0, "low"],
    [2.99, "low"],
    [3, "medium"],
    [5.99, "medium"],
    [6, "high"],
    [10, "high"],
  ] as const)("band of %s is %s", (risk, band) => {
    expect(riskBand(risk)).toBe(band);
  });
});

describe("validateRequirement", () => {
  it.each([
    ["valid open", req({}), []],
    ["waived with reason", req({ status: "waived", waiverReason: "Out of scope" }), []],
    ["waived without reason", req({ status: "waived" }), ["requirement_waived_reason"]],
    ["empty statement", req({ statement: "  " }), ["requirement_statement"]],
    [
      "verified without verification",
      req({ status: "verified", verification: "" }),
      ["requirement_verification_missing"],
    ],
    ["validated without validation", req({ status: "validated", validation: "" }), ["requirement_validation_missing"]],
    ["verified by an evidence run, no text", req({ status: "verified", verification: "", verifiedByRun: true }), []],
    ["regressed", req({ status: "regressed" }), []],
    ["bad risk inputs", req({ pFailure: 3, value: 0 }), ["p_failure_range", "value_range"]],
  ])("%s", (_n, r, expected) => {
    const d = validateRequirement(r);
    expect(d.ok ? [] : d.reasons.map((x) => x.code)).toEqual(expected);
  });
});

describe("requirement gate rules", () => {
  it.each([
    ["L2: none at all", 2, [], ["l2_no_research_requirement"]],
    ["L2: only technical ones", 2, [req({ kind: "technical" })], ["l2_no_research_requirement"]],
    ["L2: research without validation", 2, [req({ validation: "" })], ["l2_research_vv_missing"]],
    ["L2: research without verification", 2, [req({ verification: " " }), req({})], ["l2_research_vv_missing"]],
    ["L2: research with V&V passes", 2, [req({})], []],
    [
      "L5: a regressed one blocks",
      5,
      [req({ status: "regressed" }), req({ kind: "product" })],
      ["l5_requirement_not_verified"],
    ],
    ["L5: research still open", 5, [req({}), req({ kind: "product" })], ["l5_requirement_not_verified"]],
    [
      "L5: technical still open",
      5,
      [req({ kind: "technical" }), req({ kind: "product" })],
      ["l5_requirement_not_verified"],
    ],
    ["L5: no product requirement", 5, [req({ status: "verified" })], ["l5_no_product_requirement"]],
    ["L5: product without V&V", 5, [req({ kind: "product", validation: "" })], ["l5_no_product_requirement"]],
    [
      "L5: verified, validated, waived pass",
      5,
      [
        req({ status: "verified" }),
        req({ kind: "technical", status: "validated" }),
        req({ kind: "technical", status: "waived", waiverReason: "n/a" }),
        req({ kind: "product" }),
      ],
      [],
    ],
    [
      "L8: technical only verified",
      8,
      [req({ kind: "technical", status: "verified" })],
      ["l8_requirement_not_validated"],
    ],
    ["L8: product open", 8, [req({ kind: "product" })], ["l8_requirement_not_validated"]],
    ["L8: research ones are not read", 8, [req({ status: "open" })], []],
    [
      "L8: validated or waived pass",
      8,
      [req({ kind: "technical", status: "validated" }), req({ kind: "product", status: "waived", waiverReason: "x" })],
      [],
    ],
    ["L3: no requirement rules", 3, [], []],
  ])("%s", (_n, level, rs, expected) => {
    expect(codes(level, rs)).toEqual(expected);
  });

  it("names the requirement in the message", () => {
    const [r] = requirementGateReasons(8, [req({ kind: "product", statement: "Latency shall stay under 50 ms" })]);
    expect(r?.message).toBe(
      'The product requirement "Latency shall stay under 50 ms" is open; leaving level 8 needs it validated or waived.',
    );
  });

  it.each([
    [0, []],
    [2, ["research"]],
    [3, ["research", "technical"]],
    [5, ["research", "technical", "product"]],
  ] as const)("kinds expected at level %i", (level, kinds) => expect(requirementKindsExpectedAt(level)).toEqual(kinds));
});
