"use client";

import dynamic from "next/dynamic";

/**
 * The charts load after the page: recharts is most of the analytics page's JavaScript, and the
 * figures are already on the page as summaries and tables. No server rendering of the SVG either
 * (a placeholder of the chart's height keeps the layout from jumping).
 */
function placeholder(height: number) {
  function ChartPlaceholder() {
    return <div aria-hidden="true" className="w-full animate-pulse rounded bg-slate-100" style={{ height }} />;
  }
  return ChartPlaceholder;
}

export const LevelsChart = dynamic(() => import("./charts").then((m) => m.LevelsChart), { ssr: false, loading: placeholder(260) });
export const TimePerLevelChart = dynamic(() => import("./charts").then((m) => m.TimePerLevelChart), { ssr: false, loading: placeholder(260) });
export const PassRateChart = dynamic(() => import("./charts").then((m) => m.PassRateChart), { ssr: false, loading: placeholder(260) });
export const SwitchbacksChart = dynamic(() => import("./charts").then((m) => m.SwitchbacksChart), { ssr: false, loading: placeholder(260) });
export const ThroughputChart = dynamic(() => import("./charts").then((m) => m.ThroughputChart), { ssr: false, loading: placeholder(260) });
export const OverdueChart = dynamic(() => import("./charts").then((m) => m.OverdueChart), { ssr: false, loading: placeholder(300) });
export const FlowSankey = dynamic(() => import("./charts").then((m) => m.FlowSankey), { ssr: false, loading: placeholder(380) });
