import Link from "next/link";
import { portfolioSearch, type PortfolioFilters } from "@/lib/dal/portfolio-filters";

function PageLink({ filters, page, label, rel }: { filters: PortfolioFilters; page: number; label: string; rel?: "prev" | "next" }) {
  return (
    <Link
      prefetch={false}
      href={`/portfolio${portfolioSearch(filters, { page })}`}
      rel={rel}
      className="inline-flex min-h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm text-blue-800 hover:bg-blue-50"
    >
      {label}
    </Link>
  );
}

/** Previous / next and first / last, with the position in words. */
export function Pagination({ filters, page, pageCount }: { filters: PortfolioFilters; page: number; pageCount: number }) {
  if (pageCount <= 1 && page <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-700">
        Page {page} of {pageCount}
      </p>
      <div className="flex flex-wrap gap-2">
        {page > 1 ? <PageLink filters={filters} page={1} label="First" /> : null}
        {page > 1 ? <PageLink filters={filters} page={Math.min(page - 1, pageCount)} label="Previous" rel="prev" /> : null}
        {page < pageCount ? <PageLink filters={filters} page={page + 1} label="Next" rel="next" /> : null}
        {page < pageCount ? <PageLink filters={filters} page={pageCount} label="Last" /> : null}
      </div>
    </nav>
  );
}
