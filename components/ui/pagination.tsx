import Link from "next/link";
import { formatNumber } from "@/components/shared/format";

/**
 * Previous / next (and first / last on long lists) with the position in words, for any paged
 * list whose page is in the URL. `href(page)` builds the link and keeps the list's other
 * parameters. Nothing is shown for a single page. Links do not prefetch: each target is a whole
 * server render.
 */
export function Pagination({
  page,
  pageCount,
  href,
  firstLast = false,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  firstLast?: boolean;
}) {
  if (pageCount <= 1 && page <= 1) return null;
  const link = (to: number, label: string, rel?: "prev" | "next") => (
    <Link
      prefetch={false}
      href={href(to)}
      rel={rel}
      className="inline-flex min-h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm text-blue-800 hover:bg-blue-50"
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-700">
        Page {formatNumber(page)} of {formatNumber(pageCount)}
      </p>
      <div className="flex flex-wrap gap-2">
        {firstLast && page > 1 ? link(1, "First") : null}
        {page > 1 ? link(Math.min(page - 1, pageCount), "Previous", "prev") : null}
        {page < pageCount ? link(page + 1, "Next", "next") : null}
        {firstLast && page < pageCount ? link(pageCount, "Last") : null}
      </div>
    </nav>
  );
}
