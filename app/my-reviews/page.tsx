import type { Metadata } from "next";
import { InboxList } from "@/components/reviews/inbox-list";
import { Section } from "@/components/projects/section";
import { getInbox } from "@/lib/dal/review-inbox-reads";

export const metadata: Metadata = { title: "My reviews" };

export default async function MyReviewsPage() {
  const now = new Date();
  const inbox = await getInbox({ now });
  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="text-2xl font-bold text-slate-900">My reviews</h1>
        <p className="mt-1 text-sm text-slate-700">What you owe as a panel member (overdue first), and the reviews you requested.</p>
      </header>
      <Section id="owed" title={`Waiting for you (${inbox.owed.length})`}>
        <InboxList items={inbox.owed} now={now} label="Reviews waiting for you" empty="Nothing is waiting for you." />
      </Section>
      <Section id="waiting" title={`Voted, waiting for the panel (${inbox.waiting.length})`}>
        <InboxList items={inbox.waiting} now={now} label="Reviews you voted on" empty="No open review is waiting for other panel members." />
      </Section>
      <Section id="requested" title={`Reviews you requested or own (${inbox.requested.length})`}>
        <InboxList items={inbox.requested} now={now} label="Reviews you requested" empty="You have no live or recent reviews of your own." />
      </Section>
    </div>
  );
}
