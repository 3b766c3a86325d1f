/**
 * `npm run bench` (tsx scripts/bench.ts): portfolio and analytics latency on the scale data.
 *
 * Needs a production build (`npx next build`) and DATABASE_URL pointing at a local database
 * filled by `npm run seed:scale`. It starts `next start` on 127.0.0.1 (a free port), signs in as
 * the scale manager by minting a next-auth session token with a secret it makes up for this run,
 * and measures, in one run:
 *   - the portfolio page (default view, and "stuck at L4 for more than 90 days") and the analytics
 *     page: p50/p95/p99 with 1 and with 20 concurrent users (bounded: request count and time),
 *     each user sending the next request as soon as the last one is answered (saturation), and
 *     again with 20 users who pause about a second between pages;
 *   - the floors: the same SQL the page runs per request (session check, then page and count side
 *     by side) sent straight to Postgres through a pg pool of the app's size; the analytics
 *     aggregates uncached; a static JS chunk served by the same server;
 *   - the vote command under 20 concurrent voters: over HTTP as a server action when the build
 *     serves castVoteAction from a page, else the DAL command castVote() called in this process;
 *   - first-load JavaScript of both pages (every script the HTML references, gzipped);
 *   - the REST API: GET a project and POST evidence with a token, 1 and 20 clients, next to the
 *     same DAL read and command in this process (scripts/bench/api-load.ts).
 * It prints every figure with its ratio to the floor and writes bench-results/<timestamp>.json.
 * It empties the build's data cache (.next/cache/fetch-cache) first, so the cold figures are cold.
 *
 *   --root DIR       the built app to start (default: this repository)
 *   --quick          fewer requests (smoke run)
 */
import "./bench/allow-server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Pool } from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { portfolioCountQuery, portfolioRowsQuery } from "@/lib/dal/portfolio/portfolio-queries";
import { PAGE_SIZE, parsePortfolioFilters } from "@/lib/search-params/portfolio-filters";
import { freePort } from "@/scripts/embedded-db";
import { requireDatabaseUrl } from "@/lib/database-url";
import type { SearchParams } from "@/lib/search-params/search-params";
import { runLoad } from "./bench/load";
import { isLocal, scaleManager, session } from "./bench/session";
import { fetchPage, firstLoadJs, startNext } from "./bench/server";
import { checkTargets, print, type Row } from "./bench/report";
import { measureVotes } from "./bench/vote-load";
import { measureAnalyticsSql } from "./bench/analytics-sql";
import { measureApi } from "./bench/api-load";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const quick = process.argv.includes("--quick");
const root = path.resolve(arg("root") ?? process.cwd());
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const RUNS = quick ? { single: 10, concurrent: 60, votes: 60 } : { single: 60, concurrent: 400, votes: 300 };
const MAX_SECONDS = quick ? 20 : 90;

const rows: Row[] = [];

