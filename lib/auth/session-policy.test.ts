import { describe, expect, it } from "vitest";
import { absoluteLifetimeSeconds, checkSession, sessionExpiresAt, SESSION_IDLE_SECONDS } from "./session-policy";

const NOW = new Date("2026-12-01T12:00:00Z");

describe("absoluteLifetimeSeconds", () => {
  it("defaults to 7 days and reads SESSION_ABSOLUTE_LIFETIME_HOURS", () => {
    expect(absoluteLifetimeSeconds({})).toBe(7 * 24 * 3600);
    expect(absoluteLifetimeSeconds({ SESSION_ABSOLUTE_LIFETIME_HOURS: "24" })).toBe(24 * 3600);
    expect(absoluteLifetimeSeconds({ SESSION_ABSOLUTE_LIFETIME_HOURS: "nonsense" })).toBe(7 * 24 * 3600);
  });
  it("keeps the idle limit at 12 hours", () => {
    expect(SESSION_IDLE_SECONDS).toBe(12 * 3600);
  });
});

describe("checkSession", () => {
  const row = { userId: "u1", expiresAt: sessionExpiresAt(NOW, 3600), revokedAt: null };
  it("accepts a live session of the same user", () => {
    expect(checkSession(row, "u1", NOW)).toEqual({ ok: true });
  });
  it("refuses a missing, revoked, expired or someone else's session", () => {
    expect(checkSession(null, "u1", NOW)).toMatchObject({ reason: "missing" });
    expect(checkSession({ ...row, revokedAt: NOW }, "u1", NOW)).toMatchObject({ reason: "revoked" });
    expect(checkSession(row, "u1", new Date(NOW.getTime() + 3600_000))).toMatchObject({ reason: "expired" });
    expect(checkSession(row, "u2", NOW)).toMatchObject({ reason: "other_user" });
  });
});
