import { defineConfig } from "vitest/config";
import path from "node:path";

// Integration tests against real Postgres: files run one at a time, each in its own database.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["**/*.db.test.ts"],
    exclude: ["node_modules/**", ".next/**"],
    environment: "node",
    globalSetup: ["test/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    // Fixtures mint a token per case; the cap itself is tested with a small value (test/api-door.db.test.ts).
    env: { API_TOKENS_PER_PERSON: "100000" },
    hookTimeout: 120_000,
  },
});
