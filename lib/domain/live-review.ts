import { differenceInCalendarDays } from "date-fns";
import type { CardSection, ReviewStatus } from "./vocabulary";

/**
 * The project page's summary of a live (draft or open) review: how far the panel is, whether it
 * is late, and what the researcher still owes before the panel can decide (docs/rules.md).
 */
export type LiveReviewInput = {
  status: ReviewStatus;
  pinRound: number;
  dueAt: Date | null;
  seatCount: number;
  /** Every vote of the review, of any pin round. */
  votes: readonly { pinRound: number }[];
  unconfirmedItems: readonly string[];
  requiredSections: readonly CardSection[];
  filledSections: readonly CardSection[];
  /** Tasks of the project's returned reviews not marked done yet. */
  openReturnTasks: number;
};

export type LiveReviewSummary = {
  currentVotes: number;
  seatCount: number;
  staleVotes: number;
  /** Days until the due date (0 = today); negative when overdue; null without a due date. */
  dueInDays: number | null;
  overdueDays: number;
  owes: { unconfirmedItems: number; missingSections: CardSection[]; openReturnTasks: number };
  /** True when the researcher owes nothing listed above. */
  settled: boolean;
};

export function summariseLiveReview(r: LiveReviewInput, now: Date): LiveReviewSummary {
  const current = r.status === "open" ? r.votes.filter((v) => v.pinRound === r.pinRound).length : 0;
  const stale = r.status === "open" ? r.votes.filter((v) => v.pinRound < r.pinRound).length : 0;
  const dueInDays = r.dueAt ? differenceInCalendarDays(r.dueAt, now) : null;
  const filled = new Set(r.filledSections);
  const owes = {
    unconfirmedItems: r.unconfirmedItems.length,
    missingSections: r.requiredSections.filter((s) => !filled.has(s)),
    openReturnTasks: r.openReturnTasks,
  };
  return {
    currentVotes: current,
    seatCount: r.seatCount,
    staleVotes: stale,
    dueInDays,
    overdueDays: dueInDays !== null && dueInDays < 0 ? -dueInDays : 0,
    owes,
    settled: owes.unconfirmedItems === 0 && owes.missingSections.length === 0 && owes.openReturnTasks === 0,
  };
}
