#!/usr/bin/env node
// The `mltrl` command (package.json "bin"). The client is TypeScript under cli/; tsx, a runtime
// dependency of this package, loads it, so it runs from a clean clone after `npm ci` without a build.
import { tsImport } from "tsx/esm/api";

// tsconfig: false, so a tsconfig.json in the caller's working folder (a model's repository) cannot
// change how the client is compiled; the client needs none (relative imports only).
const { run } = await tsImport("../cli/main.ts", { parentURL: import.meta.url, tsconfig: false });
process.exitCode = await run(process.argv.slice(2));
