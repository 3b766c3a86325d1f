import Module from "node:module";
import path from "node:path";

/** Resolve "server-only" to an empty module for this process (import this first). */
const M = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const original = M._resolveFilename;
const stub = path.join(__dirname, "server-only-stub.ts");
M._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === "server-only" ? stub : original.call(this, request, ...rest);
};
