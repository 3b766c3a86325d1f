import { describe, expect, it } from "vitest";
import { accountSlowdownMs, LOGIN_LIMITS } from "./throttle-policy";

describe("accountSlowdownMs", () => {
  it("lets the first 10 attempts on an account through at once", () => {
    for (let i = 1; i <= 10; i++) expect(accountSlowdownMs(i)).toBe(0);
  });
  it("then doubles from 1 s and stops at 8 s: slower, never locked", () => {
    expect([11, 12, 13, 14, 15, 50].map(accountSlowdownMs)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });
  it("locks only the (account, address) pair after 5 failures", () => {
    expect(LOGIN_LIMITS.pair.points).toBe(5);
    expect(LOGIN_LIMITS.account.points).toBeGreaterThan(100_000);
  });
});
