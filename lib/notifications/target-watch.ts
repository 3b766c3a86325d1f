import { randomUUID } from "node:crypto";
import type { Pool, PoolClient } from "pg";
import { paceOfMedians, projectedFinish, targetStatus, targetWatch, type LevelPace } from "../domain/targets";
import type { ProjectStatus } from "../domain/vocabulary";
import { timePerLevelQuery } from "../dal/portfolio/analytics-queries";
import { defaultAnalyticsRange } from "../search-params/portfolio-filters";

/**
 * The target watch, a scheduled job of the worker. A target's status depends on the clock (a
 * project that stays at its level drifts from on track to at risk with no change of its own),
 * so no command can announce it: every run computes each target's status with the portfolio's
 * rule and pace (lib/domain/targets.ts, the same as the portfolio page), and a target that turned
 * at risk since the last run is announced once — a notification to the project's owners and the
 * "target.at_risk" webhook event. The status seen is stored on the project in the same
 * transaction, by a compare-and-set on the value read, so a second worker running at the same
 * moment announces nothing twice.
 */

export const TARGET_NOTIFICATION_KIND = "project.target_at_risk";

type TargetRow = {
  id: string;
  name: string;
  slug: string;
  status: ProjectStatus;
  system_level: number | null;
  level_since: Date | null;
  target_level: number | null;
  target_date: Date | null;
  target_status_seen: string | null;
};

export type TargetWatchResult = { checked: number; changed: number; announced: number };

/** The pace the portfolio projects targets with (its analytics' default range, the whole portfolio). */
async function levelPace(pool: Pool, now: Date): Promise<LevelPace> {
  const query = timePerLevelQuery({ tag: null, ...defaultAnalyticsRange(now) });
  const { rows } = await pool.query<{ level: number; median: number | null }>(query.text, query.values as unknown[]);
  return paceOfMedians(rows);
}

export async function runTargetWatch(pool: Pool, now: Date): Promise<TargetWatchResult> {
  const { rows } = await pool.query<TargetRow>(
    `SELECT id, name, slug, status, system_level, level_since, target_level, target_date, target_status_seen
       FROM projects
      WHERE status NOT IN ('archived', 'stopped')
        AND ((target_level IS NOT NULL AND target_date IS NOT NULL) OR target_status_seen IS NOT NULL)`,
  );
  const result: TargetWatchResult = { checked: rows.length, changed: 0, announced: 0 };
  if (rows.length === 0) return result;
  const pace = await levelPace(pool, now);
  for (const p of rows) {
    const input = {
      level: p.system_level,
      levelSince: p.level_since,
      targetLevel: p.target_level,
      targetDate: p.target_date,
      status: p.status,
      pace,
      now,
    };
    const watch = targetWatch(p.target_status_seen, targetStatus(input));
    if (!watch.changed) continue;
    const outcome = await recordOnce(pool, p, watch, watch.announce ? projectedFinish(input) : null);
    if (outcome === "skipped") continue;
    result.changed++;
    if (outcome === "announced") result.announced++;
  }
  return result;
}

/** One project's new status in one transaction; "skipped" when another run stored it first. */
async function recordOnce(
  pool: Pool,
  p: TargetRow,
  watch: ReturnType<typeof targetWatch>,
  finish: Date | null,
): Promise<"skipped" | "stored" | "announced"> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const claimed = await client.query(
      `UPDATE projects SET target_status_seen = $2
        WHERE id = $1 AND target_status_seen IS NOT DISTINCT FROM $3`,
      [p.id, watch.seen, p.target_status_seen],
    );
    if (claimed.rowCount !== 1) {
      await client.query("COMMIT");
      return "skipped";
    }
    if (watch.announce) await announce(client, p, finish);
    await client.query("COMMIT");
    return watch.announce ? "announced" : "stored";
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function announce(client: PoolClient, p: TargetRow, finish: Date | null): Promise<void> {
  // At risk implies a target: both fields are set (lib/domain/targets.ts).
  if (p.target_level === null || p.target_date === null) return;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const why =
    p.status !== "active"
      ? `it is ${p.status} and makes no progress`
      : finish
        ? `at the portfolio's pace it reaches level ${p.target_level} around ${day(finish)}`
        : "it is behind the portfolio's pace";
  const title = `${p.name}: the level ${p.target_level} target is at risk`;
  const body = `The target is level ${p.target_level} by ${day(p.target_date)}; ${why}. The project is at level ${p.system_level ?? "none yet"}.`;
  await client.query(
    `INSERT INTO notifications (id, user_id, kind, title, body, url, project_id)
     SELECT gen_random_uuid()::text, m.user_id, $2, $3, $4, $5, $1
       FROM project_members m JOIN users u ON u.id = m.user_id
      WHERE m.project_id = $1 AND m.role = 'owner' AND u.active`,
    [p.id, TARGET_NOTIFICATION_KIND, title, body, `/projects/${p.slug}`],
  );
  await recordWebhookEvent(client, p.id, "target.at_risk", {
    projectName: p.name,
    projectSlug: p.slug,
    systemLevel: p.system_level,
    targetLevel: p.target_level,
    targetDate: day(p.target_date),
    projectedFinish: finish ? day(finish) : null,
    projectStatus: p.status,
  });
}

/**
 * The outbox rows of lib/dal/core/webhook-outbox.ts for an event raised outside a command: the
 * event and one pending delivery per enabled endpoint (the organisation's and the project's)
 * that wants it, in the caller's transaction.
 */
async function recordWebhookEvent(
  client: PoolClient,
  projectId: string,
  type: string,
  payload: Record<string, unknown>,
): Promise<void> {
  const eventId = randomUUID();
  await client.query(`INSERT INTO webhook_events (id, type, project_id, payload) VALUES ($1, $2, $3, $4)`, [
    eventId,
    type,
    projectId,
    JSON.stringify(payload),
  ]);
  await client.query(
    `INSERT INTO webhook_deliveries (id, endpoint_id, event_id)
     SELECT gen_random_uuid()::text, e.id, $1 FROM webhook_endpoints e
      WHERE e.enabled AND $2 = ANY(e.events) AND (e.project_id IS NULL OR e.project_id = $3)`,
    [eventId, type, projectId],
  );
}
