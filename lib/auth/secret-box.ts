import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Authenticated encryption (AES-256-GCM) for secrets the server must read back, such as TOTP
 * secrets: a copy of the database alone does not reveal them. The key is derived with HKDF from
 * NEXTAUTH_SECRET and a purpose label, so each use gets its own key; the context (the user's id)
 * is bound as associated data, so a sealed value copied to another row does not open.
 *
 * Rotating NEXTAUTH_SECRET makes every sealed value unreadable: enrolled users then need a
 * recovery code or an admin (documented in docs/rules.md).
 */
const VERSION = "v1";

function secretKeyMaterial(): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret || secret.length < 16)
    throw new Error("NEXTAUTH_SECRET is not set: cannot encrypt or decrypt two-factor secrets.");
  return secret;
}

function keyFor(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secretKeyMaterial(), "mltrl-secret-box", `${VERSION}:${purpose}`, 32));
}

export function seal(plaintext: string, input: { purpose: string; context: string }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(input.purpose), iv);
  cipher.setAAD(Buffer.from(input.context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url")}`;
}

/** The plaintext, or null for anything tampered with, truncated, of another context or another key. */
export function open(sealed: string, input: { purpose: string; context: string }): string | null {
  const [version, payload, ...rest] = sealed.split(".");
  if (version !== VERSION || !payload || rest.length > 0) return null;
  const raw = Buffer.from(payload, "base64url");
  if (raw.length < 12 + 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(input.purpose), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(input.context, "utf8"));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
