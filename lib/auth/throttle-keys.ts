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
 * The client address from X-Forwarded-For. Each trusted reverse proxy appends the address it saw,
 * so the entry `trustedProxies` from the right is the client; entries further left are whatever
 * the client claimed and are ignored (a spoofed header cannot pick someone else's bucket).
 */
export function clientIpFromHeaders(
  headers: Record<string, string | string[] | undefined> | undefined,
  trustedProxies: number,
): string | null {
  const raw = headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  if (value) {
    const hops = value.split(",").map((s) => s.trim()).filter(Boolean);
    const pick = hops[hops.length - Math.max(1, trustedProxies)] ?? hops[0];
    if (pick) return pick;
  }
  const real = headers?.["x-real-ip"];
  return (Array.isArray(real) ? real[0] : real) ?? null;
}

export function loginThrottleKeys({ email, ip }: { email: string; ip: string | null | undefined }) {
  return { account: accountThrottleKey(email), ip: ipThrottleKey(ip) };
}
export type LoginThrottleKeys = ReturnType<typeof loginThrottleKeys>;
