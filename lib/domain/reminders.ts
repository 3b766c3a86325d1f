/**
 * Reminders and escalation for open reviews with a due date (pure: the job passes `now`).
 *
 * - due_soon: from `daysBefore` days before the due date until it passes, each seat holder who
 *   has no vote in the current pin round is reminded once;
 * - overdue: once the due date has passed, each seat holder still without a current vote is
 *   reminded once more (a job that missed the due_soon window sends only this one);
 * - escalation: `overdueDays` days after the due date (the level's setting, else the org's), the
 *   chair, the project's owners and the managers are told which votes are missing.
 * "Once" is per person, kind, review and pin round: a re-pin makes every vote stale, so the panel
 * owes new votes and is reminded again. The job records each sent reminder under that key.
 */

export type ReminderKind = "due_soon" | "overdue" | "escalation";

export const REMINDER_NOTIFICATION_KIND: Record<ReminderKind, string> = {
  due_soon: "review.reminder_due_soon",
  overdue: "review.reminder_overdue",
  escalation: "review.escalation",
};

export type ReminderSettings = {
  /** Days before the due date when the first reminder goes (default 1). */
  daysBefore: number;
};

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { daysBefore: 1 };

export type ReminderReview = {
  id: string;
  status: string;
  dueAt: Date | null;
  pinRound: number;
  /** Days past the due date before escalation: the level's `overdueDays` (lib/domain/levels overdueDaysOf). */
  overdueDays: number;
  seats: { userId: string; isChair: boolean; votedThisRound: boolean }[];
  /** Project owners and managers: told on escalation along with the chair. */
  escalateTo: string[];
};

export type DueReminder = { reviewId: string; userId: string; kind: ReminderKind; pinRound: number };

const DAY_MS = 86_400_000;

export function dueReminders(reviews: readonly ReminderReview[], settings: ReminderSettings, now: Date): DueReminder[] {
  const out: DueReminder[] = [];
  for (const r of reviews) {
    if (r.status !== "open" || !r.dueAt) continue;
    const due = r.dueAt.getTime();
    const t = now.getTime();
    const missing = r.seats.filter((s) => !s.votedThisRound);
    if (missing.length === 0) continue;
    const add = (userId: string, kind: ReminderKind) =>
      out.push({ reviewId: r.id, userId, kind, pinRound: r.pinRound });
    if (t >= due) for (const s of missing) add(s.userId, "overdue");
    else if (t >= due - settings.daysBefore * DAY_MS) for (const s of missing) add(s.userId, "due_soon");
    if (t >= due + r.overdueDays * DAY_MS) {
      const chairs = r.seats.filter((s) => s.isChair).map((s) => s.userId);
      for (const userId of new Set([...chairs, ...r.escalateTo])) add(userId, "escalation");
    }
  }
  return out;
}

export type ReminderContext = {
  level: number;
  kind: "gate" | "entry";
  projectName: string;
  dueAt: Date;
  /** Names of the seat holders without a current vote. */
  missing: string[];
  seats: number;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Title and body of a reminder: which review, what is owed, the due date. */
export function reminderMessage(kind: ReminderKind, c: ReminderContext, now: Date): { title: string; body: string } {
  const review = `the ${c.kind === "entry" ? "entry" : "gate"} review of ${c.projectName} at L${c.level}`;
  const late = Math.max(0, Math.floor((now.getTime() - c.dueAt.getTime()) / DAY_MS));
  if (kind === "due_soon")
    return {
      title: `Your vote is due ${day(c.dueAt)}: ${c.projectName} L${c.level}`,
      body: `You hold a seat on ${review}, due ${day(c.dueAt)}, and have not voted on the current pin. Cast your vote (graduate, or return with tasks) before the due date.`,
    };
  if (kind === "overdue")
    return {
      title: `Overdue: your vote on ${c.projectName} L${c.level}`,
      body: `You hold a seat on ${review}. It was due ${day(c.dueAt)} and still needs your vote on the current pin.`,
    };
  return {
    title: `Escalation: ${c.projectName} L${c.level} review overdue${late ? ` by ${late} day${late === 1 ? "" : "s"}` : ""}`,
    body: `${review[0]!.toUpperCase()}${review.slice(1)} was due ${day(c.dueAt)}. ${c.missing.length} of ${c.seats} votes missing: ${c.missing.join(", ")}.`,
  };
}
