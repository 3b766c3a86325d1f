import { scalarBundle } from "@/lib/api/scalar-bundle";

/**
 * Scalar's standalone bundle for /api-reference/try. Its URL carries the version (?v=…), so the
 * browser may keep it for a year. Signed-in users only, like the page (proxy.ts).
 */
export function GET() {
  return new Response(scalarBundle(), {
    headers: {
      // The bundle holds non-ASCII text: without the charset a browser may read it as Latin-1 and fail to parse it.
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "private, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
