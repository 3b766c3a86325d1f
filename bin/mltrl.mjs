#!/usr/bin/env node
// The `mltrl` command (package.json "bin"). The client is TypeScript under cli/; tsx, a runtime
// dependency of this package, loads it, so it runs from a clean clone after `npm ci` without a build.
import { tsImport } from "tsx/esm/api";

const { run } = await tsImport("../cli/main.ts", import.meta.url);
process.exitCode = await run(process.argv.slice(2));
