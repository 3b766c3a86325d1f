import type PgBoss from "pg-boss";
import type { Pool } from "pg";
import type { Mailer } from "./email";
import { sendDigests } from "./digest";
import { reminderSettingsFromEnv, runReminders } from "./reminders";
import { runTargetWatch } from "./target-watch";

/**
 * The scheduled jobs of the worker, on pg-boss cron schedules (one schedule per queue is stored
 * in the database, so several workers do not multiply the runs; the jobs themselves are
 * once-only by their database keys anyway):
 * - review reminders and escalations, every REMINDER_CRON (default every 15 minutes);
 * - the daily digest, at DIGEST_HOUR_UTC:00 UTC (default 7);
 * - the target watch (targets that turned at risk), every TARGET_WATCH_CRON (default hourly).
 * Without pg-boss a timer runs the same jobs (the digest only within its hour).
 */

export const REMINDER_QUEUE = "review-reminders";
export const DIGEST_QUEUE = "notification-digest";
export const TARGET_WATCH_QUEUE = "target-watch";

export type ScheduleContext = {
  pool: Pool;
  mailer: Mailer;
  appUrl: string | undefined;
  log: (message: string) => void;
  env?: NodeJS.ProcessEnv;
};

function digestHour(env: NodeJS.ProcessEnv): number {
  const raw = env.DIGEST_HOUR_UTC ?? "7";
  const hour = Number(raw);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error("DIGEST_HOUR_UTC must be an hour, 0-23.");
  return hour;
}

export async function runScheduledJob(name: string, ctx: ScheduleContext, now: Date): Promise<void> {
  if (name === REMINDER_QUEUE) {
    const r = await runReminders(ctx.pool, now, reminderSettingsFromEnv(ctx.env));
    if (r.sent > 0) ctx.log(`[reminders] ${r.sent} reminder(s) sent`);
  } else if (name === DIGEST_QUEUE) {
    const d = await sendDigests(ctx.pool, ctx.mailer, now, ctx.appUrl);
    if (d.sent > 0) ctx.log(`[digest] ${d.sent} digest(s) sent, ${d.items} item(s)`);
  } else if (name === TARGET_WATCH_QUEUE) {
    const t = await runTargetWatch(ctx.pool, now);
    if (t.announced > 0) ctx.log(`[targets] ${t.announced} target(s) turned at risk`);
  }
}

/** Starts the schedules; returns a function that stops the fallback timer (pg-boss stops with the boss). */
export async function startSchedules(boss: PgBoss | null, ctx: ScheduleContext): Promise<() => void> {
  const env = ctx.env ?? process.env;
  // Read once at start: a bad setting is reported now, not at the first run.
  reminderSettingsFromEnv(env);
  const hour = digestHour(env);
  const reminderCron = env.REMINDER_CRON || "*/15 * * * *";
  if (boss) {
    for (const [queue, cron] of [
      [REMINDER_QUEUE, reminderCron],
      [DIGEST_QUEUE, `0 ${hour} * * *`],
      [TARGET_WATCH_QUEUE, env.TARGET_WATCH_CRON || "0 * * * *"],
    ] as const) {
      await boss.createQueue(queue, { name: queue, policy: "singleton", retryLimit: 3, expireInSeconds: 600 });
      await boss.schedule(queue, cron, {}, { tz: "UTC" });
      await boss.work(queue, { batchSize: 1 }, async () => runScheduledJob(queue, ctx, new Date()));
    }
    return () => {};
  }
  const tick = async () => {
    const now = new Date();
    try {
      await runScheduledJob(REMINDER_QUEUE, ctx, now);
      if (now.getUTCMinutes() < 15) await runScheduledJob(TARGET_WATCH_QUEUE, ctx, now);
      if (now.getUTCHours() === hour) await runScheduledJob(DIGEST_QUEUE, ctx, now);
    } catch (error) {
      ctx.log(`[reminders] run failed, will retry: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const timer = setInterval(() => void tick(), 15 * 60_000);
  void tick();
  return () => clearInterval(timer);
}