async function main(): Promise<void> {
  const databaseUrl = requireDatabaseUrl();
  if (!isLocal(databaseUrl))
    throw new Error("The benchmark runs on loopback only: point DATABASE_URL at a local database.");
  const pool = new Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  const startedAt = new Date();
  const loadBefore = os.loadavg();

  const manager = await scaleManager(pool);
  const counts = (
    await pool.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM projects)::int AS projects, (SELECT count(*) FROM components)::int AS components,
              (SELECT count(*) FROM level_transitions)::int AS transitions, (SELECT count(*) FROM reviews)::int AS reviews,
              (SELECT count(*) FROM votes)::int AS votes, (SELECT count(*) FROM requirements)::int AS requirements,
              (SELECT count(*) FROM audit_events)::int AS audit_events`,
    )
  ).rows[0]!;
  const pgVersion = (await pool.query<{ v: string }>("SELECT version() AS v")).rows[0]!.v;
  console.log(
    `Data: ${Object.entries(counts)
      .map(([k, v]) => `${v.toLocaleString("en-GB")} ${k}`)
      .join(", ")}`,
  );

  const secret = process.env.BENCH_NEXTAUTH_SECRET ?? randomBytes(32).toString("base64");
  // The data cache of the build directory: emptied so "cold" is cold (entries are per database).
  rmSync(path.join(root, ".next", "cache", "fetch-cache"), { recursive: true, force: true });
  const port = await freePort();
  console.log(`Starting next start (${root}) on 127.0.0.1:${port}…`);
  const server = await startNext({
    root,
    port,
    env: {
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      // The REST API rows send far more than a token's 300 a minute.
      API_RATE_LIMIT_PER_MINUTE: "1000000",
    },
  });
  const cookie = await session(secret, manager, pool);
  const results: Record<string, unknown> = {};
  try {
    const now = new Date();
    const pages: { key: string; name: string; path: string; marker: string; floor: () => Promise<unknown> }[] = [];
    const authQuery = () =>
      pool.query(`SELECT id, email, name, roles, disciplines, session_version, active FROM users WHERE id = $1`, [
        manager.id,
      ]);
    const run = (q: Prisma.Sql) => pool.query(q.text, q.values as unknown[]);
    for (const [key, name, params] of [
      ["portfolio", "Portfolio, default view", {}],
      ["portfolio_stuck", "Portfolio, stuck at L4 > 90 days, by time", { level: "4", stuck: "90", sort: "time" }],
    ] as [string, string, SearchParams][]) {
      const f = parsePortfolioFilters(params);
      const search = new URLSearchParams(params as Record<string, string>).toString();
      pages.push({
        key,
        name,
        path: `/portfolio${search ? `?${search}` : ""}`,
        marker: 'aria-label="Filter the portfolio"',
        floor: async () => {
          await authQuery();
          await Promise.all([run(portfolioRowsQuery(f, now, PAGE_SIZE, 0)), run(portfolioCountQuery(f, now))]);
        },
      });
    }
    pages.push({
      key: "analytics",
      name: "Analytics, default view",
      path: "/analytics",
      marker: 'id="levels-title"',
      floor: () => authQuery(),
    });

    // Cold: the first requests after a restart (the pace and analytics read the roll-ups; only the tag list is cached).
    const cold: Record<string, number> = {};
    for (const p of pages) {
      const t0 = performance.now();
      await fetchPage(server.url + p.path, cookie, p.marker);
      cold[p.key] = Math.round(performance.now() - t0);
      console.log(`Cold first request ${p.name}: ${cold[p.key]} ms`);
    }
    results.cold = cold;

    const html = await fetchPage(server.url + "/portfolio", cookie);
    const chunk = [...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]!)[0];
    if (!chunk) throw new Error("No static chunk found in the portfolio HTML.");
    results.firstLoadJs = {
      portfolio: await firstLoadJs(server.url, html),
      analytics: await firstLoadJs(server.url, await fetchPage(server.url + "/analytics", cookie)),
    };

    // Warm-up (discarded): JIT, connection pool, OS caches. Too short a warm-up made whichever
    // page was measured first look twice as slow at 20 users.
    for (const p of pages)
      await runLoad(() => fetchPage(server.url + p.path, cookie, p.marker).then(() => {}), {
        concurrency: 8,
        total: quick ? 8 : 150,
        maxSeconds: 90,
      });

    // The analytics SQL without any cache (the page reads the roll-ups on every request).
    rows.push(...(await measureAnalyticsSql(pool, quick)));

    for (const concurrency of [1, 20]) {
      const total = concurrency === 1 ? RUNS.single : RUNS.concurrent;
      for (const p of pages) {
        const stats = await runLoad(() => fetchPage(server.url + p.path, cookie, p.marker).then(() => {}), {
          concurrency,
          total,
          maxSeconds: MAX_SECONDS,
        });
        const floor = await runLoad(() => p.floor().then(() => {}), { concurrency, total, maxSeconds: MAX_SECONDS });
        const row: Row = {
          name: p.name,
          concurrency,
          stats,
          floor: {
            name: p.key === "analytics" ? "SQL per request (cached path: session check)" : "same SQL, direct",
            stats: floor,
          },
        };
        rows.push(row);
        print(row);
      }
      const stat = await runLoad(
        () =>
          fetch(server.url + chunk).then(async (r) => {
            await r.arrayBuffer();
            if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
          }),
        { concurrency, total, maxSeconds: MAX_SECONDS },
      );
      const statRow: Row = { name: `Static asset ${path.basename(chunk)}`, concurrency, stats: stat };
      rows.push(statRow);
      print(statRow);
    }

    // 20 users who read each page for about a second (0.5–1.5 s) before the next: the same users,
    // not a saturating loop.
    for (const p of pages) {
      const think = { concurrency: 20, total: RUNS.concurrent, maxSeconds: MAX_SECONDS, thinkMs: 1000 };
      const stats = await runLoad(() => fetchPage(server.url + p.path, cookie, p.marker).then(() => {}), think);
      const floor = await runLoad(() => p.floor().then(() => {}), think);
      const row: Row = {
        name: `${p.name}, 1 s think time`,
        concurrency: 20,
        stats,
        floor: { name: "same SQL, direct, same users", stats: floor },
      };
      rows.push(row);
      print(row);
    }

    const { voteMode, voteStats, voters } = await measureVotes({
      pool,
      root,
      server,
      secret,
      total: RUNS.votes,
      maxSeconds: MAX_SECONDS,
    });
    const voteRow: Row = {
      name: "Vote (20 voters, 5 per review)",
      concurrency: voters,
      stats: voteStats,
    };
    rows.push(voteRow);
    console.log(`Vote mode: ${voteMode}`);
    print(voteRow);
    results.voteMode = voteMode;

    // The REST API (issue 13): a GET and the evidence command over HTTP, next to the DAL in process.
    rows.push(...(await measureApi({ pool, server, quick, maxSeconds: MAX_SECONDS })));
  } finally {
    await server.stop();
    await pool.end();
  }

  const fl = results.firstLoadJs as Record<string, { gzipBytes: number; files: number }>;
  console.log(
    `First-load JS (gzip -9): portfolio ${(fl.portfolio!.gzipBytes / 1024).toFixed(1)} kB in ${fl.portfolio!.files} files, analytics ${(fl.analytics!.gzipBytes / 1024).toFixed(1)} kB in ${fl.analytics!.files} files`,
  );
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverageBefore: loadBefore.map((v) => Math.round(v * 100) / 100),
    loadAverageAfter: os.loadavg().map((v) => Math.round(v * 100) / 100),
    node: process.version,
    postgres: pgVersion,
  };
  const targets = checkTargets(
    rows,
    fl.portfolio!.gzipBytes,
    fl.analytics!.gzipBytes,
    results.cold as Record<string, number>,
  );
  console.log("Targets (issues 5 and 15):");
  for (const t of targets) console.log(`  ${t.met ? "met    " : "NOT met"}  ${t.target}: ${t.figure}`);
  console.log(
    `Machine: ${machine.cpus} cores (${machine.cpuModel}), load average before ${machine.loadAverageBefore.join(" ")}, after ${machine.loadAverageAfter.join(" ")}`,
  );
  const out = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    quick,
    data: counts,
    machine,
    ...results,
    rows,
    targets,
  };
  const dir = path.join(process.cwd(), "bench-results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error("Benchmark failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
