import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditVerdict, describeVerdict } from "./verdict";

// registry-405.json is what `npm audit --json` printed on the development machine, whose registry
// mirror refuses the bulk advisory endpoint; the others follow npm's report format (v2).
const sample = (name: string) => readFileSync(path.join(import.meta.dirname, "samples", name), "utf8");

describe("auditVerdict", () => {
  it("fails on high and critical advisories, naming each package, its advisory and its fix", () => {
    const v = auditVerdict({ stdout: sample("high-and-critical.json"), exitCode: 1 });
    expect(v.status).toBe("vulnerable");
    if (v.status !== "vulnerable") return;
    expect(v.findings.map((f) => [f.name, f.severity])).toEqual([
      ["next", "critical"],
      ["next-auth", "critical"],
      ["cross-spawn", "high"],
    ]);
    expect(v.findings[0]).toMatchObject({
      isDirect: true,
      fix: "next@15.2.3",
      advisories: ["Authorization Bypass in Next.js Middleware (https://github.com/advisories/GHSA-f82v-jwr5-mffw)"],
    });
    expect(v.findings[1]).toMatchObject({ fix: "no fix published", advisories: ["through next"] });
    expect(v.findings[2]!.fix).toBe("npm audit fix");
    expect(v.message).toBe("3 package(s) with a high or critical advisory (all: low 1, high 1, critical 2)");
    expect(describeVerdict(v).join("\n")).toContain("CRITICAL next (direct) — fix: next@15.2.3");
  });

  it("passes a report with only lower advisories, or none", () => {
    expect(auditVerdict({ stdout: sample("moderate-only.json"), exitCode: 1 })).toEqual({
      status: "clean",
      message: "no high or critical advisory (lower: moderate 1)",
    });
    expect(auditVerdict({ stdout: sample("clean.json"), exitCode: 0 })).toEqual({
      status: "clean",
      message: "no high or critical advisory",
    });
  });

  it("a stricter floor counts moderate ones", () => {
    expect(auditVerdict({ stdout: sample("moderate-only.json"), exitCode: 1, minimum: "moderate" }).status).toBe(
      "vulnerable",
    );
  });

  it("says it could not check when the endpoint answers an HTTP error (this machine: 405)", () => {
    expect(auditVerdict({ stdout: sample("registry-405.json"), exitCode: 1 })).toEqual({
      status: "unchecked",
      message:
        "could not check: the audit endpoint answered HTTP 405 (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk)",
    });
  });

  it("says it could not check when the registry cannot be reached", () => {
    const v = auditVerdict({ stdout: sample("offline.json"), exitCode: 1 });
    expect(v.status).toBe("unchecked");
    expect(v.message).toMatch(/^could not check: npm audit failed: ENOTFOUND: request to .* failed/);
  });

  it("says it could not check when npm prints no JSON, or does not finish", () => {
    expect(
      auditVerdict({
        stdout: "",
        stderr: "\nnpm error code ENOLOCK\nnpm error audit This command requires an existing lockfile.",
        exitCode: 1,
      }),
    ).toEqual({
      status: "unchecked",
      message: "could not check: npm audit printed no JSON report (exit 1): npm error code ENOLOCK",
    });
    expect(auditVerdict({ stdout: "", exitCode: null }).message).toBe(
      "could not check: npm audit did not finish in time",
    );
    expect(auditVerdict({ stdout: "[]", exitCode: 0 }).status).toBe("unchecked");
    expect(auditVerdict({ stdout: '{"auditReportVersion":2}', exitCode: 0 }).status).toBe("unchecked");
  });

  it("never reads vulnerabilities found as 'could not check', whatever npm's exit code", () => {
    for (const exitCode of [0, 1])
      expect(auditVerdict({ stdout: sample("high-and-critical.json"), exitCode }).status).toBe("vulnerable");
  });
});
