import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Scalar's browser bundle (one self-contained file, styles included), served from our own origin
 * by app/api-reference/try/scalar.js so the interactive reference needs no CDN and works offline.
 * Read from node_modules once per process: it is 5 MB and never changes while we run.
 */
const PACKAGE_DIR = path.join(process.cwd(), "node_modules", "@scalar", "api-reference");

let bundle: string | undefined;

export function scalarBundle(): string {
  bundle ??= readFileSync(path.join(PACKAGE_DIR, "dist", "browser", "standalone.js"), "utf8");
  return bundle;
}

let version: string | undefined;

/** The installed version: part of the bundle's URL, so a long browser cache never serves an old one. */
export function scalarVersion(): string {
  version ??= (JSON.parse(readFileSync(path.join(PACKAGE_DIR, "package.json"), "utf8")) as { version: string }).version;
  return version;
}
