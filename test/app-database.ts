/**
 * The app's own database client pointed at a fresh test database, and a digest of every table for
 * "nothing was written" checks. Re-exported by gate-fixtures.ts.
 */
import type { DbClient } from "@/lib/db-client";
import { createTestDatabase, type TestDb } from "./db";

/** A digest of every table (one query): equal digests mean nothing at all was written. */
export async function databaseDigest(db: DbClient): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`;
  const sql = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*)::text || ':' || md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS digest FROM "${name}" t`,
    )
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ name: string; digest: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

/** Points the app's lib/db at `url` (it reads DATABASE_URL when first imported) and forgets any cached client. */
function pointAppDatabaseAt(url: string): () => void {
  const original = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  const g = globalThis as { mltrlPool?: unknown; mltrlPrisma?: unknown };
  g.mltrlPool = undefined;
  g.mltrlPrisma = undefined;
  return () => {
    if (original === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = original;
  };
}

/**
 * A fresh migrated database that lib/db — the app's own client — points at, for tests of DAL
 * commands and actions. Open it in beforeAll before importing any module that uses lib/db (they
 * connect on first import); close() in afterAll ends the app's pool, drops the database and puts
 * DATABASE_URL back.
 */
export async function openAppDatabase(
  opts: { poolSize?: number; before?: (t: TestDb) => Promise<unknown> } = {},
): Promise<{
  t: TestDb;
  appDb: typeof import("@/lib/db");
  close: () => Promise<void>;
}> {
  const t = await createTestDatabase({ poolSize: opts.poolSize });
  await opts.before?.(t);
  const restoreUrl = pointAppDatabaseAt(t.url);
  const appDb = await import("@/lib/db");
  return {
    t,
    appDb,
    close: async () => {
      await appDb.prisma.$disconnect();
      await appDb.pool.end();
      await t.dispose();
      restoreUrl();
    },
  };
}
