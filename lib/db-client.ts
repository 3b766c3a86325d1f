import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Builds a PrismaClient on a pg pool. Shared by the app (lib/db.ts) and by scripts and tests,
 * which cannot import the "server-only" module. Password hashes and TOTP secrets are omitted unless a query asks.
 */
export function createPrisma(pool: Pool) {
  return new PrismaClient({
    adapter: new PrismaPg(pool),
    omit: { user: { passwordHash: true, totpSecret: true } },
  });
}

export type DbClient = ReturnType<typeof createPrisma>;
