import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layer boundaries from docs/architecture.md, made executable: only the data-access layer
// touches the database, and the domain module stays pure.
const dbImports = [
  "@/lib/db",
  "@/lib/db-client",
  "**/lib/db",
  "**/lib/db-client",
  "@/lib/generated/*",
  "**/generated/prisma/*",
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/generated/**",
    "next-env.d.ts",
    ".data/**",
    "playwright-report/**",
    "test-results/**",
  ]),
  {
    files: ["app/**", "components/**", "lib/actions/**", "lib/schemas/**", "proxy.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: dbImports, message: "Only lib/dal/** may use the database; call a DAL function." }] },
      ],
    },
  },
  {
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "next",
                "next/*",
                "@prisma/*",
                "pg",
                "node:*",
                "@/lib/*",
                "!@/lib/domain/*",
                "server-only",
                "react",
              ],
              message: "lib/domain is pure: no framework, database or I/O imports.",
            },
          ],
        },
      ],
    },
  },
  {
    // Command definitions are shared by every door and loaded in Vitest: no framework in them.
    files: ["lib/commands/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*"],
              message: "lib/commands is shared by every door: apply next/* in lib/actions.",
            },
            { group: dbImports, message: "Only lib/dal/** may use the database; call a DAL function." },
          ],
        },
      ],
    },
  },
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
]);
