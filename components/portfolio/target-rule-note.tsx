import { DEFAULT_DAYS_PER_LEVEL } from "@/lib/domain/targets";

/** The rule behind the target statuses, in words (lib/domain/targets.ts is the source). */
export function TargetRuleNote() {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-800">
      <summary className="cursor-pointer font-medium text-slate-900">How target status is worked out</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>
          <strong>Met</strong>: the system has reached the target level.
        </li>
        <li>
          <strong>Missed</strong>: the target day has passed (UTC) and the level was not reached.
        </li>
        <li>
          <strong>At risk</strong>: the project is paused or archived, or it would not make it at the portfolio&apos;s
          pace.
        </li>
        <li>
          <strong>On track</strong>: at the median pace it arrives on or before the target day.
        </li>
      </ul>
      <p className="mt-2">
        The pace is the median time components spent at each level before graduating, over the last twelve months. Time
        already spent at the current level counts, but never more than half a typical stay. Levels without data use the
        median of the others ({DEFAULT_DAYS_PER_LEVEL} days per level when there is no data at all).
      </p>
    </details>
  );
}
