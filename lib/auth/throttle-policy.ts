/**
 * Sign-in throttling policy (docs/rules.md "Signing in"). Pure: limits and the slow-down curve.
 *
 * - per (account, address) pair: 5 failed attempts in 15 minutes lock that pair only;
 * - per address (IPv6: per /64): 30 attempts in 15 minutes;
 * - per account, from all addresses together: never locked (anyone could lock anyone out), but
 *   after 10 attempts in 15 minutes each further attempt waits before the password is checked,
 *   doubling from 1 s up to 8 s, so distributed guessing stays slow while the owner still gets in.
 * A correct password clears the pair and account counters and gives the address its point back.
 */
export const LOGIN_LIMITS = {
  pair: { points: 5, durationSeconds: 15 * 60 },
  ip: { points: 30, durationSeconds: 15 * 60 },
  /** Counts only; `points` is a ceiling the counter never reaches in practice. */
  account: { points: 1_000_000, durationSeconds: 15 * 60, freeAttempts: 10, maxDelayMs: 8_000 },
} as const;

/** Delay before checking the `attempt`-th attempt on one account in the window (1-based). */
export function accountSlowdownMs(attempt: number): number {
  const over = attempt - LOGIN_LIMITS.account.freeAttempts;
  if (over <= 0) return 0;
  return Math.min(1000 * 2 ** (over - 1), LOGIN_LIMITS.account.maxDelayMs);
}
