import { hash, verify } from "@node-rs/argon2";

/**
 * Password hashing with argon2id at OWASP's baseline (19 MiB, 2 passes, 1 lane). The parameters
 * live in the PHC string, so raising them later still verifies old hashes.
 */
const ARGON2ID = 2; // Algorithm.Argon2id; the package's const enum cannot be used under isolatedModules.

export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/** False for a wrong password and for a malformed stored hash (never throws). */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a throwaway hash with the same parameters, so a sign-in for an unknown or
 * password-less account takes as long as one for a real account (no account enumeration by timing).
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}-${Date.now()}`);
  await verifyPassword(await dummyHash, password);
  return false;
}
