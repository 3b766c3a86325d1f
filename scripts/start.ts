/**
 * `npm start`: the whole app in one command. Without DATABASE_URL it runs the embedded Postgres
 * (data in .data/pglite, kept across restarts); then it migrates, loads the demo data into an
 * empty database, builds the app on first start, and serves it. `npm run dev` does the same with
 * `next dev` instead of a production build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Pool } from "pg";
import { createPrisma } from "../lib/db-client";
import { applyMigrations } from "./db/migrate";
import {
  EMBEDDED_APP_POOL_SIZE,
  defaultEmbeddedDataDir,
  portIsOpen,
  startEmbeddedDb,
  type EmbeddedDb,
} from "./embedded-db";
import { ensureReferenceData } from "../lib/reference-data";
import { seedDemo } from "../prisma/seed/index";
import { startNotificationWorker } from "../lib/notifications/worker";
import { DEMO_PASSWORD } from "../prisma/seed/users";
import { DISCIPLINE_LABELS } from "../lib/domain/vocabulary";

const root = path.resolve(__dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const children: ChildProcess[] = [];
let embedded: EmbeddedDb | null = null;
let stopWorker: (() => Promise<void>) | null = null;
const startedAt = Date.now();

function step(message: string): void {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1).padStart(5);
  console.log(`[${seconds}s] ${message}`);
}

function nextBin(): string {
  return path.join(path.dirname(require.resolve("next/package.json")), "dist/bin/next");
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
    children.push(child);
    child.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(args[0] ?? "")} ${args[1] ?? ""} exited with code ${code}`)),
    );
  });
}

/** NEXTAUTH_SECRET signs sessions; generated once per checkout so sign-ins survive restarts. */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, ".data/nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function databaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) {
    step(`Using the Postgres at DATABASE_URL (${new URL(process.env.DATABASE_URL).host}).`);
    return process.env.DATABASE_URL;
  }
  const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  step(`No DATABASE_URL: starting the embedded Postgres (PGlite) on port ${dbPort}, data in .data/pglite …`);
  embedded = await startEmbeddedDb({ dataDir: process.env.EMBEDDED_DB_DIR ?? defaultEmbeddedDataDir, port: dbPort });
  step("Embedded Postgres is up.");
  return embedded.url;
}

async function prepareDatabase(url: string): Promise<string[]> {
  step("Applying database migrations …");
  const applied = await applyMigrations(url);
  step(applied.length ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");
  const pool = new Pool({ connectionString: url, max: 2 });
  const db = createPrisma(pool);
  try {
    await ensureReferenceData(db);
    const empty = (await db.user.count()) === 0 && (await db.project.count()) === 0;
    if (empty && process.env.SEED_DEMO !== "false") {
      step("Empty database: loading the demo data (the paper's five worked examples) …");
      await seedDemo(db, { log: (m) => step(`  ${m}`) });
      step("Demo data loaded.");
    }
    const demo = await db.user.findMany({
      where: { email: { endsWith: "@demo.mltrl.dev" }, active: true },
      select: { email: true, roles: true, disciplines: true },
      orderBy: { email: "asc" },
    });
    // Roles decide what someone may do; disciplines which panel seats they may hold.
    return demo.map(
      (u) =>
        `  ${u.email.padEnd(38)} ${u.roles.join(", ")}${u.disciplines.length ? ` · seats: ${u.disciplines.map((d) => DISCIPLINE_LABELS[d]).join(", ")}` : ""}`,
    );
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (await portIsOpen(port))
    throw new Error(`Port ${port} is in use. Stop what runs there, or start on another port: PORT=3001 npm start`);
  const url = await databaseUrl();
  const signIns = await prepareDatabase(url);
  const appUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: appUrl,
    PORT: String(port),
  };
  // The embedded Postgres serves EMBEDDED_DB_MAX_CONNECTIONS in all: the app's pool must leave room
  // for the worker's 6 (pool + queue). Past the limit it drops connections mid-query (500s).
  if (embedded && !process.env.DATABASE_POOL_SIZE) env.DATABASE_POOL_SIZE = String(EMBEDDED_APP_POOL_SIZE);

  if (!dev && !existsSync(path.join(root, ".next/BUILD_ID"))) {
    step("No production build yet: building the app (first start only, about a minute) …");
    await run([nextBin(), "build"], env);
    step("Build finished.");
  }
  step(dev ? "Starting the development server …" : "Starting the app …");
  const server = spawn(process.execPath, [nextBin(), dev ? "dev" : "start", "-p", String(port)], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(server);
  server.stdout?.on("data", (chunk: Buffer) => {
    if (process.env.VERBOSE) process.stdout.write(chunk);
  });
  server.once("exit", (code) => void shutdown(code ?? 1));
  while (!(await portIsOpen(port))) await new Promise((r) => setTimeout(r, 200));

  // Notifications are written with the events they announce; the worker delivers the e-mails.
  // The app works without it, so a failure to start it is reported, not fatal.
  try {
    stopWorker = await startNotificationWorker({ databaseUrl: url, appUrl, log: (m) => console.log(m) });
    step("Notification worker started: e-mails (logged unless SMTP_URL is set), review reminders, daily digest.");
  } catch (error) {
    console.warn(
      `Notification worker did not start: ${error instanceof Error ? error.message : String(error)}. In-app notifications still work; run \`npm run worker\` to retry.`,
    );
  }

  console.log(`\n  MLTRL is running at ${appUrl}\n`);
  if (signIns.length) {
    console.log(`  Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    console.log(signIns.join("\n"));
  } else {
    console.log(
      '  No demo users here. Create the first admin with: npm run user:create-admin -- --email you@example.org --name "Your Name"',
    );
  }
  console.log(`\n  Started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s. Press Ctrl+C to stop.\n`);
}

let stopping = false;
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await stopWorker?.().catch(() => undefined);
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  await embedded?.stop();
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
main().catch(async (error: unknown) => {
  console.error(`\nCould not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
