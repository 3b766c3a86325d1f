import Link from "next/link";
import type { TimelineDto } from "@/lib/dal/timeline-reads";
import { ReviewStatusBadge, TransitionKindBadge } from "@/components/shared/badges";
import { formatDate } from "@/components/shared/format";
import { ScrollRegion } from "@/components/ui/scroll-region";

const d = (t: number) => <time dateTime={new Date(t).toISOString()}>{formatDate(new Date(t))}</time>;

/** The chart's facts as tables: every transition (oldest first) and every review that opened. */
export function TimelineTables({ timeline }: { timeline: TimelineDto }) {
  return (
    <div className="flex flex-col gap-6">
      {timeline.weakestLinkArchives.length > 0 ? (
        <ScrollRegion label="System level changes without a review">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="py-2 text-left text-base font-semibold text-slate-900">
              System level raised without a review (weakest link archived)
            </caption>
            <thead>
              <tr className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-600">
                <th scope="col" className="py-2 pr-3">
                  Date
                </th>
                <th scope="col" className="py-2 pr-3">
                  Archived component
                </th>
                <th scope="col" className="py-2 pr-3">
                  System level
                </th>
                <th scope="col" className="py-2">
                  Reason
                </th>
              </tr>
            </thead>
            <tbody>
              {timeline.weakestLinkArchives.map((e) => (
                <tr key={e.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">{d(e.at)}</td>
                  <th scope="row" className="py-2 pr-3 font-medium">
                    {e.componentName}
                  </th>
                  <td className="py-2 pr-3 font-mono whitespace-nowrap">
                    L{e.from ?? "—"} → L{e.to ?? "—"}
                  </td>
                  <td className="py-2 break-words">
                    {e.reason || "—"}
                    {e.actorName ? ` (${e.actorName})` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      <ScrollRegion label="Level changes table">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="py-2 text-left text-base font-semibold text-slate-900">
            Level changes, oldest first
          </caption>
          <thead>
            <tr className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-600">
              <th scope="col" className="py-2 pr-3">
                Date
              </th>
              <th scope="col" className="py-2 pr-3">
                Component
              </th>
              <th scope="col" className="py-2 pr-3">
                Change
              </th>
              <th scope="col" className="py-2 pr-3">
                Kind
              </th>
              <th scope="col" className="py-2">
                Reason
              </th>
            </tr>
          </thead>
          <tbody>
            {timeline.transitions.map((t) => (
              <tr key={t.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3 whitespace-nowrap">{d(t.at)}</td>
                <th scope="row" className="py-2 pr-3 font-medium">
                  {t.componentName}
                </th>
                <td className="py-2 pr-3 font-mono whitespace-nowrap">
                  {t.from === null ? `start L${t.to}` : `L${t.from} → L${t.to}`}
                </td>
                <td className="py-2 pr-3">
                  <TransitionKindBadge kind={t.kind} />
                </td>
                <td className="py-2 break-words">
                  {t.reason || "—"}
                  {t.reviewId ? (
                    <>
                      {" "}
                      ·{" "}
                      <Link href={`/reviews/${t.reviewId}`} className="text-blue-700 underline">
                        review<span className="sr-only"> behind this change of {t.componentName}</span>
                      </Link>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ScrollRegion label="Reviews table">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="py-2 text-left text-base font-semibold text-slate-900">Reviews, oldest first</caption>
          <thead>
            <tr className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-600">
              <th scope="col" className="py-2 pr-3">
                Review
              </th>
              <th scope="col" className="py-2 pr-3">
                Status
              </th>
              <th scope="col" className="py-2 pr-3">
                Opened
              </th>
              <th scope="col" className="py-2 pr-3">
                Closed
              </th>
              <th scope="col" className="py-2">
                Components
              </th>
            </tr>
          </thead>
          <tbody>
            {timeline.reviews.length === 0 ? (
              <tr>
                <td colSpan={5} className="py-2 italic text-slate-700">
                  No review has opened yet.
                </td>
              </tr>
            ) : (
              timeline.reviews.map((r) => (
                <tr key={r.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-3 font-medium">
                    <Link href={`/reviews/${r.id}`} className="text-blue-700 underline">
                      Level {r.level} review
                    </Link>
                  </th>
                  <td className="py-2 pr-3">
                    <ReviewStatusBadge status={r.status} />
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">{d(r.openedAt)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{r.decidedAt ? d(r.decidedAt) : "—"}</td>
                  <td className="py-2 break-words">{r.componentNames.join(", ")}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
