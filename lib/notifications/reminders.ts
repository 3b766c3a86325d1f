import { randomUUID } from "node:crypto";
import type { Pool } from "pg";
import {
  DEFAULT_REMINDER_SETTINGS,
  REMINDER_NOTIFICATION_KIND,
  dueReminders,
  reminderMessage,
  type ReminderReview,
  type ReminderSettings,
} from "../domain/reminders";
import { overdueDaysOf } from "../domain/levels";
import { validateLevelDefinitions } from "../domain/level-validation";

/**
 * The reminder job: reads the open reviews with a due date, asks lib/domain/reminders which
 * reminders are due at `now`, and writes each as a notification (the outbox worker e-mails it as
 * the person's preferences say). The key (review, person, kind, pin round) of reminders_sent is
 * inserted in the same transaction as the notification: a second run, or a second worker running
 * at the same moment, finds the key taken (ON CONFLICT DO NOTHING, which waits for the other
 * transaction) and writes nothing. `now` is a parameter so tests and scripts/run-jobs.ts can run
 * the job at a fixed time.
 */

/**
 * REMINDER_DAYS_BEFORE (whole days ≥ 0), else 1. Escalation follows each level's `overdueDays`
 * (lib/domain/levels.ts), whose default is the only one.
 */
export function reminderSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ReminderSettings {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > 365) throw new Error(`${name} must be a whole number of days (0-365).`);
    return n;
  };
  return {
    daysBefore: read("REMINDER_DAYS_BEFORE", DEFAULT_REMINDER_SETTINGS.daysBefore),
  };
}

type ReviewRow = {
  id: string;
  level: number;
  kind: "gate" | "entry";
  due_at: Date;
  pin_round: number;
  definitions: unknown;
  project_id: string;
  project_name: string;
};
type SeatRow = { review_id: string; user_id: string; name: string; active: boolean; is_chair: boolean; voted: boolean };

/** The level's `overdueDays` in the review's pinned definitions (their default when none are stored). */
function levelOverdueDays(definitions: unknown, level: number): number {
  const parsed = definitions == null ? null : validateLevelDefinitions(definitions);
  return overdueDaysOf(parsed?.ok ? parsed.value : null, level);
}

export type ReminderRunResult = { due: number; sent: number };

export async function runReminders(
  pool: Pool,
  now: Date,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
  /** Only these reviews (an operator's run for one review, the e2e test); all when absent. */
  reviewIds?: readonly string[],
): Promise<ReminderRunResult> {
  const horizon = new Date(now.getTime() + settings.daysBefore * 86_400_000);
  const { rows: reviews } = await pool.query<ReviewRow>(
    `SELECT r.id, r.level, r.kind, r.due_at, r.pin_round, d.definitions, p.id AS project_id, p.name AS project_name
       FROM reviews r
       JOIN projects p ON p.id = r.project_id
       LEFT JOIN level_definition_sets d ON d.version = r.definitions_version
      WHERE r.status = 'open' AND r.due_at IS NOT NULL AND r.due_at <= $1 AND ($2::text[] IS NULL OR r.id = ANY($2))`,
    [horizon, reviewIds ? [...reviewIds] : null],
  );
  if (reviews.length === 0) return { due: 0, sent: 0 };
  const ids = reviews.map((r) => r.id);
  const projectIds = [...new Set(reviews.map((r) => r.project_id))];
  const [{ rows: seats }, { rows: owners }, { rows: managers }] = await Promise.all([
    pool.query<SeatRow>(
      `SELECT s.review_id, s.user_id, u.name, u.active, s.is_chair,
              EXISTS (SELECT 1 FROM votes v WHERE v.seat_id = s.id AND v.pin_round = r.pin_round) AS voted
         FROM panel_seats s JOIN users u ON u.id = s.user_id JOIN reviews r ON r.id = s.review_id
        WHERE s.review_id = ANY($1) ORDER BY s.created_at, s.id`,
      [ids],
    ),
    pool.query<{ project_id: string; user_id: string }>(
      `SELECT m.project_id, m.user_id FROM project_members m JOIN users u ON u.id = m.user_id
        WHERE m.role = 'owner' AND u.active AND m.project_id = ANY($1)`,
      [projectIds],
    ),
    pool.query<{ id: string }>(`SELECT id FROM users WHERE active AND 'manager' = ANY(roles) ORDER BY id`),
  ]);
  const active = new Set(seats.filter((s) => s.active).map((s) => s.user_id));
  for (const m of managers) active.add(m.id);
  for (const o of owners) active.add(o.user_id);

  const snapshots: ReminderReview[] = reviews.map((r) => ({
    id: r.id,
    status: "open",
    dueAt: r.due_at,
    pinRound: r.pin_round,
    overdueDays: levelOverdueDays(r.definitions, r.level),
    seats: seats
      .filter((s) => s.review_id === r.id)
      .map((s) => ({ userId: s.user_id, isChair: s.is_chair, votedThisRound: s.voted })),
    escalateTo: [
      ...owners.filter((o) => o.project_id === r.project_id).map((o) => o.user_id),
      ...managers.map((m) => m.id),
    ],
  }));
  // A deactivated account is not reminded (its missing vote still shows in the escalation).
  const due = dueReminders(snapshots, settings, now).filter((d) => active.has(d.userId));

  let sent = 0;
  for (const d of due) {
    const r = reviews.find((x) => x.id === d.reviewId)!;
    const panel = seats.filter((s) => s.review_id === r.id);
    const message = reminderMessage(
      d.kind,
      {
        level: r.level,
        kind: r.kind,
        projectName: r.project_name,
        dueAt: r.due_at,
        missing: panel.filter((s) => !s.voted).map((s) => s.name),
        seats: panel.length,
      },
      now,
    );
    if (await sendOnce(pool, d, { ...message, projectId: r.project_id })) sent++;
  }
  return { due: due.length, sent };
}

/** One reminder in one transaction; false when its key was already taken or the review moved on. */
async function sendOnce(
  pool: Pool,
  d: { reviewId: string; userId: string; kind: keyof typeof REMINDER_NOTIFICATION_KIND; pinRound: number },
  m: { title: string; body: string; projectId: string },
): Promise<boolean> {
  const client = await pool.connect();
  const notificationId = randomUUID();
  try {
    await client.query("BEGIN");
    // The review must still be open in the same pin round: a vote cast or a decision taken since the read wins.
    const claimed = await client.query(
      `INSERT INTO reminders_sent (review_id, user_id, kind, pin_round, notification_id)
       SELECT $1, $2, $3, $4, $5
        WHERE EXISTS (SELECT 1 FROM reviews WHERE id = $1 AND status = 'open' AND pin_round = $4)
       ON CONFLICT DO NOTHING`,
      [d.reviewId, d.userId, d.kind, d.pinRound, notificationId],
    );
    if (claimed.rowCount === 1)
      await client.query(
        `INSERT INTO notifications (id, user_id, kind, title, body, url, project_id, review_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          notificationId,
          d.userId,
          REMINDER_NOTIFICATION_KIND[d.kind],
          m.title,
          m.body,
          `/reviews/${d.reviewId}`,
          m.projectId,
          d.reviewId,
        ],
      );
    await client.query("COMMIT");
    return claimed.rowCount === 1;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
