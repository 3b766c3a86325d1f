import type { LaunchedChrome } from "chrome-launcher";
import type { Flags, Result } from "lighthouse";

/**
 * Lighthouse 12 through its Node API: `lighthouse(url, flags, config)` against a Chrome started by
 * chrome-launcher (a dependency of lighthouse), with lighthouse's desktop preset
 * (`desktopConfig`: desktop form factor, screen and user agent, simulated desktop throttling) and
 * only the performance category. Both packages are ESM: loaded with import() from this CommonJS
 * (tsx) script.
 */

export const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu"];

export async function launchChrome(chromePath: string): Promise<LaunchedChrome> {
  const { launch } = await import("chrome-launcher");
  // handleSIGINT off: scripts/lighthouse/cleanup.ts stops Chrome and the server together.
  return launch({ chromePath, chromeFlags: CHROME_FLAGS, handleSIGINT: false, logLevel: "silent" });
}

export type Metrics = {
  score: number; // 0–100
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  totalBytes: number;
  serverResponseMs: number;
};

export type RunResult = { metrics: Metrics; lhr: Result; html: string };

/** One Lighthouse navigation of `url`, signed in with `cookie`. */
export async function runLighthouse(url: string, chromePort: number, cookie: string): Promise<RunResult> {
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const flags: Flags = {
    port: chromePort,
    logLevel: "error",
    output: "html",
    onlyCategories: ["performance"],
    extraHeaders: { Cookie: cookie },
  };
  const result = await lighthouse(url, flags, desktopConfig);
  if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
  const lhr = result.lhr;
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  // Not signed in → the proxy redirects to /sign-in: a score of the wrong page.
  const wanted = new URL(url);
  const got = new URL(lhr.finalDisplayedUrl);
  if (got.pathname !== wanted.pathname)
    throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}: the session cookie was not accepted.`);
  const score = lhr.categories.performance?.score;
  if (score === null || score === undefined)
    throw new Error(`No performance score for ${url} (${lhr.runWarnings.join("; ")}).`);
  const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    lhr,
    html: Array.isArray(result.report) ? result.report[0]! : result.report,
    metrics: {
      score: Math.round(score * 100),
      fcpMs: num("first-contentful-paint"),
      lcpMs: num("largest-contentful-paint"),
      tbtMs: num("total-blocking-time"),
      cls: num("cumulative-layout-shift"),
      speedIndexMs: num("speed-index"),
      totalBytes: num("total-byte-weight"),
      serverResponseMs: num("server-response-time"),
    },
  };
}

export function median(values: number[]): number {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The median of each figure on its own (the median score need not come from the median-LCP run). */
export function medianMetrics(runs: Metrics[]): Metrics {
  const keys = Object.keys(runs[0]!) as (keyof Metrics)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as Metrics;
}

const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "n/a");
const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : "n/a");
export function formatMetrics(m: Metrics): string {
  return (
    `score ${String(Math.round(m.score)).padStart(3)}  FCP ${s(m.fcpMs)}  LCP ${s(m.lcpMs)}  TBT ${ms(m.tbtMs)}  CLS ${Number.isFinite(m.cls) ? m.cls.toFixed(3) : "n/a"}` +
    `  SI ${s(m.speedIndexMs)}  bytes ${Number.isFinite(m.totalBytes) ? `${(m.totalBytes / 1024).toFixed(0)} KiB` : "n/a"}  (server response ${ms(m.serverResponseMs)})`
  );
}

export type Diagnosis = {
  /** Each scored metric: its score, weight and the points it costs (weights add up to 100). */
  metrics: {
    id: string;
    title: string;
    displayValue?: string;
    score: number | null;
    weight: number;
    pointsLost: number;
  }[];
  /** Other performance audits that did not pass, largest estimated savings first. */
  failing: {
    id: string;
    title: string;
    displayValue?: string;
    score: number | null;
    savings?: Record<string, number>;
  }[];
  lcpElement?: string;
  lcpPhases?: Record<string, number>;
};

/** Where the points of one run go, read from its report. */
export function diagnose(lhr: Result): Diagnosis {
  const refs = lhr.categories.performance?.auditRefs ?? [];
  const metrics = refs
    .filter((r) => r.weight > 0)
    .map((r) => {
      const a = lhr.audits[r.id]!;
      return {
        id: r.id,
        title: a.title,
        displayValue: a.displayValue,
        score: a.score,
        weight: r.weight,
        pointsLost: Math.round((1 - (a.score ?? 0)) * r.weight * 10) / 10,
      };
    })
    .sort((a, b) => b.pointsLost - a.pointsLost);
  const failing = refs
    .filter((r) => r.weight === 0)
    .map((r) => lhr.audits[r.id]!)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 0.9 &&
        a.scoreDisplayMode !== "informative" &&
        a.scoreDisplayMode !== "notApplicable",
    )
    .map((a) => ({
      id: a.id,
      title: a.title,
      displayValue: a.displayValue,
      score: a.score,
      savings: a.metricSavings as Record<string, number> | undefined,
    }))
    .sort((a, b) => maxSaving(b.savings) - maxSaving(a.savings));

  const out: Diagnosis = { metrics, failing };
  // The LCP element and its phases (TTFB, load delay, load time, render delay).
  const walk = (v: unknown): void => {
    if (!v || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach(walk);
    const o = v as Record<string, unknown>;
    if (o.type === "node" && !out.lcpElement)
      out.lcpElement = [o.selector, o.nodeLabel ? `"${String(o.nodeLabel)}"` : o.snippet].filter(Boolean).join("  ");
    if (typeof o.phase === "string" && typeof o.timing === "number")
      (out.lcpPhases ??= {})[o.phase] = Math.round(o.timing);
    if (typeof o.subpart === "string" && typeof o.duration === "number")
      (out.lcpPhases ??= {})[o.subpart] = Math.round(o.duration);
    Object.values(o).forEach(walk);
  };
  walk(lhr.audits["largest-contentful-paint-element"]?.details);
  if (!out.lcpPhases) walk(lhr.audits["lcp-breakdown-insight"]?.details);
  return out;
}

function maxSaving(savings?: Record<string, number>): number {
  if (!savings) return 0;
  // CLS savings are unitless: weigh 0.1 of CLS like 1 s so it sorts with the time savings.
  return Math.max(0, ...Object.entries(savings).map(([k, v]) => (k === "CLS" ? v * 10_000 : v)));
}

export function printDiagnosis(d: Diagnosis): void {
  console.log("  Metric scores (points lost = (1 − score) × weight):");
  for (const m of d.metrics) {
    console.log(
      `    ${m.title.padEnd(26)} ${String(m.displayValue ?? "").padEnd(10)} score ${m.score === null ? "n/a" : m.score.toFixed(2)}  weight ${String(m.weight).padStart(2)}  lost ${m.pointsLost.toFixed(1)}`,
    );
  }
  if (d.lcpElement) console.log(`  LCP element: ${d.lcpElement}`);
  if (d.lcpPhases)
    console.log(
      `  LCP phases: ${Object.entries(d.lcpPhases)
        .map(([k, v]) => `${k} ${v} ms`)
        .join(", ")}`,
    );
  if (d.failing.length) {
    console.log("  Audits not passed:");
    for (const f of d.failing) {
      const savings =
        f.savings && Object.keys(f.savings).length
          ? `  est. savings ${Object.entries(f.savings)
              .map(([k, v]) => `${k} ${k === "CLS" ? v.toFixed(3) : `${Math.round(v)} ms`}`)
              .join(", ")}`
          : "";
      console.log(`    ${f.id}: ${f.title}${f.displayValue ? ` — ${f.displayValue}` : ""}${savings}`);
    }
  }
}
