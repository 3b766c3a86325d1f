import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "@/lib/db";

/**
 * Per-token rate limit of the REST API on rate-limiter-flexible's Postgres store (the same
 * `rate_limits` table as the sign-in throttles), so the limit holds across app instances.
 * API_RATE_LIMIT_PER_MINUTE sets the points (default 300 requests a minute per token).
 *
 * Requests whose token is refused (missing, unknown, expired, revoked) count against the client
 * address instead: after API_AUTH_FAILURES_PER_MINUTE of them (default 30) the address gets 429
 * for the rest of the minute before any token is looked up, so guessing tokens (hopeless against
 * 256 random bits, but each guess costs a database read) cannot load the server.
 */
export type ApiRateVerdict = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

const DEFAULT_PER_MINUTE = 300;
const DEFAULT_AUTH_FAILURES_PER_MINUTE = 30;
const limiters = new Map<string, RateLimiterPostgres>();

function setting(name: string, fallback: number): number {
  const configured = Number(process.env[name]);
  return Number.isInteger(configured) && configured > 0 ? configured : fallback;
}

export function apiRateLimit(): number {
  return setting("API_RATE_LIMIT_PER_MINUTE", DEFAULT_PER_MINUTE);
}

export function apiAuthFailureLimit(): number {
  return setting("API_AUTH_FAILURES_PER_MINUTE", DEFAULT_AUTH_FAILURES_PER_MINUTE);
}

function limiterFor(prefix: "api" | "apiauthfail", points: number): RateLimiterPostgres {
  const name = `${prefix}${points}`;
  let l = limiters.get(name);
  if (!l) {
    l = new RateLimiterPostgres({
      // Unnamed statements: see lib/auth/login-throttle.ts (PGlite and poolers share one session).
      storeClient: {
        query: (q: { text: string; values?: unknown[] }) => pool.query({ text: q.text, values: q.values }),
      },
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: name,
      points,
      duration: 60,
      inMemoryBlockOnConsumed: 0,
    });
    limiters.set(name, l);
  }
  return l;
}

export async function consumeApiPoint(tokenId: string): Promise<ApiRateVerdict> {
  const limit = apiRateLimit();
  try {
    const res = await limiterFor("api", limit).consume(tokenId, 1);
    return { allowed: true, limit, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { allowed: false, limit, remaining: 0, resetSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}

/** Seconds the address must wait after too many refused tokens; null while it may try. */
export async function refusedTokensWait(address: string | null): Promise<number | null> {
  if (!address) return null;
  const limit = apiAuthFailureLimit();
  const res = await limiterFor("apiauthfail", limit).get(address);
  return res && res.consumedPoints >= limit ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : null;
}

/** Counts one refused token against the address (a request without an address is not counted). */
export async function recordRefusedToken(address: string | null): Promise<void> {
  if (!address) return;
  await limiterFor("apiauthfail", apiAuthFailureLimit())
    .penalty(address, 1)
    .catch((rejection: unknown) => {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    });
}
