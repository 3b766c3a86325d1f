/**
 * The embedded Postgres: PGlite (Postgres compiled to WASM) behind its wire-protocol socket
 * server, run as a child process so the app connects to it like to any Postgres. Used by
 * `npm start` without DATABASE_URL, and by the tests on machines without a Postgres server.
 * `npm run db:embedded` runs it alone (for psql, db:seed, db:migration:new).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const root = path.resolve(__dirname, "..");
export const defaultEmbeddedDataDir = path.join(root, ".data/pglite");

export type EmbeddedDb = { url: string; port: number; stop(): Promise<void> };

export function portIsOpen(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Starts PGlite on `port` with its data in `dataDir` ("memory://" keeps nothing). */
/**
 * Connections the embedded server accepts, and the app pool `npm start` gives the app on it:
 * app 4 + notification worker 3 + its queue 3 + a script or two (seed, migrate) stay under 16.
 * Measured: with the app's default pool of 10 beside the worker, eight parallel page loads made
 * the server drop connections (500s until restart); with 4 they all answered.
 */
export const EMBEDDED_DB_MAX_CONNECTIONS = 16;
export const EMBEDDED_APP_POOL_SIZE = 4;

export async function startEmbeddedDb(opts: {
  dataDir: string;
  port: number;
  onWait?: () => void;
}): Promise<EmbeddedDb> {
  if (await portIsOpen(opts.port)) {
    throw new Error(
      `Port ${opts.port} is already in use, so the embedded database cannot start there. ` +
        `Stop the other program (an earlier \`npm start\`?) or set EMBEDDED_DB_PORT to a free port.`,
    );
  }
  if (opts.dataDir !== "memory://") mkdirSync(opts.dataDir, { recursive: true });
  // The package exports no subpath for its CLI, so locate it from the package's main entry.
  const bin = path.join(path.dirname(require.resolve("@electric-sql/pglite-socket")), "scripts/server.js");
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, "-d", opts.dataDir, "-p", String(opts.port), "-m", String(EMBEDDED_DB_MAX_CONNECTIONS)],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const started = Date.now();
  while (!(await portIsOpen(opts.port))) {
    if (child.exitCode !== null) throw new Error(`The embedded database exited during start-up:\n${stderr}`);
    if (Date.now() - started > 120_000) {
      child.kill("SIGKILL");
      throw new Error(`The embedded database did not open port ${opts.port} within 2 minutes.\n${stderr}`);
    }
    opts.onWait?.();
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    port: opts.port,
    url: `postgresql://postgres:postgres@127.0.0.1:${opts.port}/postgres?sslmode=disable`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        // SIGINT lets PGlite flush and close its data directory cleanly.
        child.kill("SIGINT");
      }),
  };
}

if (require.main === module) {
  const port = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  startEmbeddedDb({ dataDir: defaultEmbeddedDataDir, port })
    .then((db) => {
      console.log(`Embedded Postgres is running. Use it with:\n  export DATABASE_URL="${db.url}"\nCtrl+C stops it.`);
      const stop = () => void db.stop().then(() => process.exit(0));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
