import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "@/lib/db";

/**
 * Per-token rate limit of the REST API on rate-limiter-flexible's Postgres store (the same
 * `rate_limits` table as the sign-in throttles), so the limit holds across app instances.
 * API_RATE_LIMIT_PER_MINUTE sets the points (default 300 requests a minute per token).
 */
export type ApiRateVerdict = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

const DEFAULT_PER_MINUTE = 300;
const limiters = new Map<number, RateLimiterPostgres>();

export function apiRateLimit(): number {
  const configured = Number(process.env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_PER_MINUTE;
}

function limiterFor(points: number): RateLimiterPostgres {
  let l = limiters.get(points);
  if (!l) {
    l = new RateLimiterPostgres({
      // Unnamed statements: see lib/auth/login-throttle.ts (PGlite and poolers share one session).
      storeClient: {
        query: (q: { text: string; values?: unknown[] }) => pool.query({ text: q.text, values: q.values }),
      },
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: `api${points}`,
      points,
      duration: 60,
      inMemoryBlockOnConsumed: 0,
    });
    limiters.set(points, l);
  }
  return l;
}

export async function consumeApiPoint(tokenId: string): Promise<ApiRateVerdict> {
  const limit = apiRateLimit();
  try {
    const res = await limiterFor(limit).consume(tokenId, 1);
    return { allowed: true, limit, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { allowed: false, limit, remaining: 0, resetSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}
