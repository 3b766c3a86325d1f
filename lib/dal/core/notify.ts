import "server-only";
import type { Tx } from "@/lib/dal/core/audit";

/**
 * Write side of in-app notifications. Rows are inserted with the transaction of the event they
 * announce, so nobody is told about a change that rolled back (e-mail, if any, goes after commit
 * by reading rows whose emailedAt is null).
 */
export type NotificationKind =
  | "review.seat_assigned"
  | "review.chair_confirmation"
  | "review.decided"
  | "review.vote_stale"
  | "review.withdrawn"
  | "review.tasks_done"
  | "review.comment"
  | "project.research_track"
  | "project.member_added"
  | "project.weakest_link_archived"
  | "review.reminder_due_soon"
  | "review.reminder_overdue"
  | "review.escalation"
  | "project.held"
  | "project.stopped"
  | "requirement.regressed"
  | "project.monitoring_alert"
  | "webhook.disabled";

export type NotificationInput = {
  kind: NotificationKind;
  title: string;
  body?: string;
  url?: string | null;
  projectId?: string | null;
  reviewId?: string | null;
};

/** One notification per distinct user; returns how many were written. */
export async function notifyUsers(tx: Tx, userIds: readonly string[], n: NotificationInput): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: unique.map((userId) => ({
      userId,
      kind: n.kind,
      title: n.title,
      body: n.body ?? "",
      url: n.url ?? null,
      projectId: n.projectId ?? null,
      reviewId: n.reviewId ?? null,
    })),
  });
  return count;
}

export const projectUrl = (slug: string) => `/projects/${slug}`;
export const reviewUrl = (slug: string, reviewId: string) => `/projects/${slug}/reviews/${reviewId}`;
