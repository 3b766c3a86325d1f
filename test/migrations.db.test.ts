import { afterAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { readFileSync } from "node:fs";
import { applyMigrations } from "@/scripts/db/migrate";
import { diffSchemas, listMigrations, schemaPath, snapshotPath } from "@/scripts/db/schema-engine";
import { createEmptyDatabase } from "./db";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("apply on an empty database, are recorded like prisma migrate deploy, and a second run is a no-op", async () => {
    const empty = await createEmptyDatabase();
    cleanups.push(empty.drop);
    const all = listMigrations().migrationDirectories.map((d) => d.path);
    expect(all.length).toBeGreaterThan(0);

    expect(await applyMigrations(empty.url)).toEqual(all);
    const recorded = await query<{ migration_name: string; finished_at: Date | null }>(
      empty.url,
      "SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(recorded.map((r) => r.migration_name)).toEqual(all);
    expect(recorded.every((r) => r.finished_at !== null)).toBe(true);

    expect(await applyMigrations(empty.url)).toEqual([]);
    const again = await query<{ n: string }>(empty.url, "SELECT count(*) AS n FROM _prisma_migrations");
    expect(Number(again[0]?.n)).toBe(all.length);
  });

  it("match prisma/schema.prisma: no schema change is waiting for a migration", async () => {
    const empty = await createEmptyDatabase();
    cleanups.push(empty.drop);
    const schema = readFileSync(schemaPath, "utf8");
    expect(readFileSync(snapshotPath, "utf8")).toBe(schema);
    expect(await diffSchemas(empty.url, readFileSync(snapshotPath, "utf8"), schema)).toBe("");
  });
});
