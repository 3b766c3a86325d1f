import type { DiscussionThreadDto, ReviewDiscussionDto } from "@/lib/dal/reviews/read-review-discussion";
import { Badge } from "@/components/ui/badge";
import type { CommentAnchorKind } from "@/lib/domain/review-comments";
import { Markdown } from "@/components/card/markdown";
import { formatDate, isoDate, plural } from "@/components/shared/format";
import { NewThreadForm, ReplyForm, ThreadStatusButton } from "./comment-forms";

/**
 * The discussion of one card section or requirement: a disclosure (native details/summary, so it
 * opens with Enter or Space and says whether it is expanded) with the threads, their replies and
 * resolution history, and the forms the viewer may use. With "open threads only", resolved
 * threads are left out and the disclosures that hold open ones start expanded.
 */
export function AnchorDiscussion({
  discussion,
  anchorKind,
  anchorKey,
  anchorLabel,
  openOnly,
}: {
  discussion: ReviewDiscussionDto;
  anchorKind: CommentAnchorKind;
  anchorKey: string;
  anchorLabel: string;
  openOnly: boolean;
}) {
  const all = discussion.threads.filter((t) => t.anchorKind === anchorKind && t.anchorKey === anchorKey);
  const open = all.filter((t) => t.status === "open").length;
  const shown = openOnly ? all.filter((t) => t.status === "open") : all;
  if (all.length === 0 && !discussion.mayComment) return null;
  const summary =
    all.length === 0
      ? `Discuss ${anchorLabel}`
      : `Discussion of ${anchorLabel}: ${all.length} ${plural(all.length, "thread")}, ${open} open`;
  return (
    <details
      id={`discussion-${anchorKind}-${anchorKey}`}
      open={openOnly && open > 0}
      className="rounded-md border border-slate-200 bg-slate-50 text-sm"
    >
      <summary className="cursor-pointer px-3 py-2 font-medium text-blue-900 focus-visible:outline-2 focus-visible:outline-blue-700">
        {summary}
      </summary>
      <div className="flex flex-col gap-4 border-t border-slate-200 px-3 py-3">
        {shown.length > 0 ? (
          <ol className="flex flex-col gap-4" aria-label={`Threads on ${anchorLabel}`}>
            {shown.map((t, i) => (
              <Thread
                key={t.id}
                thread={t}
                label={`thread ${i + 1} on ${anchorLabel}`}
                mayReply={discussion.mayComment}
              />
            ))}
          </ol>
        ) : all.length > 0 ? (
          <p className="text-slate-700">Every thread here is resolved.</p>
        ) : null}
        {discussion.mayComment ? (
          <NewThreadForm
            reviewId={discussion.reviewId}
            anchorKind={anchorKind}
            anchorKey={anchorKey}
            anchorLabel={anchorLabel}
          />
        ) : null}
      </div>
    </details>
  );
}

function Thread({ thread, label, mayReply }: { thread: DiscussionThreadDto; label: string; mayReply: boolean }) {
  const headingId = `thread-${thread.id}-heading`;
  return (
    <li id={`thread-${thread.id}`} className="scroll-mt-20">
      <article
        aria-labelledby={headingId}
        className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-3"
      >
        <h4 id={headingId} className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900">
          <span className="first-letter:uppercase">{label}</span>
          <Badge tone={thread.status === "open" ? "amber" : "green"}>
            {thread.status === "open" ? "Open" : "Resolved"}
          </Badge>
          {thread.cardRevisionNumber !== null ? (
            <span className="text-xs font-normal text-slate-600">on revision {thread.cardRevisionNumber}</span>
          ) : null}
        </h4>
        <ol className="flex flex-col gap-3">
          {thread.comments.map((c, i) => (
            <li key={c.id} className={i > 0 ? "border-l-2 border-slate-200 pl-3" : ""}>
              <p className="text-xs text-slate-700">
                <span className="font-semibold text-slate-900">{c.authorName}</span>
                {i === 0 ? " wrote" : " replied"} on{" "}
                <time dateTime={isoDate(c.createdAt)}>{formatDate(c.createdAt)}</time>
              </p>
              <Markdown text={c.body} />
            </li>
          ))}
        </ol>
        {thread.events.length > 0 ? (
          <ul className="flex flex-col gap-1 text-xs text-slate-700" aria-label={`History of ${label}`}>
            {thread.events.map((e, i) => (
              <li key={i}>
                {e.kind === "resolved" ? "Resolved" : "Reopened"} by {e.actorName} on{" "}
                <time dateTime={isoDate(e.createdAt)}>{formatDate(e.createdAt)}</time>
              </li>
            ))}
          </ul>
        ) : null}
        {thread.mayResolve ? <ThreadStatusButton threadId={thread.id} status={thread.status} label={label} /> : null}
        {mayReply ? <ReplyForm threadId={thread.id} label={label} /> : null}
      </article>
    </li>
  );
}

/** The review header's and the vote rail's count, linking to the open threads. */
export function OpenThreadsLink({ discussion, className }: { discussion: ReviewDiscussionDto; className?: string }) {
  if (discussion.threads.length === 0) return null;
  const n = discussion.openCount;
  return (
    <a href={`/reviews/${discussion.reviewId}?threads=open#card`} className={className ?? "text-blue-700 underline"}>
      {n} open {plural(n, "thread")}
    </a>
  );
}

/**
 * Under the review's heading: how many threads are open, the "open threads only" filter (a link,
 * so the filtered view has a URL and works without script) and, when so, why the discussion is
 * read-only.
 */
export function DiscussionFilter({ discussion, openOnly }: { discussion: ReviewDiscussionDto; openOnly: boolean }) {
  const total = discussion.threads.length;
  if (total === 0 && !discussion.closedReason) return null;
  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-800"
      role="group"
      aria-label="Discussion"
    >
      {total > 0 ? (
        <span>
          <strong>
            {discussion.openCount} open {plural(discussion.openCount, "thread")}
          </strong>{" "}
          of {total} in the discussion.
        </span>
      ) : null}
      {total > 0 ? (
        openOnly ? (
          <a href={`/reviews/${discussion.reviewId}#card`} className="text-blue-700 underline">
            Show all threads
          </a>
        ) : (
          <a href={`/reviews/${discussion.reviewId}?threads=open#card`} className="text-blue-700 underline">
            Show open threads only
          </a>
        )
      ) : null}
      {discussion.closedReason && total > 0 ? <span className="text-slate-700">{discussion.closedReason}</span> : null}
    </div>
  );
}
