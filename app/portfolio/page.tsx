import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { PortfolioFilterForm } from "@/components/portfolio/portfolio-filter-form";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import { toTableRow } from "@/components/portfolio/table-rows";
import { TargetRuleNote } from "@/components/portfolio/target-rule-note";
import { getPortfolioOptions, getPortfolioPage } from "@/lib/dal/portfolio/read-portfolio";
import { hasActiveFilters, parsePortfolioFilters, portfolioSearch } from "@/lib/search-params/portfolio-filters";
import type { SearchParams } from "@/lib/search-params/search-params";
import { safeParams } from "@/lib/route-params";
import { formatNumber, plural } from "@/components/shared/format";

export const metadata: Metadata = { title: "Portfolio" };

type Props = { searchParams: Promise<SearchParams> };

export default async function PortfolioPage({ searchParams }: Props) {
  const filters = parsePortfolioFilters(await safeParams(searchParams));
  const now = new Date();
  const [page, options] = await Promise.all([getPortfolioPage(filters, now), getPortfolioOptions()]);
  const filtered = hasActiveFilters(filters);
  const first = (page.page - 1) * page.pageSize + 1;
  const last = Math.min(page.total, page.page * page.pageSize);
  const caption = filtered ? "Projects matching the filters" : "All projects";

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-bold text-slate-900">Portfolio</h1>
          <p className="text-sm text-slate-700">
            Every project&apos;s system level, reviews, risks and targets. See{" "}
            <Link prefetch={false} href="/analytics" className="text-blue-700 underline">
              analytics
            </Link>{" "}
            for progress across the portfolio.
          </p>
        </div>
        <a
          href={`/portfolio/export.csv${portfolioSearch(filters, { page: 1 })}`}
          className={buttonClasses({ variant: "secondary", size: "sm" })}
          download
        >
          Export CSV<span className="sr-only"> of {filtered ? "the filtered projects" : "all projects"}</span>
        </a>
      </div>

      <PortfolioFilterForm filters={filters} options={options} />

      <p className="text-sm text-slate-800" role="status">
        {page.total === 0
          ? "No project matches these filters."
          : `${formatNumber(page.total)} ${plural(page.total, "project")}${filtered ? (page.total === 1 ? " matches" : " match") : ""}` +
            (page.rows.length ? ` — showing ${formatNumber(first)}–${formatNumber(last)}` : "")}
      </p>

      {page.rows.length > 0 ? (
        <PortfolioTable rows={page.rows.map(toTableRow)} filters={filters} now={now} caption={caption} />
      ) : page.total > 0 ? (
        <p className="text-sm text-slate-800">
          There is no page {page.page}.{" "}
          <Link
            prefetch={false}
            href={`/portfolio${portfolioSearch(filters, { page: 1 })}`}
            className="text-blue-700 underline"
          >
            Go to the first page
          </Link>
          .
        </p>
      ) : null}

      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        href={(n) => `/portfolio${portfolioSearch(filters, { page: n })}`}
        firstLast
      />
      <TargetRuleNote />
    </div>
  );
}
