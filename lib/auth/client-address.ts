/**
 * The client's address for the login throttle and the sign-in log. Pure (unit-tested).
 *
 * Why not simply X-Forwarded-For: Next's server fills `x-forwarded-for` from the socket only when
 * the request has none (`??=` in next/dist/server/base-server.js), and route handlers get no socket
 * address (`request.ip` is gone since Next 15). A client that sends its own header therefore
 * chooses the value, and nothing tells the two apart. So:
 * - no trusted proxy (TRUSTED_PROXY_COUNT unset or 0, the default): the socket address, which
 *   instrumentation.ts stamps on every request in PEER_ADDRESS_HEADER together with a per-process
 *   secret; a header without that secret (forged by a client) is ignored;
 * - N trusted proxies: the entry N hops from the right of X-Forwarded-For (each proxy appends the
 *   peer it saw; entries further left are the client's own claims and are ignored).
 */
export const PEER_ADDRESS_HEADER = "x-mltrl-peer-address";

type Headers = Record<string, string | string[] | undefined> | undefined;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** TRUSTED_PROXY_COUNT: a whole number ≥ 0; anything else means no trusted proxy. */
export function trustedProxyCount(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.TRUSTED_PROXY_COUNT ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

/** "<secret> <address>", as instrumentation.ts writes it. */
export function peerAddressFromHeader(value: string | undefined, secret: string | undefined): string | null {
  if (!value || !secret) return null;
  const space = value.indexOf(" ");
  if (space < 0 || value.slice(0, space) !== secret) return null;
  // Node reports IPv4 clients of a dual-stack socket as "::ffff:a.b.c.d"; log the plain form.
  return (
    value
      .slice(space + 1)
      .trim()
      .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1") || null
  );
}

export function clientAddress(headers: Headers, trustedProxies: number, peerSecret: string | undefined): string | null {
  if (trustedProxies <= 0) return peerAddressFromHeader(first(headers?.[PEER_ADDRESS_HEADER]), peerSecret);
  const raw = headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const hops = (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped a proxy; the leftmost is the best we have.
  return hops[hops.length - trustedProxies] ?? hops[0] ?? null;
}
