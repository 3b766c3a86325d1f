import { unsafeInputResponse } from "@/lib/route-params";
import { getPublicBadgeLevel } from "@/lib/dal/cards/read-card-page";
import { badgeSvg } from "@/lib/domain/card-export";

/**
 * PUBLIC: the README badge "MLTRL | 4", served without a session (proxy.ts lets this path
 * through). It shows the level only. Cached for five minutes by browsers and CDNs, so a level
 * change shows within minutes; an unknown slug gets a grey "unknown project" badge with 404.
 */
const HEADERS = {
  "Content-Type": "image/svg+xml; charset=utf-8",
  "Cache-Control": "public, max-age=300, stale-while-revalidate=60",
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
} as const;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const unsafe = unsafeInputResponse({ params: { slug }, url: _request.url });
  if (unsafe) return unsafe;
  const badge = await getPublicBadgeLevel({ slug });
  if (!badge.found)
    return new Response(badgeSvg({ notFound: true }), {
      status: 404,
      headers: { ...HEADERS, "Cache-Control": "public, max-age=60" },
    });
  return new Response(badgeSvg({ level: badge.level }), { headers: HEADERS });
}
