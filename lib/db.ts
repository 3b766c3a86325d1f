import "server-only";
import { Pool } from "pg";
import { createPrisma } from "@/lib/db-client";

/**
 * The only PrismaClient of the app (imported by lib/dal/** alone; ESLint enforces it). One pool
 * per process, kept on globalThis so dev-mode reloads do not open a new pool each time.
 */
const globalForDb = globalThis as unknown as { mltrlPool?: Pool; mltrlPrisma?: ReturnType<typeof createPrisma> };

export const pool: Pool =
  globalForDb.mltrlPool ??
  new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
export const prisma = globalForDb.mltrlPrisma ?? createPrisma(pool);

if (process.env.NODE_ENV !== "production") {
  globalForDb.mltrlPool = pool;
  globalForDb.mltrlPrisma = prisma;
}

export type Db = typeof prisma;
