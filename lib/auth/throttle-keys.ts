import { createHash } from "node:crypto";
import { isIP } from "node:net";

/**
 * Keys of the login throttle. Pure, so they are unit-tested without a database.
 * The account key is a hash of the normalised email: bounded length (the key column is
 * varchar(255)) and no email addresses in the rate_limits table.
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function accountThrottleKey(email: string): string {
  return `acct:${createHash("sha256").update(normalizeEmail(email)).digest("hex")}`;
}

/**
 * IPv4 addresses count individually; IPv6 addresses by their /64 prefix, because one host usually
 * owns a whole /64 and could otherwise rotate addresses to dodge the limit.
 */
export function ipThrottleKey(ip: string | null | undefined): string {
  const address = (ip ?? "").trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  const kind = isIP(address);
  if (kind === 4) return `ip:${address}`;
  if (kind === 6) return `ip6:${ipv6Prefix64(address)}`;
  return "ip:unknown";
}

function ipv6Prefix64(address: string): string {
  const withoutZone = address.split("%")[0] ?? address;
  const [head = "", tail = ""] = withoutZone.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = withoutZone.includes("::") ? (tail ? tail.split(":") : []) : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill("0"), ...tailGroups];
  return groups
    .slice(0, 4)
    .map((g) => (parseInt(g, 16) || 0).toString(16))
    .join(":");
}

/**
 * The (account, address) pair: failures lock only this pair, so guessing from one address cannot
 * lock the owner out from another (docs/rules.md "Signing in").
 */
export function pairThrottleKey(email: string, ip: string | null | undefined): string {
  return `pair:${createHash("sha256")
    .update(`${normalizeEmail(email)}\n${ipThrottleKey(ip)}`)
    .digest("hex")}`;
}

export function loginThrottleKeys({ email, ip }: { email: string; ip: string | null | undefined }) {
  return { account: accountThrottleKey(email), pair: pairThrottleKey(email, ip), ip: ipThrottleKey(ip) };
}
export type LoginThrottleKeys = ReturnType<typeof loginThrottleKeys>;
