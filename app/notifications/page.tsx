import type { Metadata } from "next";
import Link from "next/link";
import { NotificationList } from "@/components/notifications/notification-list";
import { listNotifications } from "@/lib/dal/notifications/inbox";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const items = await listNotifications();
  return (
    <div className="flex flex-col gap-6">
      <header>
        <h1 className="text-2xl font-bold text-slate-900">Notifications</h1>
        <p className="mt-1 text-sm text-slate-700">
          Panel seats, decisions, stale votes, returned tasks, reminders and escalations. With e-mail set up, each also
          arrives by e-mail, or in a daily digest, as you chose on{" "}
          <Link href="/account" className="underline">
            your account page
          </Link>
          .
        </p>
      </header>
      <NotificationList
        items={items.map((n) => ({
          ...n,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        }))}
      />
    </div>
  );
}
