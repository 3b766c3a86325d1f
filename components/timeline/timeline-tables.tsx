import Link from "next/link";
import type { TimelineDto } from "@/lib/dal/projects/read-timeline";
import { ReviewStatusBadge, TransitionKindBadge } from "@/components/shared/badges";
import { formatDate } from "@/components/shared/format";
import { CAPTION_TITLE, ColumnHeader, RowHeader, Table, TableHead } from "@/components/ui/table";

const d = (t: number) => <time dateTime={new Date(t).toISOString()}>{formatDate(new Date(t))}</time>;

/** The chart's facts as tables: every transition (oldest first) and every review that opened. */
export function TimelineTables({ timeline }: { timeline: TimelineDto }) {
  return (
    <div className="flex flex-col gap-6">
      {timeline.weakestLinkArchives.length > 0 ? (
        <Table
          region="System level changes without a review"
          caption="System level raised without a review (weakest link archived)"
          captionClassName={CAPTION_TITLE}
        >
          <TableHead>
            <ColumnHeader>Date</ColumnHeader>
            <ColumnHeader>Archived component</ColumnHeader>
            <ColumnHeader>System level</ColumnHeader>
            <ColumnHeader last>Reason</ColumnHeader>
          </TableHead>
          <tbody>
            {timeline.weakestLinkArchives.map((e) => (
              <tr key={e.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3 whitespace-nowrap">{d(e.at)}</td>
                <RowHeader>{e.componentName}</RowHeader>
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
        </Table>
      ) : null}
      <Table region="Level changes table" caption="Level changes, oldest first" captionClassName={CAPTION_TITLE}>
        <TableHead>
          <ColumnHeader>Date</ColumnHeader>
          <ColumnHeader>Component</ColumnHeader>
          <ColumnHeader>Change</ColumnHeader>
          <ColumnHeader>Kind</ColumnHeader>
          <ColumnHeader last>Reason</ColumnHeader>
        </TableHead>
        <tbody>
          {timeline.transitions.map((t) => (
            <tr key={t.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">{d(t.at)}</td>
              <RowHeader>{t.componentName}</RowHeader>
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
      </Table>
      <Table region="Reviews table" caption="Reviews, oldest first" captionClassName={CAPTION_TITLE}>
        <TableHead>
          <ColumnHeader>Review</ColumnHeader>
          <ColumnHeader>Status</ColumnHeader>
          <ColumnHeader>Opened</ColumnHeader>
          <ColumnHeader>Closed</ColumnHeader>
          <ColumnHeader last>Components</ColumnHeader>
        </TableHead>
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
                <RowHeader>
                  <Link href={`/reviews/${r.id}`} className="text-blue-700 underline">
                    Level {r.level} review
                  </Link>
                </RowHeader>
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
      </Table>
    </div>
  );
}
