import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { open, seal } from "./secret-box";

const box = { purpose: "totp-secret", context: "user-1" };

describe("secret box", () => {
  beforeEach(() => vi.stubEnv("NEXTAUTH_SECRET", "test-secret-of-at-least-32-characters!!"));
  afterEach(() => vi.unstubAllEnvs());

  it("round-trips, and never stores the plaintext", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP", box);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(seal("JBSWY3DPEHPK3PXP", box)).not.toBe(sealed);
    expect(open(sealed, box)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("does not open for another user, another purpose, another key, or when tampered with", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP", box);
    expect(open(sealed, { ...box, context: "user-2" })).toBeNull();
    expect(open(sealed, { ...box, purpose: "totp-enrolment" })).toBeNull();
    const flipped = `${sealed.slice(0, -2)}${sealed.endsWith("A") ? "B" : "A"}${sealed.slice(-1)}`;
    expect(open(flipped, box)).toBeNull();
    expect(open("v1.", box)).toBeNull();
    expect(open("garbage", box)).toBeNull();
    vi.stubEnv("NEXTAUTH_SECRET", "another-secret-of-at-least-32-characters");
    expect(open(sealed, box)).toBeNull();
  });

  it("refuses to work without NEXTAUTH_SECRET", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "");
    vi.stubEnv("AUTH_SECRET", "");
    expect(() => seal("x", box)).toThrow(/NEXTAUTH_SECRET/);
  });
});
