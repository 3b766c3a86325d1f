/**
 * The webhook delivery of the worker (lib/webhooks/worker.ts), alone, for the browser tests: the
 * e2e app runs `next start` without the notification worker, so scripts/test-all.ts starts this
 * beside it on the same database (WEBHOOK_ALLOWED_NETWORKS lets it reach the spec's receiver on
 * the loopback). It sends from the sweep (no pg-boss queue), every second; no e-mails, reminders
 * or digests, which would change what other specs see.
 */
import { Pool } from "pg";
import { startWebhookDelivery } from "../lib/webhooks/worker";

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  const stop = await startWebhookDelivery(null, { pool, log: (m) => console.log(m), intervalMs: 1000 });
  const shutdown = async () => {
    await stop();
    await pool.end();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown());
  process.on("SIGTERM", () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
