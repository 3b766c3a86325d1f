/**
 * `npm run seed:scale` (tsx scripts/seed-scale.ts): a portfolio at scale for the dashboard and the
 * benchmark, written into DATABASE_URL in one transaction with bulk inserts:
 * 10,000 projects, 100,000 components, ~650,000 level transitions, 50,000 reviews with ~350,000
 * panel seats, ~1,000,000 votes, 200,000 requirements and ~1.3 million audit events. About two
 * minutes on a 2-core machine.
 *
 *   --projects N      scale it down or up (default 10000; everything else follows)
 *   --seed N          the random seed (default 20260101): the same seed gives the same data
 *   --allow-remote    write to a non-local database (refused by default)
 *
 * Sign in as manager@scale.mltrl.dev or admin@scale.mltrl.dev with the demo password. Run it on a
 * database of its own (migrated, e.g. `createdb mltrl_scale && DATABASE_URL=… npm run db:migrate`):
 * it refuses to run twice, and the history tables are append-only, so drop the database to redo it.
 */
import { Pool } from "pg";
import { hashPassword } from "@/lib/password";
import { requireDatabaseUrl } from "@/lib/database-url";
import { SCALE_MANAGER_EMAIL } from "./seed-scale/params";
import { writeScaleData } from "./seed-scale/run";

const DEMO_PASSWORD = "mltrl-demo-2026";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} needs a positive whole number.`);
  return n;
}

function isLocal(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return host === "" || host === "localhost" || host === "127.0.0.1" || host === "::1";
}

const t0 = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${msg}`);
const fmt = (n: number) => n.toLocaleString("en-GB");

async function main(): Promise<void> {
  const url = requireDatabaseUrl();
  if (!isLocal(url) && !process.argv.includes("--allow-remote")) {
    throw new Error(
      `Refusing to write scale data to a non-local database (${new URL(url).hostname}); pass --allow-remote if you mean it.`,
    );
  }
  const pool = new Pool({ connectionString: url, max: 1 });
  const client = await pool.connect();
  try {
    const c = await writeScaleData(client, {
      projects: option("projects", 10_000),
      seed: option("seed", 20260101),
      now: new Date(),
      passwordHash: await hashPassword(DEMO_PASSWORD),
      log,
    });
    log(
      `Done: ${fmt(c.projects)} projects, ${fmt(c.components)} components, ${fmt(c.transitions)} transitions, ${fmt(c.reviews)} reviews, ` +
        `${fmt(c.votes)} votes, ${fmt(c.requirements)} requirements, ${fmt(c.auditEvents)} audit events.`,
    );
    console.log(`\nSign in as ${SCALE_MANAGER_EMAIL} (password ${DEMO_PASSWORD}).`);
  } finally {
    client.release();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error("Scale seed failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
