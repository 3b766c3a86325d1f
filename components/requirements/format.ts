import type { RiskBand } from "@/lib/domain/requirements";
import { formatNumber } from "@/components/shared/format";

/** Risk (0–10) as computed by the domain, shown with at most two decimals: 2.4, 2.35, 10. */
export function formatRisk(risk: number): string {
  return formatNumber(risk, { maximumFractionDigits: 2, minimumFractionDigits: 0 });
}

export const RISK_BAND_LABELS: Record<RiskBand, string> = { low: "low", medium: "medium", high: "high" };

/** Heat-map colours; the band is also written out, so colour is never the only signal. */
export const RISK_BAND_CLASSES: Record<RiskBand, string> = {
  low: "bg-green-100 text-green-950",
  medium: "bg-amber-200 text-amber-950",
  high: "bg-red-300 text-red-950",
};
