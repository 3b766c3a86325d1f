"use client";

import { TRANSITION_KIND_LABELS } from "@/components/shared/labels";
import type { AnalyticsDto } from "@/lib/dal/portfolio/analytics";
import { ChartFigure, CsvDownload, DataTable, type TableData } from "./chart-figure";
import {
  FlowSankey,
  LevelsChart,
  OverdueChart,
  PassRateChart,
  SwitchbacksChart,
  ThroughputChart,
  TimePerLevelChart,
} from "./lazy-charts";
import { formatNumber } from "@/components/shared/format";

const n = formatNumber;
const pct = (part: number, whole: number) => (whole === 0 ? "—" : `${Math.round((100 * part) / whole)}%`);
const days = (v: number | null) => (v === null ? "—" : `${formatNumber(v)} d`);
const path = (levels: number[]) => levels.map((l) => `L${l}`).join(" → ");

function levelsSummary(d: AnalyticsDto): string {
  const total = d.levels.reduce((s, l) => s + l.projects, 0) + d.noLevel;
  const at = (l: number) => d.levels[l]?.projects ?? 0;
  return `${n(total)} projects that are not archived. ${n(at(4))} at L4, ${n(at(5))} at L5 and ${n(at(6))} at L6 — the valley of death between research and product, marked in red.`;
}

function timeSummary(d: AnalyticsDto): string {
  const known = d.timePerLevel.filter((r) => r.medianDays !== null);
  if (known.length === 0) return "No component graduated in this period.";
  const slowest = known.reduce((a, b) => ((b.medianDays ?? 0) > (a.medianDays ?? 0) ? b : a));
  return `Median and 90th-percentile days a component spent at a level before graduating, for stays that ended in this period. Slowest: L${slowest.level}, median ${slowest.medianDays} days (90% within ${slowest.p90Days} days).`;
}

function passSummary(d: AnalyticsDto): string {
  const g = d.passRate.reduce((s, r) => s + r.graduated, 0);
  const r = d.passRate.reduce((s, x) => s + x.returned, 0);
  if (g + r === 0) return "No review was decided in this period.";
  const worst = d.passRate
    .filter((x) => x.graduated + x.returned > 0)
    .reduce((a, b) => (b.graduated / (b.graduated + b.returned) < a.graduated / (a.graduated + a.returned) ? b : a));
  return `${n(g + r)} reviews decided: ${pct(g, g + r)} graduated, ${pct(r, g + r)} returned. Lowest pass rate at L${worst.level} (${pct(worst.graduated, worst.graduated + worst.returned)}).`;
}

function switchbackSummary(d: AnalyticsDto): string {
  const sum = (k: "discovery" | "review" | "embedded") => d.months.reduce((s, m) => s + m[k], 0);
  const all = sum("discovery") + sum("review") + sum("embedded");
  return `${n(all)} switchbacks in the period: ${n(sum("discovery"))} discovery, ${n(sum("review"))} review, ${n(sum("embedded"))} embedded, per month.`;
}

function flowSummary(d: AnalyticsDto): string {
  const up = d.flows.filter((f) => f.to > f.from).reduce((s, f) => s + f.count, 0);
  const down = d.flows.filter((f) => f.to < f.from);
  const downTotal = down.reduce((s, f) => s + f.count, 0);
  const top = down.reduce<(typeof down)[number] | null>((a, b) => (a === null || b.count > a.count ? b : a), null);
  return `${n(up + downTotal)} level changes of components: ${n(up)} graduations (blue) and ${n(downTotal)} switchbacks (orange)${top ? `; the most common switchback is L${top.from} → L${top.to} (${n(top.count)})` : ""}.`;
}

function overdueSummary(d: AnalyticsDto): string {
  if (d.overdue.length === 0) return "No panel member has an overdue review right now.";
  const top = d.overdue[0]!;
  return `Open reviews past their due date that the panel member has not voted on yet (the ${d.overdue.length} people with the most). Most: ${top.name}, ${top.reviews} reviews, the oldest ${top.oldestDays} days overdue.`;
}

function throughputSummary(d: AnalyticsDto): string {
  const gained = d.months.reduce((s, m) => s + m.gained, 0);
  const lost = d.months.reduce((s, m) => s + m.lost, 0);
  return `${n(gained)} component levels gained by graduation and ${n(lost)} lost to switchbacks in the period (net ${n(gained - lost)}), per month.`;
}

/**
 * Every chart of the analytics page, each with its summary and table. Server-rendered HTML; a
 * client component so that the RSC payload carries the figures once (this component's props)
 * rather than the figures for the charts plus the element tree of every summary and table.
 */
