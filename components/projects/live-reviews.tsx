import Link from "next/link";
import { formatDate, isoDate, plural } from "@/components/shared/format";
import { LevelPill } from "@/components/shared/level-pill";
import { Badge } from "@/components/ui/badge";
import type { LiveReviewDto } from "@/lib/dal/reviews/read-live-reviews";
import { CARD_SECTION_LABELS } from "@/lib/domain/vocabulary";

/** "3 days": the count and its word. */
const count = (n: number, word: string) => `${n} ${plural(n, word)}`;

function Due({ r }: { r: LiveReviewDto }) {
  if (!r.dueAt || r.dueInDays === null) return <span className="text-slate-600">No due date</span>;
  const when = <time dateTime={isoDate(r.dueAt)}>{formatDate(r.dueAt)}</time>;
  if (r.overdueDays > 0)
    return (
      <span className="font-semibold text-red-700">
        Overdue by {count(r.overdueDays, "day")} (due {when})
      </span>
    );
  return (
    <span className="text-slate-800">
      Due {when}
      {r.dueInDays === 0 ? " (today)" : ` (in ${count(r.dueInDays, "day")})`}
    </span>
  );
}

function Owes({ r }: { r: LiveReviewDto }) {
  if (r.settled) return <p className="text-sm text-slate-700">The researcher owes nothing for this review.</p>;
  const items: string[] = [];
  if (r.owes.unconfirmedItems > 0)
    items.push(`${count(r.owes.unconfirmedItems, "carried item")} to re-confirm in the draft`);
  if (r.owes.missingSections.length > 0)
    items.push(`Card sections to fill: ${r.owes.missingSections.map((s) => CARD_SECTION_LABELS[s]).join(", ")}`);
  if (r.owes.openReturnTasks > 0) items.push(`${count(r.owes.openReturnTasks, "open task")} from a returned review`);
  return (
    <div className="text-sm">
      <p className="font-medium text-slate-900">The researcher owes:</p>
      <ul className="ml-5 list-disc text-slate-800">
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </div>
  );
}

/** The top of the project page: each live review, its votes, due date and what is owed. */
export function LiveReviews({ reviews }: { reviews: LiveReviewDto[] }) {
  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby="live-review-heading" className="flex flex-col gap-2">
      <h2 id="live-review-heading" className="text-lg font-semibold text-slate-900">
        {reviews.length === 1 ? "Live review" : "Live reviews"}
      </h2>
      <ul className="flex flex-col gap-3">
        {reviews.map((r) => (
          <li key={r.id} className="flex flex-col gap-2 rounded-lg border border-blue-200 bg-blue-50 p-3">
            <div className="flex flex-wrap items-center gap-2">
              <LevelPill level={r.level} />
              <Link href={r.href} className="font-semibold text-blue-800 underline-offset-2 hover:underline">
                {r.kind === "entry" ? "Entry review" : "Review"} at level {r.level} ({r.status})
              </Link>
              {r.overdueDays > 0 ? <Badge tone="red">Overdue</Badge> : null}
              <span className="text-sm text-slate-700">{r.componentNames.join(", ")}</span>
            </div>
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {r.status === "open" ? (
                <>
                  <span className="text-slate-800">
                    Votes {r.currentVotes} of {r.seatCount}
                  </span>
                  {r.staleVotes > 0 ? (
                    <span className="text-amber-800">{count(r.staleVotes, "stale vote")} to cast again</span>
                  ) : null}
                </>
              ) : (
                <span className="text-slate-800">Draft: not yet submitted to the panel</span>
              )}
              <Due r={r} />
            </p>
            <Owes r={r} />
          </li>
        ))}
      </ul>
    </section>
  );
}
