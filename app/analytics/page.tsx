import type { Metadata } from "next";
import Link from "next/link";
import { AnalyticsFilterForm } from "@/components/analytics/analytics-filter-form";
import { AnalyticsView } from "@/components/analytics/analytics-view";
import { formatDate } from "@/components/shared/format";
import { getAnalytics } from "@/lib/dal/portfolio/analytics";
import { getPortfolioOptions } from "@/lib/dal/portfolio/read-portfolio";
import { parseAnalyticsFilters } from "@/lib/search-params/portfolio-filters";
import type { SearchParams } from "@/lib/search-params/search-params";
import { safeParams } from "@/lib/route-params";

export const metadata: Metadata = { title: "Analytics" };

type Props = { searchParams: Promise<SearchParams> };

export default async function AnalyticsPage({ searchParams }: Props) {
  const now = new Date();
  const filters = parseAnalyticsFilters(await safeParams(searchParams), now);
  const [data, options] = await Promise.all([getAnalytics(filters), getPortfolioOptions()]);
  const generated = new Date(data.generatedAt);
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold text-slate-900">Analytics</h1>
        <p className="text-sm text-slate-700">
          Progress across the{" "}
          <Link prefetch={false} href="/portfolio" className="text-blue-700 underline">
            portfolio
          </Link>
          {data.tag ? <> tagged “{data.tag}”</> : null}, {formatDate(new Date(`${data.from}T00:00:00Z`))} to{" "}
          {formatDate(new Date(`${data.to}T00:00:00Z`))}. Figures as of{" "}
          <time dateTime={data.generatedAt}>{generated.toISOString().slice(11, 16)} UTC</time>.
        </p>
      </div>
      <AnalyticsFilterForm filters={filters} tags={options.tags} now={now} />
      <AnalyticsView data={data} />
    </div>
  );
}
