/** The public base URL for links inside exports (NEXTAUTH_URL when set, else the request's origin). */
export function publicBaseUrl(request: Request): string {
  const configured = process.env.NEXTAUTH_URL?.replace(/\/+$/, "");
  return configured || new URL(request.url).origin;
}

/** Card exports hold private project text: never cached by shared caches. */
export const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;
