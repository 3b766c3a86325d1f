import { unsafeInputResponse } from "@/lib/route-params";
import { listPortfolio } from "@/lib/dal/portfolio/read-portfolio";
import { portfolioCsv } from "@/lib/export/portfolio-csv";
import { parsePortfolioFilters } from "@/lib/search-params/portfolio-filters";
import type { SearchParams } from "@/lib/search-params/search-params";

/** The portfolio under the same filters and sort as the page, every page at once, as CSV. */
export async function GET(request: Request): Promise<Response> {
  const unsafe = unsafeInputResponse({ url: request.url });
  if (unsafe) return unsafe;
  const params: SearchParams = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    const prev = params[key];
    params[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  const now = new Date();
  // listPortfolio checks the session (requireUser), like every DAL read.
  const rows = await listPortfolio({ ...parsePortfolioFilters(params), page: 1 }, now);
  return new Response(`\uFEFF${portfolioCsv(rows, now)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="portfolio-${now.toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
