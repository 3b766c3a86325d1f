import { randomBytes } from "node:crypto";
import http from "node:http";
import { PEER_ADDRESS_HEADER } from "./client-address";

type PeerGlobal = { mltrlPeerAddressSecret?: string };

/** The per-process secret that proves PEER_ADDRESS_HEADER was written by us (undefined until installed). */
export function peerAddressSecret(): string | undefined {
  return (globalThis as PeerGlobal).mltrlPeerAddressSecret;
}

/**
 * Writes the socket's address into PEER_ADDRESS_HEADER of every incoming request, before Next sees
 * it, overwriting whatever the client sent. Called once from instrumentation.ts. Next gives route
 * handlers no socket address, and its own `x-forwarded-for` fallback keeps a client-sent header
 * (lib/auth/client-address.ts), so this is the one place where the real peer is known.
 * The value is prefixed with a random per-process secret: if this hook ever did not run, a header a
 * client forged would not carry it and is ignored.
 */
export function installPeerAddressStamp(): void {
  const g = globalThis as PeerGlobal;
  if (g.mltrlPeerAddressSecret) return;
  const secret = randomBytes(24).toString("base64url");
  g.mltrlPeerAddressSecret = secret;
  const proto = http.Server.prototype as unknown as { emit: (event: string | symbol, ...args: unknown[]) => boolean };
  const emit = proto.emit;
  proto.emit = function stampPeerAddress(this: unknown, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage | undefined;
      if (req?.headers) req.headers[PEER_ADDRESS_HEADER] = `${secret} ${req.socket?.remoteAddress ?? ""}`;
    }
    return emit.call(this, event, ...args);
  };
}
