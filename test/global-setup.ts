import { freePort, startEmbeddedDb, type EmbeddedDb } from "@/scripts/embedded-db";

/**
 * Decides where integration tests run: the Postgres server of DATABASE_URL (each test file makes
 * and drops its own database there), or an in-memory embedded Postgres started for this run.
 */
let embedded: EmbeddedDb | null = null;

export async function setup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_SERVER_URL = process.env.DATABASE_URL;
    process.env.TEST_EMBEDDED = "0";
    return;
  }
  embedded = await startEmbeddedDb({ dataDir: "memory://", port: await freePort() });
  process.env.TEST_SERVER_URL = embedded.url;
  process.env.TEST_EMBEDDED = "1";
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
