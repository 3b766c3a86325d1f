import Link from "next/link";
import type { ReviewSummaryDto } from "@/lib/dal/projects";
import { ScrollRegion } from "@/components/card/scroll-region";
import { ReviewStatusBadge } from "./badges";
import { formatDate, isoDate } from "./format";
import { LevelPill } from "./level-pill";

function DateCell({ date }: { date: Date | null }) {
  return date ? <time dateTime={isoDate(date)}>{formatDate(date)}</time> : <><span aria-hidden="true">—</span><span className="sr-only">none</span></>;
}

export function ReviewsTable({ reviews }: { reviews: ReviewSummaryDto[] }) {
  if (reviews.length === 0) return <p className="text-sm italic text-slate-700">No reviews yet.</p>;
  return (
    <ScrollRegion label="Reviews table">
      <table className="w-full min-w-[34rem] border-collapse text-left text-sm">
        <caption className="sr-only">Gated reviews of this project, newest first</caption>
        <thead>
          <tr className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-600">
            <th scope="col" className="py-2 pr-3 font-semibold">Review</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Status</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Created</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Opened</th>
            <th scope="col" className="py-2 font-semibold">Decided</th>
          </tr>
        </thead>
        <tbody>
          {reviews.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top text-slate-900">
              <th scope="row" className="py-2 pr-3 font-medium">
                <span className="flex items-center gap-2">
                  <LevelPill level={r.level} />
                  <Link href={`/reviews/${r.id}`} className="text-blue-700 underline">
                    Level {r.level} review
                  </Link>
                </span>
              </th>
              <td className="py-2 pr-3"><ReviewStatusBadge status={r.status} /></td>
              <td className="py-2 pr-3 whitespace-nowrap"><DateCell date={r.createdAt} /></td>
              <td className="py-2 pr-3 whitespace-nowrap"><DateCell date={r.openedAt} /></td>
              <td className="py-2 whitespace-nowrap">
                <DateCell date={r.decidedAt ?? r.withdrawnAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
