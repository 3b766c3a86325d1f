import "server-only";
import type { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "@/lib/db";

/**
 * Throttles guesses of a signed-in (or password-verified) account's secrets: TOTP codes, recovery
 * codes and the current password on the account page. Per user, in the shared `rate_limits` table
 * like the login throttle, and never reset by a correct *password*: someone who knows the password
 * still gets only ACCOUNT_VERIFY_LIMIT guesses at the second factor per window.
 */
export const ACCOUNT_VERIFY_LIMIT = { points: 5, durationSeconds: 15 * 60 } as const;

export type AccountThrottle = {
  /** Counts one attempt; false when the user is over the limit (nothing else may be checked then). */
  consume(userId: string): Promise<boolean>;
  /** After a correct code or password: the user starts fresh. */
  reset(userId: string): Promise<void>;
};

/** Same reason as ./login-throttle.ts: named prepared statements break on poolers/PGlite. */
function unnamedStatements(p: Pool) {
  return { query: (q: { text: string; values?: unknown[] }) => p.query({ text: q.text, values: q.values }) };
}

let shared: AccountThrottle | undefined;

export function accountThrottle(): AccountThrottle {
  if (shared) return shared;
  const limiter = new RateLimiterPostgres({
    storeClient: unnamedStatements(pool),
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix: "account_verify",
    points: ACCOUNT_VERIFY_LIMIT.points,
    duration: ACCOUNT_VERIFY_LIMIT.durationSeconds,
    inMemoryBlockOnConsumed: 0,
  });
  shared = {
    async consume(userId) {
      try {
        await limiter.consume(userId, 1);
        return true;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return false;
        throw rejection;
      }
    },
    async reset(userId) {
      await limiter.delete(userId);
    },
  };
  return shared;
}

export const ACCOUNT_THROTTLED_MESSAGE = "Too many wrong codes or passwords. Wait 15 minutes and try again.";
