import { execFile } from "node:child_process";
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { configPath, type Env } from "./config";
import { startContractServer, type ContractServer } from "./test-support/contract-server";
import { runCli, sandbox } from "./test-support/run-cli";

let server: ContractServer;
let cwd: string;
let home: Env;
let env: Env;

beforeEach(async () => {
  server = await startContractServer();
  ({ cwd, env: home } = await sandbox());
  env = { ...home, MLTRL_URL: server.url, MLTRL_TOKEN: server.state.token };
});

afterEach(() => server.close());

describe("mltrl login", () => {
  it("verifies the token with GET /me and stores it 0600; later commands use it", async () => {
    const result = await runCli(["login", `${server.url}/`], { cwd, env: home, stdin: `${server.state.token}\n` });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Logged in to http://127.0.0.1");
    expect(result.stdout).toContain("as Ada Lovelace <ada@example.com>");
    expect(server.state.requests[0]).toMatchObject({
      path: "/api/v1/me",
      headers: { authorization: `Bearer ${server.state.token}` },
    });
    expect((await stat(configPath(home))).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(configPath(home), "utf8"))).toEqual({
      server: server.url,
      token: server.state.token,
    });
    server.state.checks.set("fraud", { ok: true, level: 4, problems: [] });
    expect((await runCli(["check", "fraud"], { cwd, env: home })).code).toBe(0);
  });

  it("stores nothing and exits 3 when the server refuses the token", async () => {
    const result = await runCli(["login", server.url, "--token", "mltrl_wrong"], { cwd, env: home });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("mltrl: Unauthorized\n  The token is missing, expired or revoked.");
    await expect(stat(configPath(home))).rejects.toThrow();
  });

  it("lets MLTRL_TOKEN override the stored token", async () => {
    await runCli(["login", server.url, "--token", server.state.token], { cwd, env: home });
    server.state.checks.set("fraud", { ok: true, level: 4, problems: [] });
    const result = await runCli(["check", "fraud"], { cwd, env: { ...home, MLTRL_TOKEN: "mltrl_revoked" } });
    expect(result.code).toBe(3);
  });

  it("exits 3 with a hint when nobody logged in", async () => {
    const result = await runCli(["status", "fraud"], { cwd, env: home });
    expect(result).toMatchObject({ code: 3 });
    expect(result.stderr).toContain("mltrl login");
  });
});

