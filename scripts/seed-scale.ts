/**
 * `npm run seed:scale` (tsx scripts/seed-scale.ts): a portfolio at scale for the dashboard and the
 * benchmark, written into DATABASE_URL in one transaction with bulk inserts:
 * 10,000 projects, 100,000 components, ~600,000 level transitions, 50,000 reviews with ~400,000
 * panel seats, ~1,000,000 votes, 200,000 requirements and ~1.3 million audit events.
 *
 *   --projects N      scale it down or up (default 10000; everything else follows)
 *   --seed N          the random seed (default 20260101): the same seed gives the same data
 *   --allow-remote    write to a non-local database (refused by default)
 *
 * Sign in as manager@scale.mltrl.dev / admin@scale.mltrl.dev with the demo password. Run it on a
 * database of its own (migrated, e.g. `createdb mltrl_scale && DATABASE_URL=… npm run db:migrate`):
 * it refuses to run twice, and the history tables are append-only, so drop the database to redo it.
 */
import { Pool } from "pg";
import { hashPassword } from "@/lib/password";
import { requireDatabaseUrl } from "@/scripts/db/database-url";
import { flush, type RowBuffer } from "./seed-scale/bulk";
import { buildPlan, projectId, reviewId, SCALE_EMAIL_DOMAIN, SCALE_MANAGER_EMAIL } from "./seed-scale/plan";
import { insertRequirements, insertVoteAudit, insertVotes } from "./seed-scale/sql";

const DEMO_PASSWORD = "mltrl-demo-2026";
const BATCH = 20_000;

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
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s`;
const log = (msg: string) => console.log(`[${elapsed()}] ${msg}`);
const fmt = (n: number) => n.toLocaleString("en-GB");

async function main(): Promise<void> {
  const url = requireDatabaseUrl();
  if (!isLocal(url) && !process.argv.includes("--allow-remote")) {
    throw new Error(`Refusing to write scale data to a non-local database (${new URL(url).hostname}); pass --allow-remote if you mean it.`);
  }
  const projects = option("projects", 10_000);
  const seed = option("seed", 20260101);
  const now = new Date();

  const pool = new Pool({ connectionString: url, max: 1 });
  const client = await pool.connect();
  try {
    const existing = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE email LIKE $1`, [`%@${SCALE_EMAIL_DOMAIN}`]);
    if ((existing.rows[0]?.n ?? 0) > 0) {
      throw new Error("Scale data is already in this database (users @scale.mltrl.dev exist). Use a fresh database.");
    }
    const defs = await client.query(`SELECT 1 FROM level_definition_sets WHERE version = 1`);
    if (defs.rowCount === 0) throw new Error("No level definitions v1: run `npm run db:migrate` on this database first.");

    log(`Planning ${fmt(projects)} projects (seed ${seed})…`);
    const plan = buildPlan({ projects, now, seed, passwordHash: await hashPassword(DEMO_PASSWORD) });
    log(
      `Planned ${fmt(plan.components.length)} components, ${fmt(plan.transitions.length)} transitions, ${fmt(plan.reviews.length)} reviews, ` +
        `${fmt(plan.seats.length)} seats, ~${fmt(plan.expectedVotes)} votes.`,
    );

    await client.query("BEGIN");
    // Bulk load: one transaction, no fsync wait per statement; the data is all-or-nothing anyway.
    await client.query("SET LOCAL synchronous_commit = off");
    const write = async (label: string, buf: RowBuffer) => {
      const started = Date.now();
      await flush(client, buf, BATCH, (done) => {
        if (done === buf.length || done % (BATCH * 10) === 0) log(`  ${label}: ${fmt(done)} / ${fmt(buf.length)}`);
      });
      log(`${label}: ${fmt(buf.length)} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    };
    await write("users", plan.users);
    await write("projects", plan.projects);
    await write("project members", plan.members);
    await write("components", plan.components);
    await write("level transitions", plan.transitions);
    await write("reviews", plan.reviews);
    await write("panel seats", plan.seats);
    await write("review decisions", plan.decisions);

    const slices = Math.max(1, Math.ceil(projects / 1000));
    const projectBounds = (i: number) => [projectId(Math.floor((i * projects) / slices) + 1), projectId(Math.floor(((i + 1) * projects) / slices) + 1)] as const;
    const reviewBounds = (i: number) => [reviewId(Math.floor((i * plan.reviews.length) / slices) + 1), reviewId(Math.floor(((i + 1) * plan.reviews.length) / slices) + 1)] as const;

    let started = Date.now();
    let requirements = 0;
    for (let i = 0; i < slices; i++) requirements += await insertRequirements(client, ...projectBounds(i));
    log(`requirements: ${fmt(requirements)} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    started = Date.now();
    let votes = 0;
    for (let i = 0; i < slices; i++) {
      votes += await insertVotes(client, ...reviewBounds(i), now);
      log(`  votes: ${fmt(votes)}`);
    }
    log(`votes: ${fmt(votes)} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    await write("audit events (projects, components, switchbacks, reviews)", plan.audit);
    started = Date.now();
    let voteAudit = 0;
    for (let i = 0; i < slices; i++) voteAudit += await insertVoteAudit(client, ...reviewBounds(i));
    log(`audit events (votes): ${fmt(voteAudit)} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    await client.query("COMMIT");
    log("Committed. Updating planner statistics (ANALYZE)…");
    await client.query("ANALYZE");
    log(
      `Done: ${fmt(projects)} projects, ${fmt(plan.components.length)} components, ${fmt(plan.transitions.length)} transitions, ` +
        `${fmt(plan.reviews.length)} reviews, ${fmt(votes)} votes, ${fmt(requirements)} requirements, ` +
        `${fmt(plan.audit.length + voteAudit)} audit events.`,
    );
    console.log(`\nSign in as ${SCALE_MANAGER_EMAIL} (password ${DEMO_PASSWORD}).`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error("Scale seed failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
