import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ProjectStatusBadge, TransitionKindBadge } from "@/components/projects/badges";
import { ComponentStrip } from "@/components/projects/component-strip";
import { formatDate, formatDuration, formatRelative, isoDate } from "@/components/projects/format";
import { LevelPill } from "@/components/projects/level-pill";
import type { PortfolioRowDto } from "@/lib/dal/portfolio";
import { DEFAULT_DIR, portfolioSearch, type PortfolioFilters, type PortfolioSort } from "@/lib/dal/portfolio-filters";
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
      <Link href={`/portfolio${portfolioSearch(filters, { sort, dir: nextDir, page: 1 })}`} className="inline-flex items-center gap-1 underline-offset-2 hover:underline">
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
    <span className="flex flex-col gap-1">
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
    <span className="flex flex-col" title={row.topRisk.statement}>
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
        <Link href={`/portfolio/${row.slug}/target`} className="text-xs text-blue-700 underline">
          {row.target ? "Change" : "Set target"}
          <span className="sr-only"> for {row.name}</span>
        </Link>
      ) : null}
    </span>
  );
}

function ProjectName({ row }: { row: PortfolioRowDto }) {
  return (
    <Link href={`/projects/${row.slug}`} className="font-medium text-blue-700 underline-offset-2 hover:underline">
      {row.name}
    </Link>
  );
}

/** A table from the lg breakpoint up; a list of cards below (same data, same order). */
export function PortfolioTable({ rows, filters, now, caption }: Props) {
  return (
    <>
      <table className="hidden w-full border-collapse text-left text-sm lg:table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-700">
            <SortHeader filters={filters} sort="name">Project</SortHeader>
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
              <th scope="row" className="max-w-56 py-3 pr-3 font-normal">
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
                  <ComponentStrip components={r.components} />
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

      <ul className="flex flex-col gap-3 lg:hidden" aria-label={caption}>
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-300 bg-white p-4">
            <div className="flex items-start justify-between gap-3">
              <h2 className="min-w-0 text-base break-words">
                <ProjectName row={r} />
                <span className="ml-2 font-mono text-sm font-normal text-slate-700">{r.projectId}</span>
              </h2>
              <LevelPill level={r.systemLevel} />
            </div>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-sm">
              <dt className="text-slate-700">Status</dt>
              <dd><ProjectStatusBadge status={r.status} /></dd>
              <dt className="text-slate-700">Owners</dt>
              <dd className="text-slate-800">{r.owners.length ? r.owners.join(", ") : "—"}</dd>
              <dt className="text-slate-700">Components</dt>
              <dd><ComponentStrip components={r.components} /></dd>
              <dt className="text-slate-700">In level</dt>
              <dd className="text-slate-800">{formatDuration(r.levelSince, now)}</dd>
              <dt className="text-slate-700">Reviews</dt>
              <dd className="text-slate-800"><Reviews row={r} now={now} /></dd>
              <dt className="text-slate-700">Top risk</dt>
              <dd className="min-w-0 text-slate-800"><TopRisk row={r} /></dd>
              <dt className="text-slate-700">Switchback</dt>
              <dd><Switchback row={r} now={now} /></dd>
              <dt className="text-slate-700">Target</dt>
              <dd><Target row={r} /></dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
