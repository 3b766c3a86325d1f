import { unsafeInputResponse } from "@/lib/route-params";
import { getCardPage } from "@/lib/dal/cards/read-card-page";
import { cardToMarkdown } from "@/lib/domain/card-export";
import { PRIVATE_HEADERS, publicBaseUrl } from "@/lib/export/export-response";

/** The newest TRL Card as Markdown (signed-in users; the proxy and requireUser() check the session). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const unsafe = unsafeInputResponse({ params: { slug }, url: request.url });
  if (unsafe) return unsafe;
  const result = await getCardPage({ slug });
  if (!result.found) return new Response("No such project.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...PRIVATE_HEADERS } });
  const body = cardToMarkdown(result.page.snapshot, { baseUrl: publicBaseUrl(request) });
  return new Response(body, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `inline; filename="${slug}-trl-card.md"`,
      ...PRIVATE_HEADERS,
    },
  });
}
