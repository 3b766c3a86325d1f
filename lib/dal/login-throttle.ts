import "server-only";
import type { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "@/lib/db";
import type { LoginThrottleKeys } from "@/lib/auth/throttle-keys";

/**
 * Login throttling on rate-limiter-flexible's Postgres store, in the `rate_limits` table of our
 * migration (same columns the library would create: key varchar(255) PK, points int, expire
 * bigint). Counters live in Postgres, so they hold across app instances and restarts.
 *
 * Every attempt consumes a point *before* the password is checked: the increment is one atomic
 * upsert, so parallel guesses cannot all slip under the limit. A success then resets the account
 * counter and gives the IP its point back, so the IP counter approximates failures only.
 */
export const LOGIN_LIMITS = {
  /** Failures per account (by normalised email, existing or not) per window. */
  account: { points: 5, durationSeconds: 15 * 60 },
  /** Attempts per client address (IPv6: per /64) per window. */
  ip: { points: 30, durationSeconds: 15 * 60 },
} as const;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type LoginThrottle = {
  /** Counts one attempt for both keys; refuses when either is over its limit. */
  consumeAttempt(keys: LoginThrottleKeys): Promise<ThrottleVerdict>;
  /** After a correct password: the account starts fresh, the IP gets its point back. */
  recordSuccess(keys: LoginThrottleKeys): Promise<void>;
};

/**
 * The library names its prepared statements ("rate_limits:rlflx-upsert"). Names are per server
 * session, and the embedded PGlite (`npm start`) multiplexes every pool connection onto one
 * session, as do poolers such as PgBouncer in transaction mode: the second connection then fails
 * with "prepared statement already exists". Sending the same SQL unnamed avoids that.
 */
function unnamedStatements(pool: Pool) {
  return { query: (q: { text: string; values?: unknown[] }) => pool.query({ text: q.text, values: q.values }) };
}

function limiter(storeClient: Pool, keyPrefix: string, limit: { points: number; durationSeconds: number }) {
  return new RateLimiterPostgres({
    storeClient: unnamedStatements(storeClient),
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix,
    points: limit.points,
    duration: limit.durationSeconds,
    // An in-memory block would be per instance; every decision must come from the shared table.
    inMemoryBlockOnConsumed: 0,
  });
}

/** Over the limit → the library rejects with a RateLimiterRes; anything else is a real error. */
async function consume(l: RateLimiterPostgres, key: string): Promise<number | null> {
  try {
    await l.consume(key, 1);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/** Exported for tests that simulate two app instances; the app uses `loginThrottle`. */
export function createLoginThrottle(storeClient: Pool): LoginThrottle {
  const account = limiter(storeClient, "login_account", LOGIN_LIMITS.account);
  const ip = limiter(storeClient, "login_ip", LOGIN_LIMITS.ip);
  return {
    async consumeAttempt(keys) {
      const [accountWait, ipWait] = await Promise.all([consume(account, keys.account), consume(ip, keys.ip)]);
      const wait = Math.max(accountWait ?? 0, ipWait ?? 0);
      return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
    },
    async recordSuccess(keys) {
      await Promise.all([account.delete(keys.account), ip.reward(keys.ip, 1)]);
    },
  };
}

let shared: LoginThrottle | undefined;

/** The app's throttle, on the shared pool of lib/db (created on first use). */
export function loginThrottle(): LoginThrottle {
  shared ??= createLoginThrottle(pool);
  return shared;
}
