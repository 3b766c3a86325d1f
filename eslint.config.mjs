import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layer boundaries from docs/architecture.md, made executable: only the data-access layer (and the
// stores and throttles of lib/auth, which sit below it) touch the database, the domain module stays pure,
// and the layers import downwards only:
// app → components → lib/actions → lib/commands → lib/dal → lib/auth → lib/domain (docs/architecture.md).
const dbImports = [
  "@/lib/db",
  "@/lib/db-client",
  "**/lib/db",
  "**/lib/db-client",
  "@/lib/generated/*",
  "**/generated/prisma/*",
  "./db",
  "./db-client",
  "../db",
  "../db-client",
  "../../db",
  "../../db-client",
];

const dalImports = ["@/lib/dal/*", "**/lib/dal/*"];
// The negation keeps the DAL's own aggregate folder lib/dal/components (ML system components) apart
// from the UI's components/ folder.
const uiImports = [
  "@/components/*",
  "@/app/*",
  "**/components/*",
  "**/app/*",
  "!@/lib/dal/components/*",
  "!../components/*",
];

// One rule, one options list per file: ESLint's flat config lets a later block's
// no-restricted-imports REPLACE an earlier one for the files both match, so each file pattern
// below is matched by at most one block of the core rule. Components' DAL rule uses the
// typescript-eslint rule (it can allow `import type`), which sits beside the core db rule.
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
    // Everything but the DAL, lib/auth's stores and throttles (below the DAL), the client itself and
    // the reference-data bootstrap that scripts run before any request (it cannot be server-only).
    // lib/domain and lib/commands have stricter blocks of their own below.
    files: ["app/**", "components/**", "lib/**", "proxy.ts"],
    ignores: [
      "lib/dal/**",
      "lib/auth/**",
      "lib/db.ts",
      "lib/db-client.ts",
      "lib/reference-data.ts",
      "lib/domain/**",
      "lib/commands/**",
      "lib/generated/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: dbImports, message: "Only lib/dal/** may use the database; call a DAL function." }] },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: dalImports,
              allowTypeImports: true,
              message: "Components get data from their page or layout; only `import type` from lib/dal.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/dal/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: uiImports, message: "lib/dal sits below the UI: no imports from components or app." }] },
      ],
    },
  },
  {
    files: ["lib/auth.ts", "lib/auth/**"],
    // Tests may wire layers together (a sign-in test reads the admin's sign-in log).
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...dalImports, "../dal/*", "./dal/*"],
              message: "lib/auth sits below lib/dal: move what it needs into lib/auth (e.g. ./user-store).",
            },
          ],
        },
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
                "fs",
                "path",
                "crypto",
                "os",
                "child_process",
                "../*",
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
  {
    // The command-line client is a pure HTTP client of the REST API: it runs on a developer's machine
    // or in CI, far from the server, so nothing of the app's server side may leak into it (pure
    // lib/domain modules are fine).
    files: ["cli/**", "bin/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "next",
                "next/*",
                "next-auth",
                "next-auth/*",
                "@prisma/*",
                "pg",
                "server-only",
                "react",
                ...dbImports,
                ...dalImports,
                "@/lib/*",
                "!@/lib/domain/*",
                "**/lib/auth/*",
                "**/lib/actions/*",
                "**/lib/commands/*",
                "@/app/*",
                "@/components/*",
              ],
              message: "cli/ is a pure HTTP client: only the REST API, node built-ins and pure lib/domain modules.",
            },
          ],
        },
      ],
    },
  },
  {
    // A file a reader can hold in their head: at most 300 lines as Prettier formats it, tests and
    // scripts included (split by what the parts do; docs/architecture.md).
    files: ["**/*.{ts,tsx,mts,cts,js,mjs,cjs}"],
    rules: { "max-lines": ["error", { max: 300, skipBlankLines: false, skipComments: false }] },
  },
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
]);
