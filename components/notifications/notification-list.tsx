"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/notification-actions";
import type { NotificationDto } from "@/lib/dal/notifications/inbox";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";

const fmt = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Newest first; unread ones are marked. Opening a link marks it read. */
export function NotificationList({
  items,
}: {
  items: (Omit<NotificationDto, "createdAt" | "readAt"> & { createdAt: string; readAt: string | null })[];
}) {
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  const { message, pending, run } = useServerAction();
  const unread = items.filter((n) => !n.readAt).length;

  async function open(id: string, url: string | null) {
    await markNotificationReadAction({ notificationId: id }).catch(() => null);
    if (url) router.push(url);
    else router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm text-slate-700">
          {unread} unread of {items.length}.
        </p>
        {unread > 0 ? (
          <Button
            variant="secondary"
            size="sm"
            disabled={pending}
            onClick={async () => {
              const r = await run(() => markAllNotificationsReadAction({}), {
                success: () => "Every notification is marked read.",
              });
              ref.current?.focus();
              if (r.ok) router.refresh();
            }}
          >
            Mark all read
          </Button>
        ) : null}
      </div>
      <ActionMessage ref={ref} message={message} />
      {items.length === 0 ? (
        <p className="text-sm italic text-slate-700">No notifications yet.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {items.map((n) => (
            <li key={n.id} className={`flex flex-col gap-1 p-3 text-sm ${n.readAt ? "" : "bg-blue-50/60"}`}>
              <div className="flex flex-wrap items-center gap-2">
                {!n.readAt ? (
                  <span className="rounded-full bg-blue-700 px-2 text-xs font-semibold text-white">New</span>
                ) : null}
                {n.url ? (
                  <Link
                    href={n.url}
                    onClick={(e) => {
                      e.preventDefault();
                      void open(n.id, n.url);
                    }}
                    className="font-medium text-blue-700 underline"
                  >
                    {n.title}
                  </Link>
                ) : (
                  <span className="font-medium text-slate-900">{n.title}</span>
                )}
              </div>
              {n.body ? <p className="text-slate-800">{n.body}</p> : null}
              <p className="text-slate-600">
                <time dateTime={n.createdAt}>{fmt.format(new Date(n.createdAt))} UTC</time>
                {n.projectName ? ` · ${n.projectName}` : ""}
                {!n.readAt && !n.url ? (
                  <>
                    {" · "}
                    <button type="button" className="text-blue-700 underline" onClick={() => void open(n.id, null)}>
                      Mark read<span className="sr-only">: {n.title}</span>
                    </button>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
