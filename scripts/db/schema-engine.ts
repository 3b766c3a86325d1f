/**
 * Prisma's schema engine, compiled to WASM, driven through a pg driver adapter. It applies and
 * diffs migrations without the native engine binary that `prisma migrate` downloads (which our
 * offline machines cannot fetch). It writes the same `_prisma_migrations` records as
 * `prisma migrate deploy`, so both tools can share one migrations folder.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
export const root = path.resolve(__dirname, "../..");
export const migrationsDir = path.join(root, "prisma/migrations");
export const schemaPath = path.join(root, "prisma/schema.prisma");

/** @prisma/internals looks for the engine's .wasm beside its own build; the file ships elsewhere. */
function ensureWasmInPlace(): void {
  const internalsDir = path.dirname(require.resolve("@prisma/internals/package.json"));
  const target = path.join(internalsDir, "build/schema_engine_bg.wasm");
  if (existsSync(target)) return;
  const engineDir = path.dirname(require.resolve("@prisma/schema-engine-wasm", { paths: [internalsDir] }));
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(path.join(engineDir, "schema_engine_bg.wasm"), target);
}

export type MigrationsList = {
  baseDir: string;
  lockfile: { path: string; content: string | null };
  migrationDirectories: { path: string; migrationFile: { path: string; content: { tag: "ok"; value: string } } }[];
  shadowDbInitScript: string;
};

export function listMigrations(): MigrationsList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
    shadowDbInitScript: "",
  };
}

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  migrateDiff(input: unknown): Promise<unknown>;
  runCommand(command: string, input: unknown): Promise<unknown>;
  stop(): Promise<void>;
};

type ScriptRunner = {
  executeScript(script: string): Promise<void>;
  underlyingDriver(): { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
};

/**
 * adapter-pg runs a migration script by splitting it on ";", which breaks any function body or
 * string with a semicolon in it (our append-only triggers). Postgres's simple-query protocol
 * takes the whole script at once, as the native engine sends it.
 */
function wholeScriptAdapter(connectionString: string, opened: { dispose(): Promise<void> }[]): PrismaPg {
  const factory = new PrismaPg({ connectionString });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    const runner = adapter as unknown as ScriptRunner;
    runner.executeScript = async (script: string) => {
      try {
        await runner.underlyingDriver().query(script);
      } catch (error) {
        runner.onError(error);
      }
    };
    return adapter;
  };
  return factory;
}

export async function withSchemaEngine<T>(connectionString: string, fn: (engine: Engine) => Promise<T>): Promise<T> {
  ensureWasmInPlace();
  const { SchemaEngineWasm } = require("@prisma/migrate/dist/SchemaEngineWasm.js") as {
    SchemaEngineWasm: { setup(args: unknown): Promise<Engine> };
  };
  // The engine never closes the pools it opens; we do, or the process idles until pg's timeout.
  const opened: { dispose(): Promise<void> }[] = [];
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapter(connectionString, opened));
  const schema = readFileSync(schemaPath, "utf8");
  const engine = await SchemaEngineWasm.setup({
    adapter,
    schemaContext: { schemaFiles: [[schemaPath, schema]] },
  });
  try {
    return await fn(engine);
  } finally {
    await engine.stop();
    await Promise.all(opened.map((a) => a.dispose()));
  }
}

export const emptyFilters = { externalTables: [], externalEnums: [] };

export const snapshotPath = path.join(migrationsDir, "schema.snapshot.prisma");

/**
 * SQL that takes schema `from` (null: an empty database) to schema `to`; "" when they match.
 * Reads no tables, but the engine only starts with a live connection.
 */
export async function diffSchemas(connectionString: string, from: string | null, to: string): Promise<string> {
  return withSchemaEngine(connectionString, async (engine) => {
    const file = (content: string) => ({ tag: "schemaDatamodel", files: [{ path: schemaPath, content }] });
    const result = (await engine.runCommand("diff", {
      from: from === null ? { tag: "empty" } : file(from),
      to: file(to),
      script: true,
      exitCode: null,
      filters: emptyFilters,
    })) as { stdout?: string };
    const sql = result.stdout ?? "";
    return /^-- This is an empty migration/.test(sql.trim()) ? "" : sql;
  });
}
