/** Bounded load loops and latency statistics for the benchmark (no dependency needed). */

export type Stats = {
  n: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  seconds: number;
  rps: number;
};

/** Nearest-rank percentile of sorted values (ms). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarise(latencies: readonly number[], errors: number, seconds: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    n: sorted.length,
    errors,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    seconds: round(seconds),
    rps: round(sorted.length / Math.max(seconds, 1e-9)),
  };
}

/**
 * Runs `task` `total` times with `concurrency` workers (each worker waits for its previous call,
 * then `thinkMs` ± 50 % more — a user reading the page — which is not timed), stopping early after
 * `maxSeconds`. A task that throws counts as an error, not a latency.
 */
export async function runLoad(
  task: (worker: number, i: number) => Promise<void>,
  opts: { concurrency: number; total: number; maxSeconds: number; thinkMs?: number },
): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + opts.maxSeconds * 1000;
  let firstError: unknown = null;
  const worker = async (w: number) => {
    // Users who read pages do not all arrive in the same millisecond: with a think time, each
    // starts at a random moment within one think time (otherwise all 20 stay in lockstep waves).
    if (opts.thinkMs) await new Promise((resolve) => setTimeout(resolve, opts.thinkMs! * Math.random()));
    for (;;) {
      const i = next++;
      if (i >= opts.total || performance.now() > deadline) return;
      const t0 = performance.now();
      try {
        await task(w, i);
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= error;
      }
      if (opts.thinkMs) await new Promise((resolve) => setTimeout(resolve, opts.thinkMs! * (0.5 + Math.random())));
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, (_, w) => worker(w)));
  if (firstError)
    console.warn(`    first error: ${firstError instanceof Error ? firstError.message : String(firstError)}`);
  return summarise(latencies, errors, (performance.now() - started) / 1000);
}
