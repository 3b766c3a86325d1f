import { unsafeInputResponse } from "@/lib/route-params";
import { getCardPage } from "@/lib/dal/cards/read-card-page";
import { cardToJson } from "@/lib/domain/card-export";
import { PRIVATE_HEADERS, publicBaseUrl } from "@/lib/export/export-response";

/** The newest TRL Card as JSON (signed-in users; the proxy and requireUser() check the session). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const unsafe = unsafeInputResponse({ params: { slug }, url: request.url });
  if (unsafe) return unsafe;
  const result = await getCardPage({ slug });
  if (!result.found) return Response.json({ error: "No such project." }, { status: 404, headers: PRIVATE_HEADERS });
  return Response.json(cardToJson(result.page.snapshot, { baseUrl: publicBaseUrl(request) }), {
    headers: { "Content-Disposition": `inline; filename="${slug}-trl-card.json"`, ...PRIVATE_HEADERS },
  });
}
