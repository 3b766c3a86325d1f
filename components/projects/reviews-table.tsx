import Link from "next/link";
import type { ReviewSummaryDto } from "@/lib/dal/projects/read-detail";
import { ReviewStatusBadge } from "@/components/shared/badges";
import { formatDate, isoDate } from "@/components/shared/format";
import { LevelPill } from "@/components/shared/level-pill";
import { ColumnHeader, RowHeader, Table, TableHead } from "@/components/ui/table";

function DateText({ date }: { date: Date | null }) {
  return date ? (
    <time dateTime={isoDate(date)}>{formatDate(date)}</time>
  ) : (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">none</span>
    </>
  );
}

/** Decided, or withdrawn: the date the review stopped being live. */
const closedAt = (r: ReviewSummaryDto) => r.decidedAt ?? r.withdrawnAt;

function ReviewLink({ r }: { r: ReviewSummaryDto }) {
  return (
    <Link href={`/reviews/${r.id}`} className="text-blue-700 underline">
      Level {r.level} review
    </Link>
  );
}

/** Newest first. A table from the md breakpoint up, a list on phones. */
export function ReviewsTable({ reviews }: { reviews: ReviewSummaryDto[] }) {
  if (reviews.length === 0) return <p className="text-sm italic text-slate-700">No reviews yet.</p>;
  return (
    <>
      <Table className="hidden md:table" caption="Gated reviews of this project, newest first">
        <TableHead>
          <ColumnHeader>Review</ColumnHeader>
          <ColumnHeader>Status</ColumnHeader>
          <ColumnHeader>Created</ColumnHeader>
          <ColumnHeader>Opened</ColumnHeader>
          <ColumnHeader last>Decided or withdrawn</ColumnHeader>
        </TableHead>
        <tbody>
          {reviews.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top text-slate-900">
              <RowHeader>
                <span className="flex items-center gap-2">
                  <LevelPill level={r.level} />
                  <ReviewLink r={r} />
                </span>
              </RowHeader>
              <td className="py-2 pr-3">
                <ReviewStatusBadge status={r.status} />
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">
                <DateText date={r.createdAt} />
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">
                <DateText date={r.openedAt} />
              </td>
              <td className="py-2 whitespace-nowrap">
                <DateText date={closedAt(r)} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>

      <ul
        className="flex flex-col divide-y divide-slate-200 border-y border-slate-200 md:hidden"
        aria-label="Gated reviews of this project, newest first"
      >
        {reviews.map((r) => (
          <li key={r.id} className="flex flex-col gap-1 py-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <LevelPill level={r.level} />
              <ReviewLink r={r} />
              <ReviewStatusBadge status={r.status} />
            </div>
            <p className="text-slate-700">
              Opened <DateText date={r.openedAt} />
              {closedAt(r) ? (
                <>
                  {" "}
                  · {r.withdrawnAt && !r.decidedAt ? "withdrawn" : "decided"} <DateText date={closedAt(r)} />
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
