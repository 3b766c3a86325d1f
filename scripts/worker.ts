/**
 * `npm run worker`: the notification worker on its own (e-mails, review reminders and escalations,
 * the daily digest; npm start runs it alongside the app). Needs DATABASE_URL; SMTP_URL and
 * MAIL_FROM switch on real e-mail (else messages are logged); NEXTAUTH_URL makes the links in
 * e-mails absolute. Reminder settings: README, "Configuration".
 */
import { startNotificationWorker } from "../lib/notifications/worker";

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: the worker reads notifications from the app's database.");
  const stop = await startNotificationWorker({ databaseUrl });
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown());
  process.on("SIGTERM", () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
