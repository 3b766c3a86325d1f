import type { Metadata } from "next";
import Link from "next/link";
import { InboxList } from "@/components/reviews/inbox-list";
import { Section } from "@/components/projects/section";
import { getChairsAwaiting } from "@/lib/dal/reviews/read-chair-confirmation";
import { getInbox } from "@/lib/dal/reviews/read-inbox";

export const metadata: Metadata = { title: "My reviews" };

export default async function MyReviewsPage() {
  const now = new Date();
  const inbox = await getInbox({ now });
  const chairs = await getChairsAwaiting();
  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="text-2xl font-bold text-slate-900">My reviews</h1>
        <p className="mt-1 text-sm text-slate-700">
          What you owe as a panel member (overdue first), and the reviews you requested.
        </p>
      </header>
      {chairs.length > 0 ? (
        <Section id="chairs" title={`Chairs awaiting your confirmation (${chairs.length})`}>
          <ul aria-label="Chairs awaiting confirmation" className="flex flex-col gap-2 text-sm">
            {chairs.map((c) => (
              <li key={c.reviewId}>
                <Link
                  href={`/reviews/${c.reviewId}#chair-confirmation`}
                  className="font-medium text-blue-700 underline-offset-2 hover:underline"
                >
                  Level {c.level} review of {c.project.name}
                </Link>{" "}
                — proposed chair: {c.chairLabel}, {c.chairName}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="owed" title={`Waiting for you (${inbox.owed.length})`}>
        <InboxList items={inbox.owed} now={now} label="Reviews waiting for you" empty="Nothing is waiting for you." />
      </Section>
      <Section id="waiting" title={`Voted, waiting for the panel (${inbox.waiting.length})`}>
        <InboxList
          items={inbox.waiting}
          now={now}
          label="Reviews you voted on"
          empty="No open review is waiting for other panel members."
        />
      </Section>
      <Section id="requested" title={`Reviews you requested or own (${inbox.requested.length})`}>
        <InboxList
          items={inbox.requested}
          now={now}
          label="Reviews you requested"
          empty="You have no live or recent reviews of your own."
        />
      </Section>
    </div>
  );
}
