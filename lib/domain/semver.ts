/** Strict x.y.z semantic versions (no pre-release or build tags; no leading zeros). */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export type SemverParts = readonly [number, number, number];

export function parseSemver(value: string): SemverParts | null {
  const m = SEMVER.exec(value.trim());
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareSemver(a: SemverParts, b: SemverParts): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
