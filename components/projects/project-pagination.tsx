import Link from "next/link";
import { projectsHref } from "@/lib/dal/project-list-params";

function PageLink({ query, page, label, rel }: { query: string; page: number; label: string; rel?: "prev" | "next" }) {
  return (
    <Link
      prefetch={false}
      href={projectsHref({ query, page })}
      rel={rel}
      className="inline-flex min-h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm text-blue-800 hover:bg-blue-50"
    >
      {label}
    </Link>
  );
}

/** Previous / next with the position in words; the search (?q=) carries over. Nothing for one page. */
export function ProjectPagination({ query, page, pageCount }: { query: string; page: number; pageCount: number }) {
  if (pageCount <= 1 && page <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-700">
        Page {page.toLocaleString("en-GB")} of {pageCount.toLocaleString("en-GB")}
      </p>
      <div className="flex flex-wrap gap-2">
        {page > 1 ? <PageLink query={query} page={Math.min(page - 1, pageCount)} label="Previous" rel="prev" /> : null}
        {page < pageCount ? <PageLink query={query} page={page + 1} label="Next" rel="next" /> : null}
      </div>
    </nav>
  );
}
