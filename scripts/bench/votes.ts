import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { Pool } from "pg";

/**
 * The vote benchmark's fixture: 20 reviewers seated five to a review on four open reviews of
 * scale projects. Each review also seats a chair who never votes, so no review is ever decided
 * and every call takes the full path (lock, permission, decide, write, settle, audit). Rows are
 * created once (fixed ids, ON CONFLICT DO NOTHING) and reused by later runs.
 */
export type VoteFixture = {
  voters: { id: string; email: string; name: string; sessionVersion: number; reviewId: string; projectSlug: string }[];
};

const VOTERS = 20;
const REVIEWS = 4;

export async function setupVoteFixture(pool: Pool, now: Date): Promise<VoteFixture> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const projects = await client.query<{ id: string; slug: string; system_level: number; owner: string }>(
      `SELECT p.id, p.slug, p.system_level, m.user_id AS owner
       FROM projects p JOIN project_members m ON m.project_id = p.id AND m.role = 'owner'
       WHERE p.status = 'active' AND p.system_level <= 8 AND p.slug LIKE 'scale-%'
       ORDER BY p.id LIMIT $1`,
      [REVIEWS],
    );
    if (projects.rows.length < REVIEWS)
      throw new Error("The vote benchmark needs the scale data (npm run seed:scale).");
    const chair = await client.query<{ id: string }>(
      `SELECT id FROM users WHERE email = 'reviewer199@scale.mltrl.dev'`,
    );
    if (!chair.rows[0]) throw new Error("The vote benchmark needs the scale data (npm run seed:scale).");
    for (let r = 0; r < REVIEWS; r++) {
      const p = projects.rows[r]!;
      const reviewId = `bench_review_${r}`;
      await client.query(
        `INSERT INTO reviews (id, project_id, level, status, author_id, definitions_version, pin_round, opened_at, due_at, created_at, updated_at)
         VALUES ($1, $2, $3, 'open', $4, 1, 0, $5, $6, $5, $5) ON CONFLICT (id) DO NOTHING`,
        [reviewId, p.id, p.system_level, p.owner, now, new Date(now.getTime() + 14 * 86_400_000)],
      );
      await client.query(
        `INSERT INTO panel_seats (id, review_id, user_id, discipline, is_chair) VALUES ($1, $2, $3, 'executive', true) ON CONFLICT (id) DO NOTHING`,
        [`bench_seat_${r}_chair`, reviewId, chair.rows[0].id],
      );
    }
    for (let v = 0; v < VOTERS; v++) {
      const r = v % REVIEWS;
      await client.query(
        `INSERT INTO users (id, email, name, roles, disciplines, updated_at) VALUES ($1, $2, $3, ARRAY['reviewer']::"Role"[], ARRAY['researcher']::"Discipline"[], now())
         ON CONFLICT (email) DO NOTHING`,
        [`bench_voter_${v}`, `bench-voter-${v}@scale.mltrl.dev`, `Bench voter ${v}`],
      );
      await client.query(
        `INSERT INTO panel_seats (id, review_id, user_id, discipline) VALUES ($1, $2, $3, 'researcher') ON CONFLICT (id) DO NOTHING`,
        [`bench_seat_${r}_${v}`, `bench_review_${r}`, `bench_voter_${v}`],
      );
    }
    await client.query("COMMIT");
    const rows = await client.query<{
      id: string;
      email: string;
      name: string;
      session_version: number;
      review_id: string;
      slug: string;
      status: string;
    }>(
      `SELECT u.id, u.email, u.name, u.session_version, s.review_id, p.slug, r.status::text AS status
       FROM users u JOIN panel_seats s ON s.user_id = u.id JOIN reviews r ON r.id = s.review_id JOIN projects p ON p.id = r.project_id
       WHERE u.id LIKE 'bench_voter_%' ORDER BY u.id`,
    );
    if (rows.rows.some((x) => x.status !== "open"))
      throw new Error("A benchmark review is no longer open; delete the bench_* rows or use a fresh scale database.");
    return {
      voters: rows.rows.map((x) => ({
        id: x.id,
        email: x.email,
        name: x.name,
        sessionVersion: x.session_version,
        reviewId: x.review_id,
        projectSlug: x.slug,
      })),
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** The vote action's id and a page that serves it, if the build has one (server-reference-manifest). */
export function findVoteAction(root: string): { id: string; route: string } | null {
  const file = path.join(root, ".next", "server", "server-reference-manifest.json");
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string; filename?: string }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName !== "castVoteAction") continue;
    const worker = Object.keys(entry.workers).find((w) => w.startsWith("app/") && w.endsWith("/page"));
    if (worker) return { id, route: worker.slice(3, -"/page".length) };
  }
  return null;
}

/** Fills a route pattern such as /projects/[slug]/reviews/[id] for one review. */
export function routeFor(route: string, v: { projectSlug: string; reviewId: string }): string {
  return route.replace("[slug]", v.projectSlug).replace(/\[(id|reviewId)\]/, v.reviewId);
}

/** The vote input: a unique comment makes every call a real change (never a no-op replay). */
export function voteInput(
  reviewId: string,
  i: number,
): { reviewId: string; pinRound: number; choice: "graduate" | "return"; tasks: { text: string }[]; comment: string } {
  const choice = i % 2 === 0 ? "return" : "graduate";
  return {
    reviewId,
    pinRound: 0,
    choice,
    tasks: choice === "return" ? [{ text: "Benchmark: add the missing baseline." }] : [],
    comment: `bench ${Date.now()} ${i}`,
  };
}
