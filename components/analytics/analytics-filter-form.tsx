"use client";

import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { analyticsSearch, isoDay, type AnalyticsFilters } from "@/lib/search-params/portfolio-filters";

const DAY = 86_400_000;

/** GET form: tag and date range in the URL, like the portfolio's filters. A client component only to keep its element tree out of the RSC payload. */
export function AnalyticsFilterForm({
  filters,
  tags,
  now,
}: {
  filters: AnalyticsFilters;
  tags: { tag: string; projects: number }[];
  now: Date;
}) {
  const tagOptions = [
    { value: "", label: "All projects" },
    ...tags.map((t) => ({ value: t.tag, label: `${t.tag} (${t.projects})` })),
  ];
  if (filters.tag && !tags.some((t) => t.tag === filters.tag))
    tagOptions.push({ value: filters.tag, label: filters.tag });
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const end = new Date(today.getTime() + DAY);
  const range = (months: number) => {
    const from = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - months, end.getUTCDate()));
    return `/analytics${analyticsSearch({ tag: filters.tag, from, to: end })}`;
  };
  const current = analyticsSearch(filters);
  return (
    <div className="flex flex-col gap-3">
      <nav aria-label="Periods" className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-700">Period:</span>
        {[3, 6, 12, 24, 36].map((m) => (
          <Link
            prefetch={false}
            key={m}
            href={range(m)}
            aria-current={range(m) === `/analytics${current}` ? "page" : undefined}
            className="rounded-full border border-slate-300 bg-white px-3 py-1 text-blue-800 hover:bg-blue-50 aria-[current=page]:border-blue-700 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold"
          >
            Last {m} months
          </Link>
        ))}
      </nav>
      {/* Keyed by the applied filters so that the fields show a period chosen above (a client navigation). */}
      <form
        key={current}
        method="get"
        action="/analytics"
        aria-label="Filter the analytics"
        className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4"
      >
        <div>
          <Label htmlFor="a-tag">Tag or team</Label>
          <Select id="a-tag" name="tag" defaultValue={filters.tag ?? ""} options={tagOptions} />
        </div>
        <div>
          <Label htmlFor="a-from">From (day)</Label>
          <Input id="a-from" type="date" name="from" defaultValue={isoDay(filters.from)} />
        </div>
        <div>
          <Label htmlFor="a-to">To (day, included)</Label>
          <Input id="a-to" type="date" name="to" defaultValue={isoDay(new Date(filters.to.getTime() - DAY))} />
        </div>
        <div className="flex items-end">
          <button type="submit" className={buttonClasses()}>
            Apply
          </button>
        </div>
      </form>
    </div>
  );
}
