import PgBoss from "pg-boss";
import { Pool } from "pg";
import { channelFor, toPreferences } from "../domain/notification-preferences";
import { createMailer, notificationEmail, type Mailer } from "./email";
import { startSchedules } from "./schedule";
import { startWebhookDelivery } from "../webhooks/worker";

/**
 * Delivers notification rows by e-mail. The rows are the outbox: the data layer writes them in
 * the same transaction as the event they announce, so an event that rolled back is never
 * announced and a committed one is never lost. This worker sweeps rows whose `emailed_at` is null
 * into a pg-boss queue (one job per row; the queue's "stately" policy with the row id as
 * singleton key keeps repeated sweeps from piling up jobs), and each job delivers its row:
 *
 *   BEGIN; SELECT … WHERE id = $1 AND emailed_at IS NULL FOR UPDATE SKIP LOCKED;
 *   send; UPDATE … SET emailed_at = now(); COMMIT
 *
 * - at least once: a crash or an SMTP error before COMMIT leaves emailed_at null, the job fails
 *   and pg-boss retries it (and a later sweep enqueues the row again after retries run out);
 * - at most once per row: the row lock and the emailed_at check make a second worker (or a
 *   retried job) skip a row that is being sent or was sent. The one window left is a crash after
 *   the SMTP server accepted the message and before COMMIT; the retry then sends the same
 *   Message-ID (<notification-ID@mltrl>), which mail systems use to drop duplicates.
 * Without SMTP_URL the message is logged instead of sent (and the row marked, like a send).
 * The person's notification preferences (lib/domain/notification-preferences.ts) decide whether a
 * row is mailed now ("email", the default), left for the daily digest ("digest", see digest.ts) or
 * kept in the app only ("in_app"); the last two are marked without a message ("held").
 */

export const NOTIFICATION_QUEUE = "notification-email";

export type WorkerOptions = {
  databaseUrl: string;
  log?: (message: string) => void;
  /** How often unsent rows are swept into the queue (default 5 s). */
  sweepIntervalMs?: number;
  /** Defaults to SMTP_URL (nodemailer) or a logging mailer. */
  mailer?: Mailer;
  /** Base of the links in e-mails (default NEXTAUTH_URL). */
  appUrl?: string;
};

export type DeliveryResult = "sent" | "skipped" | "held" | "already";

/** Delivers one notification row (see the header for the guarantees). Exported for tests. */
export async function deliverNotification(
  pool: Pool,
  id: string,
  mailer: Mailer,
  appUrl?: string,
): Promise<DeliveryResult> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{
      id: string;
      user_id: string;
      kind: string;
      title: string;
      body: string;
      url: string | null;
      email: string;
      name: string;
      active: boolean;
    }>(
      `SELECT n.id, n.user_id, n.kind, n.title, n.body, n.url, u.email, u.name, u.active
         FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.id = $1 AND n.emailed_at IS NULL
          FOR UPDATE OF n SKIP LOCKED`,
      [id],
    );
    const row = rows[0];
    if (!row) {
      await client.query("COMMIT");
      return "already";
    }
    const prefs = await client.query<{ category: string; channel: string }>(
      "SELECT category, channel FROM notification_preferences WHERE user_id = $1",
      [row.user_id],
    );
    const mailNow = channelFor(toPreferences(prefs.rows), row.kind) === "email";
    // A deactivated account gets no mail; the row is marked so it is not swept forever.
    if (row.active && mailNow) await mailer.send(notificationEmail(row, appUrl));
    await client.query("UPDATE notifications SET emailed_at = now() WHERE id = $1 AND emailed_at IS NULL", [id]);
    await client.query("COMMIT");
    return !row.active ? "skipped" : mailNow ? "sent" : "held";
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Ids of unsent rows, oldest first. */
export async function unsentNotificationIds(pool: Pool, limit = 200): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    "SELECT id FROM notifications WHERE emailed_at IS NULL ORDER BY created_at, id LIMIT $1",
    [limit],
  );
  return rows.map((r) => r.id);
}

/**
 * Starts the worker; resolves once it runs and returns a function that stops it (waiting for a
 * job in flight). If pg-boss cannot start (e.g. a database without the rights to create its
 * schema), it falls back to delivering straight from the sweep, with the same guarantees per row.
 */
export async function startNotificationWorker(opts: WorkerOptions): Promise<() => Promise<void>> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const mailer = opts.mailer ?? createMailer({ log });
  const appUrl = opts.appUrl ?? process.env.NEXTAUTH_URL;
  const pool = new Pool({ connectionString: opts.databaseUrl, max: 3 });
  const interval = opts.sweepIntervalMs ?? 5_000;
  let boss: PgBoss | null = new PgBoss({ connectionString: opts.databaseUrl, max: 3, schema: "pgboss" });
  boss.on("error", (e: unknown) => log(`[notifications] queue error: ${e instanceof Error ? e.message : String(e)}`));
  try {
    await boss.start();
    await boss.createQueue(NOTIFICATION_QUEUE, {
      name: NOTIFICATION_QUEUE,
      policy: "stately",
      retryLimit: 5,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: 120,
    });
    await boss.work<{ notificationId: string }>(
      NOTIFICATION_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: Math.max(0.5, interval / 2000) },
      async ([job]) => {
        if (!job) return;
        const result = await deliverNotification(pool, job.data.notificationId, mailer, appUrl);
        if (result !== "already") log(`[notifications] ${result} ${job.data.notificationId}`);
      },
    );
    log(
      `[notifications] worker started (pg-boss queue "${NOTIFICATION_QUEUE}", e-mail ${mailer.kind === "smtp" ? "via SMTP" : "logged"})`,
    );
  } catch (error) {
    log(
      `[notifications] pg-boss could not start (${error instanceof Error ? error.message : String(error)}); delivering straight from the sweep`,
    );
    await boss.stop({ graceful: false }).catch(() => undefined);
    boss = null;
  }

  let sweeping = false;
  async function sweep(): Promise<void> {
    if (sweeping) return;
    sweeping = true;
    try {
      for (const id of await unsentNotificationIds(pool)) {
        if (boss) await boss.send(NOTIFICATION_QUEUE, { notificationId: id }, { singletonKey: id });
        else {
          const result = await deliverNotification(pool, id, mailer, appUrl);
          if (result !== "already") log(`[notifications] ${result} ${id}`);
        }
      }
    } catch (error) {
      log(`[notifications] sweep failed, will retry: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      sweeping = false;
    }
  }
  await sweep();
  const timer = setInterval(() => void sweep(), interval);
  // Reminders, escalations and the daily digest (schedule.ts); the e-mails stay usable without them.
  let stopSchedules = () => {};
  try {
    stopSchedules = await startSchedules(boss, { pool, mailer, appUrl, log });
  } catch (error) {
    log(`[reminders] not scheduled: ${error instanceof Error ? error.message : String(error)}`);
  }

  // Webhooks and chat messages (lib/webhooks/worker.ts), on the same queue and pool.
  let stopWebhooks = async () => {};
  try {
    stopWebhooks = await startWebhookDelivery(boss, { pool, log, intervalMs: interval });
  } catch (error) {
    log(`[webhooks] not started: ${error instanceof Error ? error.message : String(error)}`);
  }

  return async () => {
    clearInterval(timer);
    stopSchedules();
    await stopWebhooks();
    while (sweeping) await new Promise((r) => setTimeout(r, 50));
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 15_000 }).catch(() => undefined);
    mailer.close();
    await pool.end();
  };
}
