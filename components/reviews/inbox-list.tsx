import Link from "next/link";
import type { InboxItemDto, Owed } from "@/lib/dal/reviews/read-inbox";
import { Badge } from "@/components/ui/badge";
import { ReviewStatusBadge } from "@/components/shared/badges";
import { formatDate, formatRelative, isoDate, plural } from "@/components/shared/format";
import { LevelPill } from "@/components/shared/level-pill";
import { disciplineLabel } from "./labels";

const OWED_LABELS: Record<Exclude<Owed, null>, string> = {
  vote: "Your vote",
  vote_again: "Vote again: your vote went stale",
  key_decision: "The key decision (you chair)",
  debrief: "The stage debrief (you chair)",
};

export function InboxList({
  items,
  empty,
  now,
  label,
}: {
  items: InboxItemDto[];
  empty: string;
  now: Date;
  label: string;
}) {
  if (items.length === 0) return <p className="text-sm italic text-slate-700">{empty}</p>;
  return (
    <ul
      aria-label={label}
      className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
    >
      {items.map((i) => (
        <li key={i.id} className="flex flex-col gap-1 p-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <LevelPill level={i.level} />
            <Link
              href={i.status === "draft" ? `/reviews/${i.id}/edit` : `/reviews/${i.id}`}
              className="font-medium text-blue-700 underline"
            >
              {i.project.name}: level {i.level} review
            </Link>
            <ReviewStatusBadge status={i.status} />
            {i.overdue ? <Badge tone="red">Overdue</Badge> : null}
          </div>
          <p className="text-slate-700">
            {i.owed ? <strong className="text-slate-900">Owed: {OWED_LABELS[i.owed]}. </strong> : null}
            {i.discipline ? (
              <>
                {i.isChair ? "Chair, " : ""}
                {disciplineLabel(i.discipline)} seat ·{" "}
              </>
            ) : null}
            {i.status === "open" ? (
              <>
                {i.votedCount} of {i.seatCount} voted ·{" "}
              </>
            ) : null}
            {i.dueAt ? (
              <>
                due{" "}
                <time dateTime={isoDate(i.dueAt)} title={formatDate(i.dueAt)}>
                  {formatRelative(i.dueAt, now)}
                </time>
              </>
            ) : i.status === "open" ? (
              "no due date"
            ) : null}
            {i.decidedAt ? (
              <>
                decided <time dateTime={isoDate(i.decidedAt)}>{formatDate(i.decidedAt)}</time>
              </>
            ) : null}
            {i.openTasks > 0 ? (
              <>
                {" "}
                · {i.openTasks} open {plural(i.openTasks, "task")}
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
