/**
 * `npm run db:migrate`: applies prisma/migrations to DATABASE_URL with Prisma's WASM schema
 * engine (no native engine download), then writes the reference data every database needs
 * (level definitions and ethics template, version 1) if absent. A second run is a no-op.
 */
import { Pool } from "pg";
import { createPrisma } from "../../lib/db-client";
import { ensureReferenceData } from "../../lib/reference-data";
import { listMigrations, withSchemaEngine, emptyFilters } from "./schema-engine";
import { requireDatabaseUrl } from "../../lib/database-url";

export async function applyMigrations(connectionString: string): Promise<string[]> {
  return withSchemaEngine(connectionString, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: listMigrations(),
      filters: emptyFilters,
    });
    return appliedMigrationNames;
  });
}

if (require.main === module) {
  const url = requireDatabaseUrl();
  applyMigrations(url)
    .then(async (names) => {
      console.log(
        names.length ? `Applied ${names.length} migration(s): ${names.join(", ")}` : "Database schema is up to date.",
      );
      const pool = new Pool({ connectionString: url, max: 1 });
      const { created } = await ensureReferenceData(createPrisma(pool));
      await pool.end();
      if (created.length) console.log(`Added reference data: ${created.join(", ")}.`);
      // The WASM engine leaves a timer behind that would hold the process for ~10 s.
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error("Migration failed:", error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
