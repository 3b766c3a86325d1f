"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ProjectStatusBadge, TransitionKindBadge } from "@/components/projects/badges";
import { formatDate, formatDuration, formatRelative, isoDate } from "@/components/projects/format";
import { LevelPill } from "@/components/projects/level-pill";
import type { PortfolioRowDto } from "@/lib/dal/portfolio";
import { DEFAULT_DIR, portfolioSearch, type PortfolioFilters, type PortfolioSort } from "@/lib/dal/portfolio-filters";
import { LevelStrip } from "./level-strip";
import { TargetSummary } from "./target-badge";

type Props = { rows: PortfolioRowDto[]; filters: PortfolioFilters; now: Date; caption: string };

function None({ label }: { label: string }) {
  return (
    <span className="text-slate-600">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** Column header that sorts by its column; a second click reverses the order. */
function SortHeader({ filters, sort, children, className }: { filters: PortfolioFilters; sort: PortfolioSort; children: string; className?: string }) {
  const active = filters.sort === sort;
  const nextDir = active ? (filters.dir === "asc" ? "desc" : "asc") : DEFAULT_DIR[sort];
  const ariaSort = active ? (filters.dir === "asc" ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={`py-2 pr-3 font-semibold ${className ?? ""}`}>
      <Link prefetch={false} href={`/portfolio${portfolioSearch(filters, { sort, dir: nextDir, page: 1 })}`} className="inline-flex items-center gap-1 underline-offset-2 hover:underline">
        {children}
        <span aria-hidden="true">{active ? (filters.dir === "asc" ? "▲" : "▼") : "↕"}</span>
        <span className="sr-only">{active ? `, sorted ${ariaSort}; activate to reverse` : ", activate to sort"}</span>
      </Link>
    </th>
  );
}

function Reviews({ row, now }: { row: PortfolioRowDto; now: Date }) {
  if (row.openReviews === 0) return <None label="No open review" />;
  return (
    <span className="flex flex-col items-start gap-1">
      <span className="whitespace-nowrap">
        {row.openReviews} open
        {row.oldestOpenReviewAt ? <span className="text-slate-700">, oldest {formatDuration(row.oldestOpenReviewAt, now)}</span> : null}
      </span>
      {row.overdueReviews > 0 ? <Badge tone="red">{row.overdueReviews === 1 ? "1 overdue" : `${row.overdueReviews} overdue`}</Badge> : null}
    </span>
  );
}

function TopRisk({ row }: { row: PortfolioRowDto }) {
  if (!row.topRisk) return <None label="No open requirement" />;
  return (
    <span className="flex flex-col">
      <span className="whitespace-nowrap font-medium tabular-nums">
        R{row.topRisk.number} · {row.topRisk.risk.toFixed(1)}
      </span>
      <span className="line-clamp-2 text-xs text-slate-700">{row.topRisk.statement}</span>
    </span>
  );
}

function Switchback({ row, now }: { row: PortfolioRowDto; now: Date }) {
  const sb = row.lastSwitchback;
  if (!sb) return <None label="No switchback" />;
  return (
    <span className="flex flex-col items-start gap-1 whitespace-nowrap">
      <TransitionKindBadge kind={sb.kind} />
      <span className="whitespace-nowrap text-xs text-slate-700">
        L{sb.fromLevel} <span aria-hidden="true">→</span>
        <span className="sr-only">to</span> L{sb.toLevel},{" "}
        <time dateTime={isoDate(sb.at)} title={formatDate(sb.at)}>
          {formatRelative(sb.at, now)}
        </time>
      </span>
    </span>
  );
}

function Target({ row }: { row: PortfolioRowDto }) {
  return (
    <span className="flex flex-col items-start gap-1">
      <TargetSummary target={row.target} />
      {row.canSetTarget ? (
        <Link prefetch={false} href={`/portfolio/${row.slug}/target`} className="text-xs text-blue-700 underline">
          {row.target ? "Change" : "Set target"}
          <span className="sr-only"> for {row.name}</span>
        </Link>
      ) : null}
    </span>
  );
}

function ProjectName({ row }: { row: PortfolioRowDto }) {
  return (
    <Link prefetch={false} href={`/projects/${row.slug}`} className="font-medium text-blue-700 underline-offset-2 hover:underline">
      {row.name}
    </Link>
  );
}

/**
 * One table at every width; below the lg breakpoint it scrolls sideways inside a focusable region
 * (a second, card layout for phones doubled the page's weight).
 *
 * A client component on purpose: the server then sends each row as a small DTO in the RSC payload
 * (about 0.7 kB) instead of its rendered element tree (about 4 kB), which halved the page and the
 * server's work per request. The HTML is still rendered on the server; `now` comes from the server
 * so relative times hydrate to the same text. Links do not prefetch (here and in the filters and
 * pagination): a page of rows and sort links would otherwise ask the server for dozens of pages,
 * several of them whole portfolio renders, in the background of every visit.
 */
export function PortfolioTable({ rows, filters, now, caption }: Props) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="-mx-4 overflow-x-auto px-4 focus-visible:outline-2 lg:mx-0 lg:px-0">
      <table className="w-full min-w-[58rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-700">
            <SortHeader filters={filters} sort="name" className="max-lg:sticky max-lg:left-0 max-lg:z-10 max-lg:bg-slate-50">Project</SortHeader>
            <SortHeader filters={filters} sort="level">Level</SortHeader>
            <SortHeader filters={filters} sort="time" className="whitespace-nowrap">In level</SortHeader>
            <th scope="col" className="py-2 pr-3 font-semibold">Open reviews</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Top open risk</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Last switchback</th>
            <SortHeader filters={filters} sort="target">Target</SortHeader>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="max-w-56 py-3 pr-3 font-normal max-lg:sticky max-lg:left-0 max-lg:z-10 max-lg:bg-slate-50">
                <span className="flex flex-col gap-1">
                  <ProjectName row={r} />
                  <span className="flex flex-wrap items-center gap-1.5 text-xs text-slate-700">
                    <span className="font-mono">{r.projectId}</span>
                    <ProjectStatusBadge status={r.status} />
                  </span>
                  <span className="text-xs text-slate-700">
                    <span className="sr-only">Owners: </span>
                    {r.owners.length ? r.owners.join(", ") : "No owner"}
                  </span>
                </span>
              </th>
              <td className="py-3 pr-3">
                <span className="flex flex-col items-start gap-1.5">
                  <LevelPill level={r.systemLevel} />
                  <LevelStrip components={r.components} />
                </span>
              </td>
              <td className="py-3 pr-3 whitespace-nowrap text-slate-800">{formatDuration(r.levelSince, now)}</td>
              <td className="py-3 pr-3 text-slate-800"><Reviews row={r} now={now} /></td>
              <td className="max-w-48 py-3 pr-3 text-slate-800"><TopRisk row={r} /></td>
              <td className="py-3 pr-3"><Switchback row={r} now={now} /></td>
              <td className="py-3"><Target row={r} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
