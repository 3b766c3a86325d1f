/**
 * Integration-test databases. With DATABASE_URL (CI points it at the machine's Postgres), every
 * test file gets its own freshly created and migrated database, dropped afterwards. Without it,
 * test/global-setup.ts starts one in-memory embedded Postgres for the run, and a "fresh" database
 * is that one with its schema wiped and migrated again (PGlite serves a single database).
 */
import { randomBytes } from "node:crypto";
import { Client, Pool } from "pg";
import { createPrisma, type DbClient } from "@/lib/db-client";
import { applyMigrations } from "@/scripts/db/migrate";

export type TestDb = { url: string; db: DbClient; pool: Pool; dispose(): Promise<void> };

function serverUrl(): string {
  const url = process.env.TEST_SERVER_URL;
  if (!url) throw new Error("TEST_SERVER_URL is not set: run integration tests with `npm run test:db`.");
  return url;
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new empty database (no migrations applied) and its URL. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (process.env.TEST_EMBEDDED === "1") {
    await admin((c) => c.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"));
    return { url: serverUrl(), drop: async () => {} };
  }
  const name = `mltrl_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      admin(async (c) => {
        // Callers end their pools first, but a client's socket closes a moment after pool.end()
        // resolves. Terminating a backend in that moment makes the closing client emit an error
        // that nobody listens to any more (an uncaught exception that fails the test run), so
        // wait briefly for the connections to go; FORCE then removes any a test left open.
        for (let i = 0; i < 40; i++) {
          const { rows } = await c.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1",
            [name],
          );
          if (rows[0]?.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }),
  };
}

/** A new database with every migration applied, a pool and a PrismaClient on it. */
export async function createTestDatabase(opts: { poolSize?: number } = {}): Promise<TestDb> {
  const empty = await createEmptyDatabase();
  await applyMigrations(empty.url);
  const pool = new Pool({ connectionString: empty.url, max: opts.poolSize ?? 10 });
  const db = createPrisma(pool);
  return {
    url: empty.url,
    db,
    pool,
    dispose: async () => {
      await db.$disconnect();
      await pool.end();
      await empty.drop();
    },
  };
}
