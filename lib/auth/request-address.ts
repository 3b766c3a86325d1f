import "server-only";
import { headers } from "next/headers";
import { clientAddress, trustedProxyCount } from "./client-address";
import { peerAddressSecret } from "./peer-address-stamp";

/** The current request's client address (see lib/auth/client-address.ts), or null if unknown. */
export async function requestClientAddress(): Promise<string | null> {
  let h: Awaited<ReturnType<typeof headers>>;
  try {
    h = await headers();
  } catch {
    return null; // outside a request (scripts, tests)
  }
  return clientAddress(Object.fromEntries(h.entries()), trustedProxyCount(), peerAddressSecret());
}
