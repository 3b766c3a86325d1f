/**
 * `npm run db:migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the SQL that takes the schema of the last migration to prisma/schema.prisma. Works
 * offline: the WASM schema engine diffs two schema files, the current one
 * and `prisma/migrations/schema.snapshot.prisma` (the schema as of the newest migration, which
 * this script updates). Introspecting a live database through the WASM engine fails on
 * Postgres's internal "char" columns, so we diff schemas instead of databases.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { requireDatabaseUrl } from "../../lib/database-url";
import { diffSchemas, migrationsDir, schemaPath, snapshotPath } from "./schema-engine";

async function main(): Promise<void> {
  const name = (process.argv[2] ?? "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_");
  if (!name) throw new Error("Give the migration a name: npm run db:migration:new -- add_review_due_dates");
  const from = existsSync(snapshotPath) ? readFileSync(snapshotPath, "utf8") : null;
  const sql = await diffSchemas(requireDatabaseUrl(), from, readFileSync(schemaPath, "utf8"));
  if (!sql) {
    console.log("prisma/schema.prisma matches the last migration: nothing to write.");
    return;
  }
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  copyFileSync(schemaPath, snapshotPath);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — read it, then run npm run db:migrate.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
