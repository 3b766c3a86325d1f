import { Badge, type BadgeTone } from "@/components/ui/badge";
import { targetStatusLabel, type TargetStatus } from "@/lib/domain/targets";
import { formatDate, isoDate } from "@/components/shared/format";

const TONES: Record<TargetStatus, BadgeTone> = { met: "green", on_track: "blue", at_risk: "amber", missed: "red" };

export function TargetStatusBadge({ status, lateDays = null }: { status: TargetStatus; lateDays?: number | null }) {
  return <Badge tone={lateDays ? "amber" : TONES[status]}>{targetStatusLabel(status, lateDays)}</Badge>;
}

/** "L6 by 3 Mar 2027" and its status; "—" without a target. */
export function TargetSummary({
  target,
}: {
  target: { level: number; date: Date; status: TargetStatus | null; lateDays?: number | null } | null;
}) {
  if (!target) {
    return (
      <span className="text-slate-600">
        <span aria-hidden="true">—</span>
        <span className="sr-only">No target</span>
      </span>
    );
  }
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <span className="whitespace-nowrap text-slate-900">
        L{target.level} by <time dateTime={isoDate(target.date)}>{formatDate(target.date)}</time>
      </span>
      {target.status ? <TargetStatusBadge status={target.status} lateDays={target.lateDays} /> : null}
    </span>
  );
}
