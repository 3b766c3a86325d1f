import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests: pure and fast, no database. Integration tests (*.db.test.ts) have their own config.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: [
      "lib/**/*.test.ts",
      "components/**/*.test.ts",
      "prisma/**/*.test.ts",
      "scripts/**/*.test.ts",
      "cli/**/*.test.ts",
    ],
    exclude: ["**/*.db.test.ts", "node_modules/**"],
    environment: "node",
  },
});
