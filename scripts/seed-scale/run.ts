import type { PoolClient } from "pg";
import { flush, type RowBuffer } from "./bulk";
import { projectId, reviewId, SCALE_EMAIL_DOMAIN } from "./params";
import { buildPlan } from "./plan";
import { insertRequirements, insertVoteAudit, insertVotes } from "./sql";

const BATCH = 20_000;

export type ScaleCounts = {
  projects: number;
  components: number;
  transitions: number;
  reviews: number;
  seats: number;
  votes: number;
  requirements: number;
  auditEvents: number;
};

const fmt = (n: number) => n.toLocaleString("en-GB");

/**
 * Writes the scale portfolio through one connection, in one transaction (all or nothing), then
 * runs VACUUM ANALYZE. Used by `npm run seed:scale` and by the EXPLAIN test, which needs realistic tables.
 */
export async function writeScaleData(
  client: PoolClient,
  opts: { projects: number; seed: number; now: Date; passwordHash: string | null; log?: (msg: string) => void },
): Promise<ScaleCounts> {
  const log = opts.log ?? (() => {});
  const existing = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE email LIKE $1`, [
    `%@${SCALE_EMAIL_DOMAIN}`,
  ]);
  if ((existing.rows[0]?.n ?? 0) > 0) {
    throw new Error("Scale data is already in this database (users @scale.mltrl.dev exist). Use a fresh database.");
  }
  const defs = await client.query(`SELECT 1 FROM level_definition_sets WHERE version = 1`);
  if (defs.rowCount === 0) throw new Error("No level definitions v1: run `npm run db:migrate` on this database first.");

  log(`Planning ${fmt(opts.projects)} projects (seed ${opts.seed})…`);
  const plan = buildPlan({ projects: opts.projects, now: opts.now, seed: opts.seed, passwordHash: opts.passwordHash });
  log(
    `Planned ${fmt(plan.components.length)} components, ${fmt(plan.transitions.length)} transitions, ${fmt(plan.reviews.length)} reviews, ` +
      `${fmt(plan.seats.length)} seats, ~${fmt(plan.expectedVotes)} votes.`,
  );

  await client.query("BEGIN");
  try {
    // Bulk load: one transaction, no fsync wait per statement; the data is all-or-nothing anyway.
    await client.query("SET LOCAL synchronous_commit = off");
    const write = async (label: string, buf: RowBuffer) => {
      const started = Date.now();
      await flush(client, buf, BATCH, (done) => {
        if (done < buf.length && done % (BATCH * 10) === 0) log(`  ${label}: ${fmt(done)} / ${fmt(buf.length)}`);
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

    const slices = Math.max(1, Math.ceil(opts.projects / 1000));
    const nProjects = opts.projects;
    const nReviews = plan.reviews.length;
    const projectBounds = (i: number) =>
      [
        projectId(Math.floor((i * nProjects) / slices) + 1),
        projectId(Math.floor(((i + 1) * nProjects) / slices) + 1),
      ] as const;
    const reviewBounds = (i: number) =>
      [
        reviewId(Math.floor((i * nReviews) / slices) + 1),
        reviewId(Math.floor(((i + 1) * nReviews) / slices) + 1),
      ] as const;

    let started = Date.now();
    let requirements = 0;
    for (let i = 0; i < slices; i++) requirements += await insertRequirements(client, ...projectBounds(i));
    log(`requirements: ${fmt(requirements)} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    started = Date.now();
    let votes = 0;
    for (let i = 0; i < slices; i++) {
      votes += await insertVotes(client, ...reviewBounds(i), opts.now);
      if (i < slices - 1) log(`  votes: ${fmt(votes)}`);
    }
    log(`votes: ${fmt(votes)} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    await write("audit events (projects, components, switchbacks, reviews)", plan.audit);
    started = Date.now();
    let voteAudit = 0;
    for (let i = 0; i < slices; i++) voteAudit += await insertVoteAudit(client, ...reviewBounds(i));
    log(`audit events (votes): ${fmt(voteAudit)} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await client.query("COMMIT");

    // VACUUM sets the visibility map (index-only scans skip the heap) and ANALYZE the statistics.
    log("Committed. VACUUM ANALYZE…");
    await client.query("VACUUM (ANALYZE)");
    return {
      projects: opts.projects,
      components: plan.components.length,
      transitions: plan.transitions.length,
      reviews: nReviews,
      seats: plan.seats.length,
      votes,
      requirements,
      auditEvents: plan.audit.length + voteAudit,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
