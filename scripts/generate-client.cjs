// Generates the Prisma client into lib/generated/prisma (git-ignored). Runs after npm install and
// before start/test. Prisma's CLI wants a schema-engine binary it would download; generation does
// not use it, so any existing file satisfies the check on machines that cannot download it.
const { existsSync, statSync } = require("node:fs");
const { execFileSync } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const out = path.join(root, "lib/generated/prisma/client.ts");
const schema = path.join(root, "prisma/schema.prisma");
const force = process.argv.includes("--force");
if (!force && existsSync(out) && statSync(out).mtimeMs >= statSync(schema).mtimeMs) process.exit(0);

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], {
  cwd: root,
  env,
  stdio: "inherit",
});
