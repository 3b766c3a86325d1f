"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentType } from "react";

/**
 * The charts load after the page: recharts is most of the analytics page's JavaScript, and the
 * figures are already on the page as summaries and tables. No server rendering of the SVG either
 * (a placeholder of the chart's height keeps the layout from jumping). A chart is drawn only when
 * it comes near the viewport: drawing all seven at once blocked the main thread for ~300 ms
 * (Lighthouse's Total Blocking Time) before anyone could scroll to most of them.
 */
function Placeholder({ height }: { height: number }) {
  return <div aria-hidden="true" className="w-full animate-pulse rounded bg-slate-100" style={{ height }} />;
}

function whenVisible<P extends object>(load: () => Promise<ComponentType<P>>, height: number): ComponentType<P> {
  const Chart = dynamic(load, { ssr: false, loading: () => <Placeholder height={height} /> });
  function VisibleChart(props: P) {
    const ref = useRef<HTMLDivElement>(null);
    const [visible, setVisible] = useState(false);
    useEffect(() => {
      const el = ref.current;
      if (!el || visible) return;
      const io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            setVisible(true);
            io.disconnect();
          }
        },
        { rootMargin: "200px 0px" },
      );
      io.observe(el);
      return () => io.disconnect();
    }, [visible]);
    return <div ref={ref}>{visible ? <Chart {...props} /> : <Placeholder height={height} />}</div>;
  }
  return VisibleChart;
}

export const LevelsChart = whenVisible(() => import("./charts").then((m) => m.LevelsChart), 260);
export const TimePerLevelChart = whenVisible(() => import("./charts").then((m) => m.TimePerLevelChart), 260);
export const PassRateChart = whenVisible(() => import("./charts").then((m) => m.PassRateChart), 260);
export const SwitchbacksChart = whenVisible(() => import("./charts").then((m) => m.SwitchbacksChart), 260);
export const ThroughputChart = whenVisible(() => import("./charts").then((m) => m.ThroughputChart), 260);
export const OverdueChart = whenVisible(() => import("./charts").then((m) => m.OverdueChart), 300);
export const FlowSankey = whenVisible(() => import("./charts").then((m) => m.FlowSankey), 380);
