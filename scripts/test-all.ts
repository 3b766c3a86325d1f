/**
 * `npm test`: every check, in the order that fails fastest — known advisories in the dependencies
 * (said, not failed, when the registry's audit endpoint cannot be asked), typecheck, lint, unit tests,
 * integration tests on real Postgres, a production build, then Playwright against `next start`
 * on a freshly seeded database, and the newcomer path (`npm start` with no DATABASE_URL, on an
 * empty embedded database, signed into through the browser).
 *
 *   npm test                      everything
 *   npm test -- --only e2e        one step (audit, typecheck, lint, unit, db, build, e2e)
 *   npm test -- --skip build      all but some steps (comma-separated)
 *   npm test -- --keep-going      run the later steps even after one failed
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client, Pool } from "pg";
import { createPrisma } from "../lib/db-client";
import { applyMigrations } from "./db/migrate";
import { freePort, portIsOpen, startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { seedDemo } from "../prisma/seed/index";
import { ensureReferenceData } from "../lib/reference-data";
import { auditVerdict, describeVerdict } from "./audit/verdict";
import { startTestProvider, TEST_CLIENT } from "../test/oidc-test-provider";

const root = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const arg = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? (process.argv[i + 1] ?? "").split(",") : null;
};
const only = arg("--only");
const skip = arg("--skip") ?? [];
const wanted = (step: string) => (only ? only.includes(step) : !skip.includes(step));

const cleanups: (() => Promise<void> | void)[] = [];
const results: { step: string; ok: boolean; seconds: number }[] = [];

function sh(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

async function step(name: string, fn: () => Promise<boolean>): Promise<void> {
  if (!wanted(name)) return;
  console.log(`\n━━ ${name} ━━`);
  const t0 = Date.now();
  let ok = false;
  try {
    ok = await fn();
  } catch (error) {
    console.error(error);
  }
  const seconds = (Date.now() - t0) / 1000;
  results.push({ step: name, ok, seconds });
  console.log(`━━ ${name}: ${ok ? "passed" : "FAILED"} in ${seconds.toFixed(1)} s`);
  if (!ok && !process.argv.includes("--keep-going")) await finish();
}

/**
 * `npm audit` over every dependency, dev ones included: they run in CI and on developers'
 * machines with the database and secrets at hand (vitest, playwright, tsx, oidc-provider).
 * Fails on a high or critical advisory; passes, saying so, when the endpoint gives no report.
 */
async function audit(): Promise<boolean> {
  const out = await new Promise<{ stdout: string; stderr: string; exitCode: number | null }>((resolve) => {
    const child = spawn("npm", ["audit", "--json", "--audit-level=high"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => ((timedOut = true), child.kill("SIGTERM")), 90_000);
    child.once("error", (error) => (clearTimeout(timer), resolve({ stdout: "", stderr: String(error), exitCode: 1 })));
    child.once(
      "close",
      (code) => (clearTimeout(timer), resolve({ stdout, stderr, exitCode: timedOut ? null : (code ?? 1) })),
    );
  });
  const verdict = auditVerdict(out);
  for (const line of describeVerdict(verdict)) console.log(line);
  return verdict.status !== "vulnerable";
}

/** A fresh, migrated, seeded database for the browser tests; dropped at the end. */
async function e2eDatabase(): Promise<string> {
  let url: string;
  if (process.env.DATABASE_URL) {
    const name = `mltrl_e2e_${Date.now()}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    cleanups.push(async () => {
      const c = new Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    });
  } else {
    const db: EmbeddedDb = await startEmbeddedDb({ dataDir: "memory://", port: await freePort() });
    cleanups.push(() => db.stop());
    url = db.url;
  }
  await applyMigrations(url);
  const pool = new Pool({ connectionString: url, max: 2 });
  const prisma = createPrisma(pool);
  await ensureReferenceData(prisma);
  await seedDemo(prisma);
  await prisma.$disconnect();
  await pool.end();
  return url;
}

function serve(command: string[], env: NodeJS.ProcessEnv, port: number, label: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, command, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout?.on("data", (c: Buffer) => (log += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (log += c.toString()));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        // The whole process group: npm start's own children (next, PGlite) stop with it.
        process.kill(-child.pid!, "SIGTERM");
        setTimeout(() => child.exitCode === null && process.kill(-child.pid!, "SIGKILL"), 15_000).unref();
      }),
  );
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const poll = setInterval(async () => {
      if (child.exitCode !== null) {
        clearInterval(poll);
        reject(new Error(`${label} exited early:\n${log}`));
      } else if (await portIsOpen(port)) {
        clearInterval(poll);
        console.log(`${label} is up on port ${port} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        if (process.env.VERBOSE) console.log(log);
        resolve(child);
      } else if (Date.now() - t0 > 300_000) {
        clearInterval(poll);
        reject(new Error(`${label} did not start within 5 minutes:\n${log}`));
      }
    }, 250);
  });
}

