/**
 * `npx tsx scripts/run-jobs.ts reminders|digest|targets [--now 2026-03-10T12:00:00Z] [--review <id>]`: runs
 * one scheduled job once, now or at the given time (reminders: for one review only with --review),
 * against DATABASE_URL, and prints what it did. The worker runs
 * these on its own schedule; this is for an operator (e.g. an external cron) and for the e2e test,
 * which runs the reminder job with a fixed clock. It is a command line only: no HTTP route can set
 * the clock. Settings as for the worker (REMINDER_DAYS_BEFORE, SMTP_URL).
 */
import { Pool } from "pg";
import { createMailer } from "../lib/notifications/email";
import { sendDigests } from "../lib/notifications/digest";
import { reminderSettingsFromEnv, runReminders } from "../lib/notifications/reminders";
import { runTargetWatch } from "../lib/notifications/target-watch";

async function main(): Promise<void> {
  const [job, ...rest] = process.argv.slice(2);
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i]!, rest[i + 1]];
    if (!["--now", "--review"].includes(flag) || !value || flags.has(flag)) flags.set("bad", flag);
    else flags.set(flag, value);
  }
  if (
    !["reminders", "digest", "targets"].includes(job ?? "") ||
    flags.has("bad") ||
    (job !== "reminders" && flags.has("--review"))
  )
    throw new Error(
      "Usage: tsx scripts/run-jobs.ts reminders [--now <ISO date-time>] [--review <id>] | digest [--now <ISO date-time>] | targets [--now <ISO date-time>]",
    );
  const nowArg = flags.get("--now");
  const review = flags.get("--review");
  const now = nowArg ? new Date(nowArg) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`--now ${nowArg} is not a date-time (e.g. 2026-03-10T12:00:00Z).`);
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set.");
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    if (job === "reminders") {
      const r = await runReminders(pool, now, reminderSettingsFromEnv(), review ? [review] : undefined);
      console.log(`reminders at ${now.toISOString()}: ${r.due} due, ${r.sent} sent (the rest were sent before)`);
    } else if (job === "targets") {
      const t = await runTargetWatch(pool, now);
      console.log(
        `target watch at ${now.toISOString()}: ${t.checked} target(s) checked, ${t.changed} changed, ${t.announced} turned at risk`,
      );
    } else {
      const mailer = createMailer({ log: (m) => console.log(m) });
      const d = await sendDigests(pool, mailer, now, process.env.NEXTAUTH_URL);
      mailer.close();
      console.log(`digest at ${now.toISOString()}: ${d.sent} e-mail(s), ${d.items} item(s)`);
    }
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