describe("mltrl evidence add", () => {
  it("posts flags with the GitHub Actions run filled in", async () => {
    const ci = {
      ...env,
      GITHUB_ACTIONS: "true",
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: "acme/fraud",
      GITHUB_RUN_ID: "7",
      GITHUB_SHA: "abc",
    };
    const result = await runCli(
      ["evidence", "add", "fraud", "--requirement", "R-3", "-m", "auc=0.93", "--model-version", "v2"],
      { cwd, env: ci },
    );
    expect(result).toMatchObject({ code: 0, stdout: "Recorded evidence ev_1 for R-3; R-3 is now verified.\n" });
    expect(server.state.evidence[0]).toEqual({
      target: { kind: "requirement", id: "R-3" },
      metrics: [{ name: "auc", value: 0.93 }],
      provider: "github-actions",
      url: "https://github.com/acme/fraud/actions/runs/7",
      commit: "abc",
      modelVersion: "v2",
    });
  });

  it("posts a JSON file and reports a regression without failing the step", async () => {
    const body = { target: { kind: "requirement", id: "R-3" }, metrics: [{ name: "auc", value: 0.5 }] };
    await writeFile(path.join(cwd, "eval.json"), JSON.stringify(body));
    const result = await runCli(["evidence", "add", "fraud", "--file", "eval.json"], { cwd, env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("R-3 is now regressed");
  });

  it("refuses invalid evidence before sending it (exit 2)", async () => {
    const result = await runCli(["evidence", "add", "fraud", "--criterion", "4:offline_eval"], { cwd, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Give --passed/--failed or at least one --metric.");
    expect(server.state.requests).toEqual([]);
  });

  it("refuses --passed with --failed as a usage error", async () => {
    const result = await runCli(["evidence", "add", "fraud", "--requirement", "R-1", "--passed", "--failed"], {
      cwd,
      env,
    });
    expect(result.code).toBe(2);
  });

  it("exits 3 when the token lacks the evidence scope", async () => {
    server.state.scopes = ["read"];
    const result = await runCli(["evidence", "add", "fraud", "--requirement", "R-3", "--passed"], { cwd, env });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('lacks the "evidence" scope');
  });
});

describe("mltrl check", () => {
  it("exits 1 and prints each problem", async () => {
    server.state.checks.set("fraud", {
      ok: false,
      level: 4,
      problems: [
        { kind: "regressed_requirement", message: "R-3 missed its target (auc 0.5 < 0.9)." },
        { kind: "overdue_review", message: "The review of level 5 is 3 days overdue." },
      ],
    });
    const result = await runCli(["check", "fraud"], { cwd, env });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "fraud at level 4: 2 problems.\n- [regressed_requirement] R-3 missed its target (auc 0.5 < 0.9).\n- [overdue_review] The review of level 5 is 3 days overdue.\n",
    );
  });

  it("exits 0 when all is well, and prints JSON with --json", async () => {
    server.state.checks.set("fraud", { ok: true, level: 4, problems: [] });
    expect((await runCli(["check", "fraud"], { cwd, env })).stdout).toBe("fraud at level 4: no problems.\n");
    const json = await runCli(["check", "fraud", "--json"], { cwd, env });
    expect(JSON.parse(json.stdout)).toEqual({ ok: true, level: 4, problems: [] });
  });
});

describe("mltrl status", () => {
  it("prints the levels as a table", async () => {
    server.state.projects.set("fraud", {
      slug: "fraud",
      name: "Fraud model",
      track: "product",
      status: "active",
      systemLevel: 3,
      weakestLink: { componentId: "c2", name: "features", level: 3 },
      components: [
        { id: "c1", name: "scorer", level: 5, claimedLevel: 6, version: "2.1", archived: false },
        { id: "c2", name: "features", level: 3, claimedLevel: null, version: "1.0", archived: false },
      ],
      openReview: {
        id: "r1",
        level: 6,
        status: "voting",
        dueAt: "2026-12-10T00:00:00Z",
        votes: { current: 1, needed: 3, stale: 1 },
      },
    });
    const result = await runCli(["status", "fraud"], { cwd, env });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "Fraud model (fraud) · product · active",
        "System level: L3 (weakest link: features at L3)",
        "Open review: L6 voting, votes 1/3, 1 stale, due 2026-12-10",
        "",
        "Component  Level  Claimed  Version",
        "---------  -----  -------  -------",
        "scorer     L5     L6       2.1",
        "features   L3     -        1.0",
        "",
      ].join("\n"),
    );
  });
});

// Each spawn compiles the client through tsx: seconds on a busy machine.
describe("the bin", { timeout: 30_000 }, () => {
  it("runs from package.json's bin through tsx and prints help", async () => {
    const bin = path.join(import.meta.dirname, "..", "bin", "mltrl.mjs");
    const { stdout } = await promisify(execFile)(process.execPath, [bin, "--help"]);
    expect(stdout).toContain("Usage: mltrl");
    expect(stdout).toContain("Exit codes: 0 ok, 1 check found problems");
  });

  it("prints its version", async () => {
    const result = await runCli(["--version"], { cwd, env });
    const { version } = JSON.parse(await readFile(path.join(import.meta.dirname, "..", "package.json"), "utf8"));
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it("exits 2 on an unknown command", async () => {
    const bin = path.join(import.meta.dirname, "..", "bin", "mltrl.mjs");
    await expect(promisify(execFile)(process.execPath, [bin, "frobnicate"])).rejects.toMatchObject({ code: 2 });
  });
});
