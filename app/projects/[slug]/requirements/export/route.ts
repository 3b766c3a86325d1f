import { unsafeInputResponse } from "@/lib/route-params";
import { exportRequirementsCsv } from "@/lib/dal/requirements/read-requirements";

/** The project's requirements as CSV (signed-in users; see lib/domain/requirements-csv.ts for the format). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const unsafe = unsafeInputResponse({ params: { slug }, url: _request.url });
  if (unsafe) return unsafe;
  const file = await exportRequirementsCsv({ slug });
  if (!file)
    return new Response("No such project.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(file.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
