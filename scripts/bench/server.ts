import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { portIsOpen } from "@/scripts/embedded-db";

/** `next start` on loopback for the benchmark, and the page measurements that need it. */

export type Server = { url: string; child: ChildProcess; log: () => string; stop: () => Promise<void> };

export async function startNext(opts: {
  root: string;
  port: number;
  env: Record<string, string>;
  timeoutSeconds?: number;
}): Promise<Server> {
  if (!existsSync(path.join(opts.root, ".next", "BUILD_ID"))) {
    throw new Error(`No production build in ${opts.root}/.next: run \`npx next build\` first.`);
  }
  const bin = path.join(opts.root, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [bin, "start", "-p", String(opts.port), "-H", "127.0.0.1"], {
    cwd: opts.root,
    env: { ...process.env, ...opts.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (c: Buffer) => (log += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (log += c.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once("exit", () => resolve());
      process.kill(-child.pid, "SIGTERM"); // the whole group: next start and its workers
      setTimeout(
        () => child.exitCode === null && child.pid !== undefined && process.kill(-child.pid, "SIGKILL"),
        10_000,
      ).unref();
    });
  const t0 = Date.now();
  while (!(await portIsOpen(opts.port))) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${log}`);
    if (Date.now() - t0 > (opts.timeoutSeconds ?? 120) * 1000) {
      await stop();
      throw new Error(`next start did not listen within ${opts.timeoutSeconds ?? 120} s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url: `http://127.0.0.1:${opts.port}`, child, log: () => log, stop };
}

/** GET with the session cookie; the body is read in full and must contain `marker`. */
export async function fetchPage(url: string, cookie: string, marker?: string): Promise<string> {
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await res.text();
  if (res.status !== 200)
    throw new Error(
      `${url}: HTTP ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}`,
    );
  if (marker && !body.includes(marker)) throw new Error(`${url}: the page lacks "${marker}"`);
  return body;
}

/**
 * The JavaScript a first visit downloads: every script the HTML references, gzipped (level 9).
 * `noModule` scripts (the legacy polyfills) are left out: browsers that run modules skip them.
 */
export async function firstLoadJs(
  baseUrl: string,
  html: string,
): Promise<{ files: number; rawBytes: number; gzipBytes: number; largest: { src: string; gzipBytes: number }[] }> {
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const srcs = [...new Set(tags.map((m) => m[1]!.replace(/&amp;/g, "&")))];
  let rawBytes = 0;
  let gzipBytes = 0;
  const sizes: { src: string; gzipBytes: number }[] = [];
  for (const src of srcs) {
    const res = await fetch(new URL(src, baseUrl));
    const buf = Buffer.from(await res.arrayBuffer());
    const gz = gzipSync(buf, { level: 9 }).length;
    rawBytes += buf.length;
    gzipBytes += gz;
    sizes.push({ src, gzipBytes: gz });
  }
  return {
    files: srcs.length,
    rawBytes,
    gzipBytes,
    largest: sizes.sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5),
  };
}
