import Link from "next/link";
import type { TransitionDto } from "@/lib/dal/projects/read-detail";
import { TransitionKindBadge } from "@/components/shared/badges";
import { formatDate, formatRelative, isoDate } from "@/components/shared/format";

function Levels({ from, to }: { from: number | null; to: number }) {
  if (from === null)
    return (
      <>
        starts at <span className="font-mono">L{to}</span>
      </>
    );
  return (
    <span className="font-mono">
      L{from} <span aria-hidden="true">→</span>
      <span className="sr-only">to</span> L{to}
    </span>
  );
}

/** Newest first; the DAL caps the list at 20. */
export function TransitionsList({ transitions, now }: { transitions: TransitionDto[]; now: Date }) {
  if (transitions.length === 0) return <p className="text-sm italic text-slate-700">No level changes yet.</p>;
  return (
    <ol className="flex flex-col divide-y divide-slate-200 border-y border-slate-200">
      {transitions.map((t) => (
        <li key={t.id} className="flex flex-col gap-1 py-3 text-sm">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <TransitionKindBadge kind={t.kind} />
            <span className="font-medium text-slate-900">{t.componentName}</span>
            <span className="text-slate-800">
              <Levels from={t.fromLevel} to={t.toLevel} />
            </span>
          </div>
          {t.reason ? <p className="whitespace-pre-wrap break-words text-slate-800">{t.reason}</p> : null}
          <p className="text-slate-600">
            {t.actorName ?? "System"} ·{" "}
            <time dateTime={isoDate(t.createdAt)} title={formatDate(t.createdAt)}>
              {formatRelative(t.createdAt, now)}
            </time>
            {t.reviewId ? (
              <>
                {" · "}
                <Link href={`/reviews/${t.reviewId}`} className="text-blue-700 underline">
                  View review<span className="sr-only"> for this change of {t.componentName}</span>
                </Link>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
