/**
 * `tsx scripts/lighthouse.ts`: the Lighthouse performance score of the portfolio page (desktop
 * preset, median of 3 runs, Debian's Chromium). Target: median score ≥ 90.
 *
 * Needs a production build (`npx next build`) and DATABASE_URL pointing at a local database
 * filled by `npm run seed:scale`. Like scripts/bench.ts it starts `next start` on 127.0.0.1 (a
 * free port) with a NEXTAUTH_SECRET made up for this run and signs in as the scale manager by
 * minting a next-auth session token (nothing is written to the database). Chrome (headless) gets
 * the token as a Cookie header on every request. For each path: one discarded warm-up run (the
 * first request fills the server's caches), then N runs; each run's score, FCP, LCP, TBT, CLS,
 * Speed Index and total byte weight, their medians, and where the points of the median run go.
 * Writes bench-results/lighthouse-<timestamp>.json and the median run's HTML report beside it.
 * Exits 0 whatever the score (it prints whether the target is met), 1 if it could not measure.
 *
 *   --root DIR     the built app to start (default: the current directory)
 *   --path /p      page(s) to measure: repeatable or comma-separated (default /portfolio)
 *   --runs N       measured runs per page (default 3)
 *   --chrome PATH  the browser (default /usr/bin/chromium, or CHROME_PATH)
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Pool } from "pg";
import { freePort } from "@/scripts/embedded-db";
import { requireDatabaseUrl } from "@/lib/database-url";
import { startNext } from "./bench/server";
import { Resources } from "./lighthouse/cleanup";
import {
  diagnose,
  formatMetrics,
  launchChrome,
  median,
  medianMetrics,
  printDiagnosis,
  runLighthouse,
  type Diagnosis,
  type Metrics,
  type RunResult,
} from "./lighthouse/measure";
import { isLocal, session } from "./bench/session";
import { findManager } from "./lighthouse/session";

const TARGET = 90;

function args(name: string): string[] {
  const out: string[] = [];
  const argv = process.argv.slice(2);
  argv.forEach((a, i) => {
    if (a === `--${name}` && argv[i + 1] !== undefined) out.push(argv[i + 1]!);
    else if (a.startsWith(`--${name}=`)) out.push(a.slice(name.length + 3));
  });
  return out;
}

function gitCommit(dir: string): string | undefined {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
}

const round2 = (v: number) => Math.round(v * 100) / 100;

type PathResult = {
  path: string;
  runs: (Metrics & { loadAverage1m: number })[];
  median: Metrics;
  medianRun: number;
  targetMet: boolean;
  diagnosis: Diagnosis;
  report: string;
};

async function main(): Promise<void> {
  const root = path.resolve(args("root").at(-1) ?? process.cwd());
  const paths = args("path")
    .flatMap((p) => p.split(","))
    .map((p) => p.trim())
    .filter(Boolean);
  if (paths.length === 0) paths.push("/portfolio");
  for (const p of paths) if (!p.startsWith("/")) throw new Error(`--path ${p}: a path starts with "/".`);
  const runs = Number(args("runs").at(-1) ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs: a whole number ≥ 1.");
  const chromePath = args("chrome").at(-1) ?? process.env.CHROME_PATH ?? "/usr/bin/chromium";

  const databaseUrl = requireDatabaseUrl();
  if (!isLocal(databaseUrl))
    throw new Error("Lighthouse runs on loopback only: point DATABASE_URL at a local database.");
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  const { user, projects, postgres } = await findManager(databaseUrl);
  console.log(`Data: ${projects.toLocaleString("en-GB")} projects; signed in as ${user.email}`);

  const resources = new Resources();
  resources.onSignals();
  const results: PathResult[] = [];
  let environment: Record<string, unknown> = {};
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
  const dir = path.join(process.cwd(), "bench-results");
  try {
    const secret = randomBytes(32).toString("base64");
    const port = await freePort();
    console.log(`Starting next start (${root}) on 127.0.0.1:${port}…`);
    const server = await resources.add(
      "next start",
      startNext({
        root,
        port,
        env: { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `http://127.0.0.1:${port}` },
      }),
      (s) => s.stop(),
    );
    const sessionPool = new Pool({ connectionString: databaseUrl, max: 1 });
    const cookie = await session(secret, user, sessionPool).finally(() => sessionPool.end());
    const chrome = await resources.add("Chrome", launchChrome(chromePath), (c) => c.kill());
    console.log(
      `Chrome ${chromePath} (pid ${chrome.pid}, debugging port ${chrome.port}); desktop preset, performance only, ${runs} run(s) per page after a warm-up.`,
    );

    for (const p of paths) {
      const url = server.url + p;
      console.log(`\n${p}`);
      const warm = await runLighthouse(url, chrome.port, cookie);
      console.log(`  warm-up (discarded): ${formatMetrics(warm.metrics)}`);
      const measured: (RunResult & { load: number })[] = [];
      for (let i = 1; i <= runs; i++) {
        const r = { ...(await runLighthouse(url, chrome.port, cookie)), load: round2(os.loadavg()[0]!) };
        measured.push(r);
        console.log(`  run ${i}:               ${formatMetrics(r.metrics)}  [load ${r.load.toFixed(2)}]`);
        if (r.metrics.score < TARGET) {
          const lost = diagnose(r.lhr).metrics.filter((m) => m.pointsLost > 0);
          console.log(
            `    below ${TARGET}, points lost to: ${lost.map((m) => `${m.title} ${m.displayValue ?? ""} (${m.pointsLost})`).join(", ")}`,
          );
        }
      }
      const scores = measured.map((r) => r.metrics.score);
      const med = medianMetrics(measured.map((r) => r.metrics));
      // The run whose score is the median (for an even count, the nearer of the middle two).
      const medianRun = scores
        .map((v, i) => [Math.abs(v - median(scores)), i] as const)
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])[0]![1];
      const lhr = measured[medianRun]!.lhr;
      environment = {
        lighthouse: lhr.lighthouseVersion,
        userAgent: lhr.environment.hostUserAgent,
        benchmarkIndex: lhr.environment.benchmarkIndex,
        throttling: lhr.configSettings.throttlingMethod,
        formFactor: lhr.configSettings.formFactor,
      };
      console.log(`  median of ${runs}:        ${formatMetrics(med)}`);
      const targetMet = med.score >= TARGET;
      console.log(
        `  ${targetMet ? "TARGET MET" : "TARGET NOT MET"}: median performance score ${med.score} ${targetMet ? "≥" : "<"} ${TARGET}`,
      );
      console.log(`  Median run (run ${medianRun + 1}), where the points go:`);
      const diagnosis = diagnose(lhr);
      printDiagnosis(diagnosis);
      mkdirSync(dir, { recursive: true });
      const report = path.join(dir, `lighthouse-${stamp}${p.replace(/[^a-zA-Z0-9]+/g, "-").replace(/-$/, "")}.html`);
      writeFileSync(report, measured[medianRun]!.html);
      results.push({
        path: p,
        runs: measured.map((r) => ({ ...r.metrics, loadAverage1m: r.load })),
        median: med,
        medianRun: medianRun + 1,
        targetMet,
        diagnosis,
        report: path.relative(process.cwd(), report),
      });
    }
  } finally {
    await resources.close();
  }

  let buildId: string | undefined;
  try {
    buildId = readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    buildId = undefined;
  }
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverageBefore: loadBefore.map(round2),
    loadAverageAfter: os.loadavg().map(round2),
    node: process.version,
    postgres,
  };
  const out = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    commit: gitCommit(root) ?? gitCommit(__dirname) ?? null,
    buildId,
    target: TARGET,
    runsPerPath: runs,
    preset: "desktop",
    chrome: { path: chromePath, ...environment },
    data: { projects },
    machine,
    results,
  };
  const file = path.join(dir, `lighthouse-${stamp}.json`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);

  console.log(
    `\nLighthouse ${String(environment.lighthouse)}, ${String(environment.userAgent)}, benchmark index ${String(environment.benchmarkIndex)}`,
  );
  console.log(
    `Machine: ${machine.cpus} cores (${machine.cpuModel}), load average before ${machine.loadAverageBefore.join(" ")}, after ${machine.loadAverageAfter.join(" ")}`,
  );
  for (const r of results) {
    console.log(
      `${r.targetMet ? "TARGET MET    " : "TARGET NOT MET"} ${r.path}: median score ${r.median.score} (runs ${r.runs.map((m) => m.score).join(", ")}), target ≥ ${TARGET}`,
    );
  }
  console.log(`Wrote ${path.relative(process.cwd(), file)} (and the median run's HTML report per page)`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("Lighthouse run failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
