import { revalidateTag } from "next/cache";
import { PORTFOLIO_STATS_TAG } from "@/lib/cache-tags";

/**
 * Marks the cached portfolio aggregates (analytics, the median pace behind target statuses, the
 * tag list) stale after a command that changed them. Called by actions after a successful
 * command, never by the DAL: the DAL runs under Vitest too, where next/cache has no request
 * store and would throw. Not a "use server" file, so it is no endpoint of its own.
 *
 * Which commands call it — only those that change a cached figure, because one recomputation costs
 * 2–4 s of Postgres CPU at 10,000 projects (docs/benchmarks.md):
 * - level transitions: graduations (the vote that decides a review), switchbacks of every kind,
 *   a version bump that moved a component back, components created, imported or archived
 *   (projects per level), a research track made by a key decision;
 * - reviews opened (submitted), decided (by the last vote), withdrawn: pass rates and overdue;
 * - projects created: projects per level, the tag list.
 * Not: draft edits, votes that do not decide, card and requirement edits, tasks, debriefs, pausing
 * or resuming (paused projects count like active ones; only archived ones drop out, and no command
 * archives a project yet), targets (statuses are computed per request from the live target and
 * the cached pace; no cached figure reads a target). The overdue-by-member list counts unvoted
 * seats, so it can lag a vote or a card re-pin by up to STATS_MAX_AGE_SECONDS; accepted.
 *
 * `revalidateTag(tag, "max")`, not `updateTag(tag)`: whoever acts is on a project or review
 * page, which reads no cached aggregate, so read-your-own-writes buys nothing; "max" marks the
 * entry stale and the next analytics or portfolio visit gets the previous figures at once while
 * one recomputation runs in the background, instead of waiting 2–4 s for it (updateTag expires
 * the entry, so that visit would block).
 */
export function revalidatePortfolioStats(): void {
  revalidateTag(PORTFOLIO_STATS_TAG, "max");
}
