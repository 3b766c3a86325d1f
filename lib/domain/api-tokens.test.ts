import { describe, expect, it } from "vitest";
import { apiTokenExpiry, apiTokenState, decideTokenCount, formatApiToken, hasScope, parseApiToken } from "./api-tokens";

describe("API token rules", () => {
  const secret = "a".repeat(43);
  it.each([
    [formatApiToken("AbCdEfGh12345678", secret), { publicId: "AbCdEfGh12345678", secret }],
    ["mltrl_short_" + secret, null],
    ["Bearer mltrl_AbCdEfGh12345678_" + secret, null],
    ["mltrl_AbCdEfGh12345678_tooshort", null],
    ["", null],
  ])("parses %s", (raw, expected) => {
    expect(parseApiToken(raw)).toEqual(expected);
  });

  const now = new Date("2026-12-02T10:00:00Z");
  it.each([
    [{ expiresAt: new Date("2026-12-03T00:00:00Z"), revokedAt: null }, "active"],
    [{ expiresAt: now, revokedAt: null }, "expired"],
    [{ expiresAt: new Date("2027-01-01T00:00:00Z"), revokedAt: now }, "revoked"],
  ] as const)("state of %o is %s", (token, state) => {
    expect(apiTokenState(token, now)).toBe(state);
  });

  it("expires after the chosen number of days", () => {
    expect(apiTokenExpiry(now, 30).toISOString()).toBe("2027-01-01T10:00:00.000Z");
  });

  it.each([
    [["read"], "read", true],
    [["read"], "card", false],
    [[], null, true],
    [["card"], "read", false],
  ] as const)("scopes %o hold %s: %s", (scopes, needed, held) => {
    expect(hasScope(scopes, needed)).toBe(held);
  });
});

describe("live tokens per person", () => {
  it("allows a new token below the cap and refuses at it, saying what to do", () => {
    expect(decideTokenCount(0, 25).ok).toBe(true);
    expect(decideTokenCount(24, 25).ok).toBe(true);
    const refused = decideTokenCount(25, 25);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.reasons[0]).toMatchObject({ code: "too_many_api_tokens", field: "name" });
      expect(refused.reasons[0]!.message).toBe(
        "You already have 25 active API tokens (at most 25). Revoke one you no longer use, then create the new one.",
      );
    }
  });
});
