import type { RiskDto } from "@/lib/dal/projects/read-detail";
import { Badge } from "@/components/ui/badge";
import { REQUIREMENT_KIND_LABELS, REQUIREMENT_STATUS_LABELS } from "@/components/shared/labels";

export function RisksSummary({ count, risks }: { count: number; risks: RiskDto[] }) {
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p className="text-slate-800">
        {count === 0 ? "No requirements yet." : count === 1 ? "1 requirement." : `${count} requirements.`}
        {risks.length > 0 ? " Highest risks (probability of failure × value, 0–10):" : ""}
      </p>
      {risks.length > 0 ? (
        <ol className="flex flex-col gap-2">
          {risks.map((r) => (
            <li key={r.id} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <span className="font-mono font-semibold text-slate-900">R{r.number}</span>
              <span className="min-w-0 flex-1 break-words text-slate-900">{r.statement}</span>
              <span className="whitespace-nowrap tabular-nums text-slate-800">risk {r.risk.toFixed(1)}</span>
              <Badge>{REQUIREMENT_KIND_LABELS[r.kind]}</Badge>
              <Badge tone={r.status === "open" ? "amber" : "green"}>{REQUIREMENT_STATUS_LABELS[r.status]}</Badge>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
