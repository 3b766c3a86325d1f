import { describe, expect, it } from "vitest";
import {
  checkTotp,
  generateRecoveryCodes,
  generateTotpSecret,
  looksLikeRecoveryCode,
  looksLikeTotpCode,
  normalizeRecoveryCode,
  totpCodeAt,
  totpStepAt,
  totpUri,
} from "./totp";

const secret = generateTotpSecret();
const now = new Date("2026-12-01T12:00:10Z");
const step = totpStepAt(now);
const at = (offsetSeconds: number) => new Date(now.getTime() + offsetSeconds * 1000);

describe("checkTotp", () => {
  it("accepts the current code and reports its step", () => {
    expect(checkTotp({ secret, code: totpCodeAt(secret, now), now, lastStep: null })).toEqual({ ok: true, step });
  });

  it("tolerates one step of clock drift either side, not two", () => {
    expect(checkTotp({ secret, code: totpCodeAt(secret, at(-30)), now, lastStep: null })).toEqual({
      ok: true,
      step: step - 1,
    });
    expect(checkTotp({ secret, code: totpCodeAt(secret, at(30)), now, lastStep: null })).toEqual({
      ok: true,
      step: step + 1,
    });
    expect(checkTotp({ secret, code: totpCodeAt(secret, at(-60)), now, lastStep: null })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(checkTotp({ secret, code: totpCodeAt(secret, at(60)), now, lastStep: null })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses the same code again inside its window (replay), and any older step", () => {
    const code = totpCodeAt(secret, now);
    expect(checkTotp({ secret, code, now: at(5), lastStep: step })).toEqual({ ok: false, reason: "replayed" });
    expect(checkTotp({ secret, code: totpCodeAt(secret, at(-30)), now, lastStep: step })).toEqual({
      ok: false,
      reason: "replayed",
    });
    expect(checkTotp({ secret, code: totpCodeAt(secret, at(30)), now: at(30), lastStep: step })).toEqual({
      ok: true,
      step: step + 1,
    });
  });

  it("refuses a code of another secret and malformed codes", () => {
    const other = generateTotpSecret();
    const wrong = totpCodeAt(other, now) === totpCodeAt(secret, now) ? "000000" : totpCodeAt(other, now);
    expect(checkTotp({ secret, code: wrong, now, lastStep: null }).ok).toBe(false);
    for (const code of ["", "12345", "1234567", "abcdef", "12 34 5"])
      expect(checkTotp({ secret, code, now, lastStep: null })).toEqual({ ok: false, reason: "invalid" });
  });

  it("accepts a code typed with spaces", () => {
    const code = totpCodeAt(secret, now);
    expect(checkTotp({ secret, code: `${code.slice(0, 3)} ${code.slice(3)}`, now, lastStep: null }).ok).toBe(true);
    expect(looksLikeTotpCode(" 123 456 ")).toBe(true);
  });
});

describe("enrolment values", () => {
  it("makes 160-bit base32 secrets and an otpauth URI with issuer and account", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(generateTotpSecret()).not.toBe(secret);
    const uri = totpUri({ secret, email: "lena@lab.example" });
    expect(uri).toMatch(/^otpauth:\/\/totp\/MLTRL:lena%40lab\.example\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain("digits=6");
  });
});

describe("recovery codes", () => {
  it("makes ten distinct codes of an unambiguous alphabet", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) {
      expect(c).toMatch(/^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/);
      expect(looksLikeRecoveryCode(c)).toBe(true);
    }
  });

  it("ignores case, spaces and the dash when typed back; refuses other shapes", () => {
    expect(normalizeRecoveryCode(" K7M2P-X9Q4D ")).toBe("k7m2px9q4d");
    expect(looksLikeRecoveryCode("K7M2P X9Q4D")).toBe(true);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
    expect(looksLikeRecoveryCode("k7m2p-x9q4o")).toBe(false);
  });
});
