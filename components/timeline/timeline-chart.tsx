"use client";

import { format } from "date-fns";
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { TimelineDto } from "@/lib/dal/projects/read-timeline";
import type { TransitionKind } from "@/lib/domain/vocabulary";

/**
 * The project's levels over time: one step line per component (from its transitions), each
 * transition a point shaped by its kind, and each review a diamond at the gate it judged
 * (between level N and N+1) on the same time axis. Decoration for assistive technology: the page
 * gives the same facts as tables.
 */

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#6b7280"];
const KIND_COLOR: Record<TransitionKind, string> = {
  start: "#334155",
  graduation: "#15803d",
  discovery: "#b45309",
  review: "#b91c1c",
  embedded: "#1d4ed8",
  entry: "#15803d",
};
const REVIEW_COLOR = {
  graduated: "#15803d",
  returned: "#b45309",
  open: "#1d4ed8",
  withdrawn: "#6b7280",
  draft: "#6b7280",
} as const;
const AXIS = { fontSize: 12, fill: "#334155" };

type Point = {
  t: number;
  level: number;
  label: string;
  detail: string;
  color: string;
  shape: "up" | "down" | "circle" | "diamond";
};

function Marker(props: { cx?: number; cy?: number; payload?: Point }) {
  const { cx = 0, cy = 0, payload } = props;
  if (!payload) return null;
  const s = 6;
  const fill = payload.color;
  if (payload.shape === "up")
    return <path d={`M${cx},${cy - s} L${cx + s},${cy + s} L${cx - s},${cy + s} Z`} fill={fill} stroke="#fff" />;
  if (payload.shape === "down")
    return <path d={`M${cx - s},${cy - s} L${cx + s},${cy - s} L${cx},${cy + s} Z`} fill={fill} stroke="#fff" />;
  if (payload.shape === "diamond")
    return (
      <path
        d={`M${cx},${cy - s - 1} L${cx + s + 1},${cy} L${cx},${cy + s + 1} L${cx - s - 1},${cy} Z`}
        fill="#fff"
        stroke={fill}
        strokeWidth={2}
      />
    );
  return <circle cx={cx} cy={cy} r={s - 1} fill={fill} stroke="#fff" />;
}

function TipContent({
  active,
  payload,
}: {
  active?: boolean;
  payload?: readonly { payload?: Partial<Point> & { t?: number; level?: number; name?: string } }[];
}) {
  const p = active ? payload?.[0]?.payload : undefined;
  if (!p || p.t === undefined) return null;
  return (
    <div className="max-w-xs rounded-md border border-slate-300 bg-white px-3 py-2 text-xs text-slate-900 shadow">
      <p className="font-semibold">{p.label ?? `${p.name}: level ${p.level}`}</p>
      <p>{format(new Date(p.t), "d MMM yyyy")}</p>
      {p.detail ? <p className="mt-1 text-slate-700">{p.detail}</p> : null}
    </div>
  );
}

export function TimelineChart({ timeline }: { timeline: TimelineDto }) {
  const start = timeline.transitions[0]?.at ?? timeline.now;
  const pad = Math.max(86_400_000, (timeline.now - start) * 0.02);
  const lines = timeline.components.map((c, i) => {
    const ts = timeline.transitions.filter((t) => t.componentId === c.id);
    const points = ts.map((t) => ({ t: t.at, level: t.to, name: c.name }));
    if (points.length && c.status === "active") points.push({ t: timeline.now, level: c.level, name: c.name });
    return { id: c.id, name: c.name, color: PALETTE[i % PALETTE.length]!, points };
  });
  const marks: Point[] = timeline.transitions.map((t) => ({
    t: t.at,
    level: t.to,
    label: `${t.componentName}: ${t.from === null ? `starts at L${t.to}` : `L${t.from} → L${t.to}`} (${t.kind})`,
    detail: t.reason,
    color: KIND_COLOR[t.kind],
    shape: t.kind === "start" ? "circle" : t.kind === "graduation" ? "up" : "down",
  }));
  const reviews: Point[] = timeline.reviews.map((r) => ({
    t: r.decidedAt ?? timeline.now,
    level: r.level + 0.5,
    label: `Level ${r.level} review: ${r.status}`,
    detail: r.componentNames.join(", "),
    color: REVIEW_COLOR[r.status],
    shape: "diamond",
  }));

  return (
    <div aria-hidden="true" className="h-80 w-full sm:h-96">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 360 }}>
        <ComposedChart margin={{ top: 8, right: 12, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[start - pad, timeline.now + pad]}
            tickFormatter={(t: number) => format(new Date(t), "MMM yy")}
            tick={AXIS}
            allowDuplicatedCategory={false}
          />
          <YAxis
            dataKey="level"
            type="number"
            domain={[0, 9]}
            ticks={[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]}
            tickFormatter={(l: number) => `L${l}`}
            tick={AXIS}
            width={36}
          />
          <Tooltip content={TipContent} />
          <Legend formatter={(v: string) => <span style={{ color: "#1e293b" }}>{v}</span>} />
          {lines.map((l) => (
            <Line
              key={l.id}
              data={l.points}
              dataKey="level"
              name={l.name}
              type="stepAfter"
              stroke={l.color}
              strokeWidth={2.5}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          <Scatter
            data={marks}
            dataKey="level"
            name="Transitions"
            fill="#334155"
            shape={Marker}
            isAnimationActive={false}
            legendType="triangle"
          />
          <Scatter
            data={reviews}
            dataKey="level"
            name="Reviews (at the gate they judged)"
            fill="#1d4ed8"
            shape={Marker}
            isAnimationActive={false}
            legendType="diamond"
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
