/**
 * Notification preferences: each person chooses, per category of notification, how it reaches
 * them. Every notification is always listed in the app; the channel says what e-mail follows.
 * No stored choice = e-mail, which is what everyone got before preferences existed.
 */

export const NOTIFICATION_CATEGORIES = ["review_activity", "reminders", "escalations", "decisions"] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export const NOTIFICATION_CHANNELS = ["email", "digest", "in_app"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const DEFAULT_CHANNEL: NotificationChannel = "email";

export const CATEGORY_LABELS: Record<NotificationCategory, { label: string; hint: string }> = {
  review_activity: {
    label: "Review activity",
    hint: "A seat on a panel, a chair to confirm, a vote made stale, a review withdrawn, tasks done, review comments.",
  },
  reminders: { label: "Reminders", hint: "A vote you owe on a review that is due soon or overdue." },
  escalations: {
    label: "Escalations",
    hint: "A review you chair or manage is overdue with votes missing; a critical monitoring alert on a deployed component; a level target turned at risk.",
  },
  decisions: { label: "Decisions", hint: "A review decided, a research track opened, a weakest link archived." },
};

export const CHANNEL_LABELS: Record<NotificationChannel, string> = {
  email: "In the app and by e-mail",
  digest: "In the app and in a daily digest e-mail",
  in_app: "In the app only",
};

const KIND_CATEGORY: Record<string, NotificationCategory> = {
  "review.reminder_due_soon": "reminders",
  "review.reminder_overdue": "reminders",
  "review.escalation": "escalations",
  "review.decided": "decisions",
  "project.research_track": "decisions",
  "project.weakest_link_archived": "decisions",
  "project.monitoring_alert": "escalations",
  "webhook.disabled": "escalations",
  "project.target_at_risk": "escalations",
};

/** Kinds not named above (seat assigned, chair confirmation, stale vote, …) are review activity. */
export function categoryOf(kind: string): NotificationCategory {
  return KIND_CATEGORY[kind] ?? "review_activity";
}

export type Preferences = Partial<Record<NotificationCategory, NotificationChannel>>;

export function channelFor(prefs: Preferences, kind: string): NotificationChannel {
  return prefs[categoryOf(kind)] ?? DEFAULT_CHANNEL;
}

/** Every category with its channel, defaults filled in (what the form shows). */
export function withDefaults(prefs: Preferences): Record<NotificationCategory, NotificationChannel> {
  return Object.fromEntries(NOTIFICATION_CATEGORIES.map((c) => [c, prefs[c] ?? DEFAULT_CHANNEL])) as Record<
    NotificationCategory,
    NotificationChannel
  >;
}

/** Stored rows (category and channel as text) to preferences; unknown values are ignored. */
export function toPreferences(rows: readonly { category: string; channel: string }[]): Preferences {
  const prefs: Preferences = {};
  for (const r of rows)
    if (
      (NOTIFICATION_CATEGORIES as readonly string[]).includes(r.category) &&
      (NOTIFICATION_CHANNELS as readonly string[]).includes(r.channel)
    )
      prefs[r.category as NotificationCategory] = r.channel as NotificationChannel;
  return prefs;
}