async function e2e(): Promise<boolean> {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.error("No production build: run the build step first (npm test runs it).");
    return false;
  }
  const secret = "e2e-secret-that-is-long-enough-for-next-auth";
  const appPort = await freePort();
  const url = await e2eDatabase();
  const appUrl = `http://localhost:${appPort}`;
  // A real OpenID Provider on the loopback for the SSO spec (e2e/sso.spec.ts), registered with this app.
  const op = await startTestProvider(appUrl);
  cleanups.push(() => op.close());
  const oidcEnv = {
    OIDC_ISSUER: op.issuer,
    OIDC_CLIENT_ID: TEST_CLIENT.id,
    OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
    OIDC_NAME: "Sign in with Test IdP",
  };
  // Webhooks (e2e/webhooks.spec.ts) go to a receiver on the loopback: the operator setting allows it.
  const webhookEnv = { WEBHOOK_ALLOWED_NETWORKS: "127.0.0.1/32" };
  await serve(
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(appPort)],
    {
      ...process.env,
      ...oidcEnv,
      ...webhookEnv,
      DATABASE_URL: url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: appUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    appPort,
    "next start (e2e)",
  );

  // The worker's webhook delivery on the same database (next start runs no worker).
  const hooks = spawn(bin("tsx"), [path.join(root, "scripts/e2e-webhook-worker.ts")], {
    cwd: root,
    env: { ...process.env, ...webhookEnv, DATABASE_URL: url, NEXTAUTH_URL: appUrl },
    stdio: ["ignore", process.env.VERBOSE ? "inherit" : "ignore", "inherit"],
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (hooks.exitCode !== null) return resolve();
        hooks.once("exit", () => resolve());
        hooks.kill("SIGTERM");
      }),
  );

  // The newcomer path: `npm start` with no DATABASE_URL, on an empty embedded database.
  const newcomerPort = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "mltrl-newcomer-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const newcomerEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(newcomerPort),
    EMBEDDED_DB_PORT: String(await freePort()),
    EMBEDDED_DB_DIR: dataDir,
    NEXTAUTH_SECRET: secret,
  };
  delete newcomerEnv.DATABASE_URL;
  delete newcomerEnv.NEXTAUTH_URL;
  await serve(
    [bin("tsx"), path.join(root, "scripts/start.ts")],
    newcomerEnv,
    newcomerPort,
    "npm start (newcomer, embedded database)",
  );

  const code = await sh(
    bin("playwright"),
    [
      "test",
      ...process.argv.slice(process.argv.indexOf("--") + 1).filter((a) => a.startsWith("e2e/") || a === "--no-deps"),
    ],
    {
      ...process.env,
      E2E_BASE_URL: appUrl,
      E2E_NEWCOMER_URL: `http://localhost:${newcomerPort}`,
      E2E_DATABASE_URL: url,
      E2E_OIDC_URL: op.issuer,
      E2E_OIDC_OTHER_URL: op.otherIssuer,
    },
  );
  return code === 0;
}

async function finish(): Promise<never> {
  for (const c of cleanups.reverse()) {
    try {
      await c();
    } catch (error) {
      console.error("cleanup:", error);
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log("\n━━ summary ━━");
  for (const r of results)
    console.log(`  ${r.ok ? "✓" : "✗"} ${r.step.padEnd(10)} ${r.seconds.toFixed(1).padStart(6)} s`);
  const total = results.reduce((s, r) => s + r.seconds, 0);
  console.log(`  total ${total.toFixed(1)} s`);
  console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed || results.length === 0 ? 1 : 0);
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  await sh(process.execPath, [path.join(root, "scripts/generate-client.cjs")]);
  await step("audit", audit);
  await step("typecheck", async () => (await sh(bin("tsc"), ["--noEmit", "-p", "."])) === 0);
  await step(
    "lint",
    async () =>
      (await sh(bin("eslint"), ["--max-warnings=0", "."])) === 0 && (await sh(bin("prettier"), ["--check", "."])) === 0,
  );
  await step("unit", async () => (await sh(bin("vitest"), ["run"])) === 0);
  await step("db", async () => (await sh(bin("vitest"), ["run", "--config", "vitest.db.config.mts"])) === 0);
  await step("build", async () => (await sh(bin("next"), ["build"])) === 0);
  await step("e2e", e2e);
  await finish();
}

process.on("SIGINT", () => void finish());
main().catch(async (error: unknown) => {
  console.error(error);
  results.push({ step: "runner", ok: false, seconds: 0 });
  await finish();
});
