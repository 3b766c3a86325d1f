import { randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";

/**
 * TOTP (RFC 6238) and recovery codes, pure apart from randomness: the clock is passed in, the
 * caller stores the last accepted time step. SHA-1, 6 digits, 30 s: the parameters every
 * authenticator app supports. Client-safe imports only (otpauth, node:crypto).
 */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** One step either side tolerates ~30 s of clock drift; wider windows only help guessers. */
export const TOTP_WINDOW = 1;
export const TOTP_ISSUER = "MLTRL";
export const RECOVERY_CODE_COUNT = 10;

const TOTP_CODE = /^\d{6}$/;

function totp(secretBase32: string, label = "account"): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh 160-bit secret (RFC 4226's recommended length), base32 as authenticator apps expect. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI behind the enrolment QR code. */
export function totpUri(input: { secret: string; email: string }): string {
  return totp(input.secret, input.email).toString();
}

/** The code an authenticator shows at `now` (tests and the e2e journey compute codes with this). */
export function totpCodeAt(secret: string, now: Date): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

/** The TOTP time step of `now`. */
export function totpStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** Spaces are common when people copy "123 456" from an app. */
export function normalizeTotpCode(code: string): string {
  return code.replace(/\s+/g, "");
}

export function looksLikeTotpCode(code: string): boolean {
  return TOTP_CODE.test(normalizeTotpCode(code));
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "invalid" | "replayed" };

/**
 * Accepts a code of the current step ± TOTP_WINDOW, and only for a step later than `lastStep`:
 * a code that was accepted once (or an older one) is refused as a replay even inside its window.
 * The caller must store the returned step with a compare-and-set so two parallel uses of the same
 * code cannot both pass.
 */
export function checkTotp(input: { secret: string; code: string; now: Date; lastStep: number | null }): TotpCheck {
  const code = normalizeTotpCode(input.code);
  if (!TOTP_CODE.test(code)) return { ok: false, reason: "invalid" };
  const delta = totp(input.secret).validate({ token: code, timestamp: input.now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return { ok: false, reason: "invalid" };
  const step = totpStepAt(input.now) + delta;
  if (input.lastStep !== null && step <= input.lastStep) return { ok: false, reason: "replayed" };
  return { ok: true, step };
}

/** No 0/o, 1/l/i: codes are typed from paper. 31 symbols × 10 ≈ 49.5 bits per code. */
const RECOVERY_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

/** Ten codes like "k7m2p-x9q4d": shown once, stored only as argon2id hashes. */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Case, spaces and the dash do not matter when a code is typed back. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, "");
}

/** Shape check before any hashing work (bounds argon2 calls to plausible inputs). */
export function looksLikeRecoveryCode(code: string): boolean {
  const c = normalizeRecoveryCode(code);
  return c.length === 10 && [...c].every((ch) => RECOVERY_ALPHABET.includes(ch));
}
