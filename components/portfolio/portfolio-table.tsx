"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ColumnHeader, RowHeader, Table, TableHead } from "@/components/ui/table";
import { ProjectStatusBadge, TransitionKindBadge } from "@/components/shared/badges";
import { formatDate, formatDuration, formatRelative, isoDate } from "@/components/shared/format";
import { LevelPill } from "@/components/shared/level-pill";
import {
  DEFAULT_DIR,
  portfolioSearch,
  type PortfolioFilters,
  type PortfolioSort,
} from "@/lib/search-params/portfolio-filters";
import { openAlertsLabel } from "@/lib/domain/monitoring";
import { LevelStrip } from "./level-strip";
import type { PortfolioTableRow as Row } from "./table-rows";
import { TargetSummary } from "./target-badge";

type Props = { rows: Row[]; filters: PortfolioFilters; now: Date; caption: string };

function None({ label }: { label: string }) {
  return (
    <span className="none">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** Column header that sorts by its column; a second click reverses the order. */
function SortHeader({
  filters,
  sort,
  children,
  className,
}: {
  filters: PortfolioFilters;
  sort: PortfolioSort;
  children: string;
  className?: string;
}) {
  const active = filters.sort === sort;
  const nextDir = active ? (filters.dir === "asc" ? "desc" : "asc") : DEFAULT_DIR[sort];
  const href = `/portfolio${portfolioSearch(filters, { sort, dir: nextDir, page: 1 })}`;
  const direction = active ? (filters.dir === "asc" ? "ascending" : "descending") : null;
  return (
    <ColumnHeader sort={{ href, direction, prefetch: false }} className={className}>
      {children}
    </ColumnHeader>
  );
}

function Reviews({ row, now }: { row: Row; now: Date }) {
  if (row.openReviews === 0) return <None label="No open review" />;
  return (
    <span className="stack">
      <span className="whitespace-nowrap">
        {row.openReviews} open{row.oldestOpenReviewAt ? `, oldest ${formatDuration(row.oldestOpenReviewAt, now)}` : ""}
      </span>
      {row.overdueReviews > 0 ? (
        <Badge tone="red">{row.overdueReviews === 1 ? "1 overdue" : `${row.overdueReviews} overdue`}</Badge>
      ) : null}
    </span>
  );
}

function TopRisk({ row }: { row: Row }) {
  if (!row.topRisk) return <None label="No open requirement" />;
  return (
    <span className="flex flex-col">
      <span className="whitespace-nowrap font-medium tabular-nums">
        R{row.topRisk.number} · {row.topRisk.risk.toFixed(1)}
      </span>
      <span className="small line-clamp-2">{row.topRisk.statement}</span>
    </span>
  );
}

function Switchback({ row, now }: { row: Row; now: Date }) {
  const sb = row.lastSwitchback;
  if (!sb) return <None label="No switchback" />;
  return (
    <span className="stack whitespace-nowrap">
      <TransitionKindBadge kind={sb.kind} />
      <span className="small">
        L{sb.fromLevel} <span aria-hidden="true">→</span>
        <span className="sr-only">to</span> L{sb.toLevel},{" "}
        <time dateTime={isoDate(sb.at)} title={formatDate(sb.at)}>
          {formatRelative(sb.at, now)}
        </time>
      </span>
    </span>
  );
}

/** "2 open alerts" beside the level of a deployed project (monitoring at L9). */
function OpenAlerts({ count }: { count: number }) {
  return count > 0 ? <Badge tone="red">{openAlertsLabel(count)}</Badge> : null;
}

function Target({ row }: { row: Row }) {
  return (
    <span className="stack">
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

/**
 * One table at every width; below the lg breakpoint it scrolls sideways inside a focusable region
 * (a second, card layout for phones doubled the page's weight).
 *
 * A client component on purpose: the server then sends each row as a small object in the RSC
 * payload (table-rows.ts) instead of its rendered element tree, which halved the page and the
 * server's work per request. The HTML is still rendered on the server; `now` comes from the server
 * so relative times hydrate to the same text. Cell styles are classes in app/globals.css
 * (.portfolio-table): the same utility lists repeated in every cell made up a third of the HTML.
 * Links do not prefetch (here and in the filters and pagination): a page of rows and sort links
 * would otherwise ask the server for dozens of pages, several of them whole portfolio renders, in
 * the background of every visit.
 */
export function PortfolioTable({ rows, filters, now, caption }: Props) {
  return (
    <Table
      region={caption}
      regionClassName="-mx-4 px-4 focus-visible:outline-2 lg:mx-0 lg:px-0"
      className="portfolio-table min-w-[58rem]"
      caption={caption}
    >
      <TableHead bare className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-700">
        <SortHeader
          filters={filters}
          sort="name"
          className="max-lg:sticky max-lg:left-0 max-lg:z-10 max-lg:bg-slate-50"
        >
          Project
        </SortHeader>
        <SortHeader filters={filters} sort="level">
          Level
        </SortHeader>
        <SortHeader filters={filters} sort="time" className="whitespace-nowrap">
          In level
        </SortHeader>
        <ColumnHeader>Open reviews</ColumnHeader>
        <ColumnHeader>Top open risk</ColumnHeader>
        <ColumnHeader>Last switchback</ColumnHeader>
        <SortHeader filters={filters} sort="target">
          Target
        </SortHeader>
      </TableHead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.slug}>
            <RowHeader bare className="max-w-56 max-lg:sticky max-lg:left-0 max-lg:z-10 max-lg:bg-slate-50">
              <span className="stack">
                <Link
                  prefetch={false}
                  href={`/projects/${r.slug}`}
                  className="font-medium text-blue-700 underline-offset-2 hover:underline"
                >
                  {r.name}
                </Link>
                <span className="small flex flex-wrap items-center gap-1.5">
                  <span className="font-mono">{r.projectId}</span>
                  <ProjectStatusBadge status={r.status} />
                </span>
                <span className="small">
                  <span className="sr-only">Owners: </span>
                  {r.owners.length ? r.owners.join(", ") : "No owner"}
                </span>
              </span>
            </RowHeader>
            <td>
              <span className="stack">
                <LevelPill level={r.systemLevel} />
                <OpenAlerts count={r.openAlerts} />
                <LevelStrip levels={r.levels} />
              </span>
            </td>
            <td className="whitespace-nowrap">{formatDuration(r.levelSince, now)}</td>
            <td>
              <Reviews row={r} now={now} />
            </td>
            <td className="max-w-48">
              <TopRisk row={r} />
            </td>
            <td>
              <Switchback row={r} now={now} />
            </td>
            <td>
              <Target row={r} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
