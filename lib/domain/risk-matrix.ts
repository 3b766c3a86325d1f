import { riskBand, type RiskBand } from "./requirements";

/**
 * The risk matrix of the rules: requirements by probability of failure (rows, ten bands of 0.1,
 * highest on top) × value (columns 1–10), each cell coloured by the risk band of its midpoint.
 */
export const P_FAILURE_BUCKETS = 10;
export const RISK_VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * Row of a probability: 0.3 belongs to "0.3 to 0.4" (toPrecision strips the float noise that makes
 * 0.3 × 10 = 2.9999999999999996); 1.0 joins the top row.
 */
export function pFailureBucket(p: number): number {
  const b = Math.floor(Number((p * P_FAILURE_BUCKETS).toPrecision(12)));
  return Math.min(P_FAILURE_BUCKETS - 1, Math.max(0, b));
}

export function bucketRange(bucket: number): { from: number; to: number; label: string; description: string } {
  const from = bucket / P_FAILURE_BUCKETS;
  const to = (bucket + 1) / P_FAILURE_BUCKETS;
  const last = bucket === P_FAILURE_BUCKETS - 1;
  return {
    from,
    to,
    label: `${from.toFixed(1)}–${to.toFixed(1)}`,
    description: last
      ? `from ${from.toFixed(1)} to ${to.toFixed(1)} inclusive`
      : `from ${from.toFixed(1)} to below ${to.toFixed(1)}`,
  };
}

export type RiskMatrixCell = { bucket: number; value: number; count: number; band: RiskBand };
export type RiskMatrixRow = { bucket: number; cells: RiskMatrixCell[] };

export function inRiskCell(
  item: { pFailure: number; value: number },
  cell: { bucket: number; value: number },
): boolean {
  return item.value === cell.value && pFailureBucket(item.pFailure) === cell.bucket;
}

export function riskMatrix(items: readonly { pFailure: number; value: number }[]): RiskMatrixRow[] {
  const counts = new Map<string, number>();
  for (const i of items) {
    const key = `${pFailureBucket(i.pFailure)}:${i.value}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows: RiskMatrixRow[] = [];
  for (let bucket = P_FAILURE_BUCKETS - 1; bucket >= 0; bucket--) {
    const mid = (bucket + 0.5) / P_FAILURE_BUCKETS;
    rows.push({
      bucket,
      cells: RISK_VALUES.map((value) => ({
        bucket,
        value,
        count: counts.get(`${bucket}:${value}`) ?? 0,
        band: riskBand(mid * value),
      })),
    });
  }
  return rows;
}
