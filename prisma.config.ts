import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (generate, and migrate deploy where Prisma's engine is available).
// The app and our offline migration runner (scripts/db/migrate.ts) read DATABASE_URL themselves.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/mltrl" },
});
