import { riskBand } from "@/lib/domain/requirements";
import { cx } from "@/components/ui/cx";
import { RISK_BAND_CLASSES, RISK_BAND_LABELS, formatRisk } from "./format";

/** "Risk 2.4 · low": pFailure × value from the domain, with its band in words. */
export function RiskBadge({ risk }: { risk: number }) {
  const band = riskBand(risk);
  return (
    <span
      className={cx(
        "inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums",
        RISK_BAND_CLASSES[band],
      )}
    >
      Risk {formatRisk(risk)} · {RISK_BAND_LABELS[band]}
    </span>
  );
}
