"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { continueReviewAction } from "@/lib/actions/review-actions";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";

type Continuation = {
  id: string;
  status: string;
  continues: { id: string; level: number; status: string } | null;
  continuedBy: { id: string; status: string } | null;
  /** The returned review's tasks, all done. */
  tasksDone: boolean;
  taskCount: number;
  /** The viewer may open reviews of this project, which is active, and no later review decided it. */
  mayStart: boolean;
};

/**
 * Where a review stands in its chain of attempts: the returned review it continues, the review
 * that continues it, and on a returned review whose tasks are done the button that starts the
 * next one from it (criteria, ethics, components and panel carried over, each to re-confirm).
 */
export function ContinuationBlock({ review }: { review: Continuation }) {
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  const { message, pending, run } = useServerAction();
  const offer = review.status === "returned" && review.continuedBy === null && review.mayStart;
  if (!review.continues && !review.continuedBy && !offer) return null;
  return (
    <section
      aria-labelledby="continuation-heading"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-800"
    >
      <h2 id="continuation-heading" className="text-xl font-semibold text-slate-900">
        {offer ? "The next review" : "Earlier and later attempts"}
      </h2>
      {review.continues ? (
        <p>
          This review continues the {review.continues.status} level {review.continues.level} review{" "}
          <Link href={`/reviews/${review.continues.id}`} className="text-blue-700 underline">
            it was started from
          </Link>
          .
        </p>
      ) : null}
      {review.continuedBy ? (
        <p>
          The next review was started from this one ({review.continuedBy.status}):{" "}
          <Link href={`/reviews/${review.continuedBy.id}`} className="text-blue-700 underline">
            open the next review
          </Link>
          .
        </p>
      ) : null}
      {offer && !review.tasksDone ? (
        <p>
          When every task above is done you can start the next review from this one, with its criteria, evidence, ethics
          answers, components and panel carried over.
        </p>
      ) : null}
      {offer && review.tasksDone ? (
        <>
          <p>
            {review.taskCount > 0 ? "Every task is done. " : ""}Start the next level review with this one&apos;s
            criteria checks, evidence, ethics answers, components and panel carried over. You re-confirm each carried
            item before submitting; people no longer eligible for their seat are left out, and you are told.
          </p>
          <ActionMessage ref={ref} message={message} />
          <div>
            <Button
              disabled={pending}
              onClick={async () => {
                const r = await run(() => continueReviewAction({ reviewId: review.id }));
                if (r.ok && r.data) router.push(`/reviews/${r.data.id}/edit`);
                else ref.current?.focus();
              }}
            >
              {pending ? "Starting the next review…" : "Start the next review from this one"}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
