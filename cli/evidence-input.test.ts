import { describe, expect, it } from "vitest";
import { buildEvidenceBody, ciDefaults, parseMetric } from "./evidence-input";

const github = {
  GITHUB_ACTIONS: "true",
  GITHUB_SERVER_URL: "https://github.com",
  GITHUB_REPOSITORY: "acme/fraud",
  GITHUB_RUN_ID: "42",
  GITHUB_SHA: "abc123",
};

describe("parseMetric", () => {
  it.each([
    ["auc=0.91", { name: "auc", value: 0.91 }],
    ["f1 score=1e-3", { name: "f1 score", value: 0.001 }],
    ["a=b=2", { name: "a=b", value: 2 }],
  ])("reads %s", (raw, metric) => expect(parseMetric(raw)).toEqual(metric));

  it.each(["auc", "=1", "auc=", "auc=high", "auc=Infinity"])("refuses %s", (raw) => {
    expect(() => parseMetric(raw)).toThrow(/name=number/);
  });
});

describe("ciDefaults", () => {
  it("links the GitHub Actions run and its commit", () => {
    expect(ciDefaults(github)).toEqual({
      provider: "github-actions",
      url: "https://github.com/acme/fraud/actions/runs/42",
      commit: "abc123",
    });
  });

  it("adds nothing outside GitHub Actions", () => expect(ciDefaults({})).toEqual({}));
});

describe("buildEvidenceBody", () => {
  it("builds a requirement target from flags", () => {
    const body = buildEvidenceBody({ env: {}, file: undefined, flags: { requirement: "R-3", metric: ["auc=0.93"] } });
    expect(body).toEqual({ target: { kind: "requirement", id: "R-3" }, metrics: [{ name: "auc", value: 0.93 }] });
  });

  it("builds a criterion target from LEVEL:KEY", () => {
    const body = buildEvidenceBody({ env: {}, file: undefined, flags: { criterion: "4:offline_eval", passed: false } });
    expect(body.target).toEqual({ kind: "criterion", level: 4, key: "offline_eval" });
    expect(body.passed).toBe(false);
  });

  it("lets flags win over the file and the file over the CI defaults", () => {
    const file = {
      target: { kind: "requirement", id: "R-1" },
      passed: true,
      commit: "from-file",
      metrics: [{ name: "a", value: 1 }],
    };
    const body = buildEvidenceBody({ env: github, file, flags: { passed: false, metric: ["b=2"] } });
    expect(body).toMatchObject({
      target: { id: "R-1" },
      passed: false,
      commit: "from-file",
      provider: "github-actions",
    });
    expect(body.metrics).toEqual([
      { name: "a", value: 1 },
      { name: "b", value: 2 },
    ]);
  });

  it.each([
    ["no target", {}, /target/],
    ["no result", { requirement: "R-1" }, /passed/],
    ["both targets", { requirement: "R-1", criterion: "4:x", passed: true }, /not both/],
    ["a malformed criterion", { criterion: "four", passed: true }, /LEVEL:KEY/],
    ["an unknown provider", { requirement: "R-1", passed: true, provider: "jenkins" }, /provider/],
    ["a url that is not one", { requirement: "R-1", passed: true, url: "not a url" }, /url/],
  ])("refuses %s and says why", (_name, flags, message) => {
    expect(refusal(() => buildEvidenceBody({ env: {}, file: undefined, flags }))).toMatch(message);
  });
});

/** The message and detail lines of the error `act` throws, as the user would read them. */
function refusal(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    return [(error as Error).message, ...((error as { details?: string[] }).details ?? [])].join("\n");
  }
  throw new Error("expected a refusal");
}
