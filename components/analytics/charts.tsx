"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ReferenceArea,
  ResponsiveContainer,
  Sankey,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { NodeProps } from "recharts/types/chart/Sankey";
import type { AnalyticsDto } from "@/lib/dal/portfolio/analytics";

/**
 * The analytics charts (recharts). Each takes a slice of the server's DTO and draws it; the page
 * puts every chart in a figure labelled in words, with the same numbers as a table next to it,
 * so the charts themselves are decoration for assistive technology (aria-hidden).
 */

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const COLORS = {
  blue: "#0072B2",
  orange: "#E69F00",
  vermillion: "#D55E00",
  green: "#009E73",
  purple: "#CC79A7",
  sky: "#56B4E9",
  grey: "#6b7280",
};
const PHASE_FILL = (level: number) =>
  level <= 2 ? "#dc2626" : level <= 5 ? "#ea580c" : level <= 8 ? "#ca8a04" : "#16a34a";
const AXIS = { fontSize: 12, fill: "#334155" };
/** Legend entries in body text colour: series colours alone are too light for text on white. */
const legendText = (value: string) => <span style={{ color: "#1e293b" }}>{value}</span>;
const HEIGHT = 260;

function Frame({ children, height = HEIGHT }: { children: React.ReactElement; height?: number }) {
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 520, height }}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

export function LevelsChart({ levels }: { levels: AnalyticsDto["levels"] }) {
  const data = levels.map((l) => ({ name: `L${l.level}`, level: l.level, projects: l.projects }));
  return (
    <Frame>
      <BarChart data={data} margin={{ top: 24, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <ReferenceArea
          x1="L4"
          x2="L6"
          fill="#fee2e2"
          fillOpacity={0.8}
          ifOverflow="extendDomain"
          label={{ value: "Valley of death (L4–L6)", position: "top", fill: "#991b1b", fontSize: 12 }}
        />
        <XAxis dataKey="name" tick={AXIS} />
        <YAxis tick={AXIS} width={48} allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="projects" name="Projects" isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.name} fill={PHASE_FILL(d.level)} />
          ))}
        </Bar>
      </BarChart>
    </Frame>
  );
}

export function TimePerLevelChart({ rows }: { rows: AnalyticsDto["timePerLevel"] }) {
  const data = rows.map((r) => ({ name: `L${r.level}`, median: r.medianDays, p90: r.p90Days }));
  return (
    <Frame>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" tick={AXIS} />
        <YAxis tick={AXIS} width={48} unit=" d" />
        <Tooltip formatter={(v) => `${v} days`} />
        <Legend formatter={legendText} />
        <Bar dataKey="median" name="Median" fill={COLORS.blue} isAnimationActive={false} />
        <Bar dataKey="p90" name="90th percentile" fill={COLORS.sky} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

export function PassRateChart({ rows }: { rows: AnalyticsDto["passRate"] }) {
  const data = rows.map((r) => ({ name: `L${r.level}`, graduated: r.graduated, returned: r.returned }));
  return (
    <Frame>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" tick={AXIS} />
        <YAxis tick={AXIS} width={48} allowDecimals={false} />
        <Tooltip />
        <Legend formatter={legendText} />
        <Bar dataKey="graduated" name="Graduated" stackId="a" fill={COLORS.green} isAnimationActive={false} />
        <Bar dataKey="returned" name="Returned" stackId="a" fill={COLORS.vermillion} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

export function SwitchbacksChart({ months }: { months: AnalyticsDto["months"] }) {
  return (
    <Frame>
      <BarChart data={months} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tick={AXIS} />
        <YAxis tick={AXIS} width={48} allowDecimals={false} />
        <Tooltip />
        <Legend formatter={legendText} />
        <Bar dataKey="discovery" name="Discovery" stackId="s" fill={COLORS.orange} isAnimationActive={false} />
        <Bar dataKey="review" name="Review" stackId="s" fill={COLORS.vermillion} isAnimationActive={false} />
        <Bar dataKey="embedded" name="Embedded" stackId="s" fill={COLORS.purple} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

export function ThroughputChart({ months }: { months: AnalyticsDto["months"] }) {
  const data = months.map((m) => ({ month: m.month, gained: m.gained, lost: -m.lost }));
  return (
    <Frame>
      <BarChart
        data={data}
        stackOffset="sign"
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tick={AXIS} />
        <YAxis tick={AXIS} width={56} allowDecimals={false} />
        <Tooltip formatter={(v) => Math.abs(Number(v))} />
        <Legend formatter={legendText} />
        <Bar
          dataKey="gained"
          name="Levels gained (graduations)"
          stackId="t"
          fill={COLORS.blue}
          isAnimationActive={false}
        />
        <Bar
          dataKey="lost"
          name="Levels lost (switchbacks)"
          stackId="t"
          fill={COLORS.orange}
          isAnimationActive={false}
        />
      </BarChart>
    </Frame>
  );
}

export function OverdueChart({ rows }: { rows: AnalyticsDto["overdue"] }) {
  const height = Math.max(120, rows.length * 28 + 40);
  return (
    <Frame height={height}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tick={AXIS} allowDecimals={false} />
        <YAxis type="category" dataKey="name" tick={AXIS} width={170} />
        <Tooltip />
        <Bar dataKey="reviews" name="Overdue reviews" fill={COLORS.vermillion} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

/**
 * Flows between levels as a two-column Sankey (level before → level after), so switchbacks, which
 * point backwards, stay drawable: graduations are blue, switchbacks orange.
 */
export function FlowSankey({ flows }: { flows: AnalyticsDto["flows"] }) {
  const moving = flows.filter((f) => f.count > 0);
  const sources = [...new Set(moving.map((f) => f.from))].sort((a, b) => a - b);
  const targets = [...new Set(moving.map((f) => f.to))].sort((a, b) => a - b);
  const fromIndex = new Map(sources.map((l, i) => [l, i]));
  const toIndex = new Map(targets.map((l, i) => [l, sources.length + i]));
  const nodes = [...sources.map((l) => ({ name: `from L${l}` })), ...targets.map((l) => ({ name: `to L${l}` }))];
  const links = moving.map((f) => ({
    source: fromIndex.get(f.from)!,
    target: toIndex.get(f.to)!,
    value: f.count,
    stroke: f.to > f.from ? COLORS.blue : COLORS.orange,
  }));
  if (links.length === 0) return <p className="text-sm text-slate-700">No level changes in this period.</p>;
  return (
    <Frame height={380}>
      <Sankey
        data={{ nodes, links }}
        nodePadding={14}
        nodeWidth={12}
        margin={{ top: 8, right: 64, bottom: 8, left: 64 }}
        link={{ strokeOpacity: 0.45 }}
        node={SankeyNode}
        accessibilityLayer={false}
      >
        <Tooltip />
      </Sankey>
    </Frame>
  );
}

/** A node with its level written beside it: left of the "from" column, right of the "to" column. */
function SankeyNode({ x, y, width, height, payload }: NodeProps) {
  const left = payload.depth === 0;
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill="#334155" />
      <text
        x={left ? x - 6 : x + width + 6}
        y={y + height / 2}
        dy="0.35em"
        textAnchor={left ? "end" : "start"}
        fontSize={12}
        fill="#0f172a"
      >
        {payload.name}
      </text>
    </g>
  );
}
