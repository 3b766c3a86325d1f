import "server-only";
import type { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "@/lib/db";
import type { LoginThrottleKeys } from "./throttle-keys";
import { accountSlowdownMs, LOGIN_LIMITS } from "./throttle-policy";

/**
 * Login throttling on rate-limiter-flexible's Postgres store, in the `rate_limits` table of our
 * migration (same columns the library would create: key varchar(255) PK, points int, expire
 * bigint). Counters live in Postgres, so they hold across app instances and restarts. The policy
 * (what locks, what only slows down) is in lib/auth/throttle-policy.ts.
 *
 * Every attempt consumes a point *before* the password is checked: the increment is one atomic
 * upsert, so parallel guesses cannot all slip under the limit. A success then resets the pair and
 * account counters and gives the address its point back, so the address counter approximates
 * failures only.
 */
export type ThrottleVerdict = { allowed: true; delayedMs: number } | { allowed: false; retryAfterSeconds: number };

export type LoginThrottle = {
  /** Counts one attempt on every key; refuses when the pair or the address is over its limit, and
   * waits first when the account as a whole is being guessed at. */
  consumeAttempt(keys: LoginThrottleKeys): Promise<ThrottleVerdict>;
  /** After a correct password: the pair and account start fresh, the address gets its point back. */
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
async function consume(l: RateLimiterPostgres, key: string): Promise<{ wait: number; consumed: number }> {
  try {
    const res = await l.consume(key, 1);
    return { wait: 0, consumed: res.consumedPoints };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { wait: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)), consumed: rejection.consumedPoints };
    throw rejection;
  }
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exported for tests that simulate two app instances (and skip the real waiting); the app uses `loginThrottle`. */
export function createLoginThrottle(
  storeClient: Pool,
  options: { sleep?: (ms: number) => Promise<void> } = {},
): LoginThrottle {
  const sleep = options.sleep ?? realSleep;
  const pair = limiter(storeClient, "login_pair", LOGIN_LIMITS.pair);
  const account = limiter(storeClient, "login_account", LOGIN_LIMITS.account);
  const ip = limiter(storeClient, "login_ip", LOGIN_LIMITS.ip);
  return {
    async consumeAttempt(keys) {
      const [pairRes, ipRes, accountRes] = await Promise.all([
        consume(pair, keys.pair),
        consume(ip, keys.ip),
        consume(account, keys.account),
      ]);
      const wait = Math.max(pairRes.wait, ipRes.wait);
      if (wait > 0) return { allowed: false, retryAfterSeconds: wait };
      const delayedMs = accountSlowdownMs(accountRes.consumed);
      if (delayedMs > 0) await sleep(delayedMs);
      return { allowed: true, delayedMs };
    },
    async recordSuccess(keys) {
      await Promise.all([pair.delete(keys.pair), account.delete(keys.account), ip.reward(keys.ip, 1)]);
    },
  };
}

let shared: LoginThrottle | undefined;

/** The app's throttle, on the shared pool of lib/db (created on first use). */
export function loginThrottle(): LoginThrottle {
  shared ??= createLoginThrottle(pool);
  return shared;
}