export function AnalyticsView({ data }: { data: AnalyticsDto }) {
  const csvName = (table: string) =>
    `analytics-${table}${data.tag ? `-${data.tag.replace(/[^a-z0-9]+/g, "-")}` : ""}-${data.from}-to-${data.to}.csv`;
  const paths: TableData = {
    caption: "Most frequent level paths",
    columns: ["Path", "Components"],
    rows: data.paths.map((p) => [path(p.levels), n(p.components)]),
  };
  const cycles: TableData = {
    caption: "Cycles: switchbacks and their recovery",
    columns: ["Cycle", "Switchbacks", "Climbed back"],
    rows: data.cycles
      .slice(0, 10)
      .map((c) => [`L${c.from} → L${c.to} → L${c.from}`, n(c.count), pct(c.recovered, c.count)]),
  };
  return (
    <div className="grid gap-5 lg:grid-cols-2">
      <ChartFigure
        id="levels"
        csvName={csvName("levels")}
        title="Projects per level"
        summary={levelsSummary(data)}
        table={{
          caption: "Projects per system level",
          columns: ["Level", "Projects"],
          rows: [...data.levels.map((l) => [`L${l.level}`, n(l.projects)]), ["No level", n(data.noLevel)]],
        }}
      >
        <LevelsChart levels={data.levels} />
      </ChartFigure>

      <ChartFigure
        id="time"
        csvName={csvName("time")}
        title="Time per level"
        summary={timeSummary(data)}
        table={{
          caption: "Days at each level before graduating",
          columns: ["Level", "Median", "90th percentile", "Stays"],
          rows: data.timePerLevel.map((r) => [`L${r.level}`, days(r.medianDays), days(r.p90Days), n(r.stays)]),
        }}
      >
        <TimePerLevelChart rows={data.timePerLevel} />
      </ChartFigure>

      <ChartFigure
        id="pass"
        csvName={csvName("pass")}
        title="Pass and return rate per level"
        summary={passSummary(data)}
        table={{
          caption: "Decided reviews per level",
          columns: ["Level", "Graduated", "Returned", "Pass rate"],
          rows: data.passRate.map((r) => [
            `L${r.level}`,
            n(r.graduated),
            n(r.returned),
            pct(r.graduated, r.graduated + r.returned),
          ]),
        }}
      >
        <PassRateChart rows={data.passRate} />
      </ChartFigure>

      <ChartFigure
        id="switchbacks"
        csvName={csvName("switchbacks")}
        title="Switchbacks by kind"
        summary={switchbackSummary(data)}
        table={{
          caption: "Switchbacks per month and kind",
          columns: [
            "Month",
            TRANSITION_KIND_LABELS.discovery,
            TRANSITION_KIND_LABELS.review,
            TRANSITION_KIND_LABELS.embedded,
          ],
          rows: data.months.map((m) => [m.month, n(m.discovery), n(m.review), n(m.embedded)]),
        }}
      >
        <SwitchbacksChart months={data.months} />
      </ChartFigure>

      <ChartFigure
        id="flows"
        csvName={csvName("flows")}
        title="Level flows"
        summary={flowSummary(data)}
        wide
        table={{
          caption: "Component level changes by from and to level",
          columns: ["From → to", "Components"],
          rows: data.flows.map((f) => [`L${f.from} → L${f.to}`, n(f.count)]),
        }}
      >
        <FlowSankey flows={data.flows} />
      </ChartFigure>

      <section
        aria-labelledby="paths-title"
        className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:col-span-2"
      >
        <h2 id="paths-title" className="text-lg font-semibold text-slate-900">
          Most frequent level paths and cycles
        </h2>
        <div className="grid gap-5 md:grid-cols-2">
          <div className="flex flex-col gap-2">
            <p className="text-sm text-slate-700">
              The levels components passed through in the period (components that moved at least once).
            </p>
            <DataTable {...paths} />
            <CsvDownload table={paths} fileName={csvName("paths")} />
          </div>
          <div className="flex flex-col gap-2">
            <p className="text-sm text-slate-700">
              Switchbacks as cycles: sent back from one level to a lower one, and how many have climbed back since.
            </p>
            <DataTable {...cycles} />
            <CsvDownload table={cycles} fileName={csvName("cycles")} />
          </div>
        </div>
      </section>

      <ChartFigure
        id="overdue"
        csvName={csvName("overdue")}
        title="Overdue reviews by panel member"
        summary={overdueSummary(data)}
        table={{
          caption: "Overdue reviews by panel member",
          columns: ["Panel member", "Overdue reviews", "Oldest (days overdue)"],
          rows: data.overdue.map((o) => [o.name, n(o.reviews), n(o.oldestDays)]),
        }}
      >
        {data.overdue.length ? (
          <OverdueChart rows={data.overdue} />
        ) : (
          <p className="text-sm text-slate-700">Nothing overdue.</p>
        )}
      </ChartFigure>

      <ChartFigure
        id="throughput"
        csvName={csvName("throughput")}
        title="Throughput"
        summary={throughputSummary(data)}
        table={{
          caption: "Levels gained and lost per month",
          columns: ["Month", "Gained", "Lost", "Net"],
          rows: data.months.map((m) => [m.month, n(m.gained), n(m.lost), n(m.gained - m.lost)]),
        }}
      >
        <ThroughputChart months={data.months} />
      </ChartFigure>
    </div>
  );
}
