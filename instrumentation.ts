/** Next calls register() once per server process, before it serves requests. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The login throttle needs the socket address that Next does not pass to route handlers.
  const { installPeerAddressStamp } = await import("./lib/auth/peer-address-stamp");
  installPeerAddressStamp();
}
