import { PORTFOLIO_STATS_TAG } from "@/lib/cache-tags";

/**
 * What a successful command makes stale, by name. Commands declare names (lib/commands/*), a door
 * applies them with next/cache (lib/actions/invalidate.ts): this file stays free of next/* so the
 * definitions load in Vitest and in any door. Paths with `layout` cover every page below them.
 */
type PathTarget = { readonly path: string; readonly type?: "layout" | "page" };
/** `max`: stale-while-revalidate; the next reader gets the previous entry while it recomputes. */
type TagTarget = { readonly tag: string; readonly profile: "max" };
export type TargetMeaning = { readonly paths?: readonly PathTarget[]; readonly tags?: readonly TagTarget[] };

export const INVALIDATION_TARGETS = {
  /** The projects list and every project page (card, components, requirements, reviews, timeline). */
  projects: { paths: [{ path: "/projects", type: "layout" }] },
  /** The root page (today it redirects to /projects). */
  home: { paths: [{ path: "/" }] },
  /** Review pages and the reviewer's inbox. */
  reviews: { paths: [{ path: "/reviews", type: "layout" }, { path: "/my-reviews" }] },
  /** The portfolio pages, whose target statuses read the live target. */
  portfolio: { paths: [{ path: "/portfolio", type: "layout" }] },
  /**
   * The cached tag list of the portfolio and analytics filter forms. (Analytics and the median
   * pace are no longer cached: they read roll-ups kept by a database trigger, see
   * lib/dal/portfolio/analytics.ts; the list below predates that and is kept as it costs nothing.)
   * Applied by a door after a successful command, never by the DAL: the DAL runs under
   * Vitest too, where next/cache has no request store and would throw.
   *
   * Which commands declare it — only those that change a cached figure, because one recomputation
   * costs 2–4 s of Postgres CPU at 10,000 projects (docs/benchmarks.md):
   * - level transitions: graduations (the vote that decides a review), switchbacks of every kind,
   *   a version bump that moved a component back, components created, imported or archived
   *   (projects per level), a research track made by a key decision;
   * - reviews opened (submitted), decided (by the last vote), withdrawn: pass rates and overdue;
   * - projects created, edited (tags, track) or archived: projects per level, the tag list.
   * Not: draft edits, votes that do not decide, card and requirement edits, tasks, debriefs, pausing
   * or resuming (paused projects count like active ones; only archived ones drop out), targets
   * (statuses are computed per request from the live target and the cached pace; no cached figure
   * reads a target). The overdue-by-member list counts unvoted seats, so it can lag a vote or a
   * card re-pin by up to STATS_MAX_AGE_SECONDS; accepted.
   * lib/commands/portfolio-stats.test.ts holds the table.
   *
   * `revalidateTag(tag, "max")`, not `updateTag(tag)`: whoever acts is on a project or review
   * page, which reads no cached aggregate, so read-your-own-writes buys nothing; "max" marks the
   * entry stale and the next analytics or portfolio visit gets the previous figures at once while
   * one recomputation runs in the background, instead of waiting 2–4 s for it (updateTag expires
   * the entry, so that visit would block).
   */
  portfolioStats: { tags: [{ tag: PORTFOLIO_STATS_TAG, profile: "max" }] },
  /** The signed-in user's own account page (two-factor status, recovery codes left). */
  account: { paths: [{ path: "/account" }] },
  /** User administration: users, their roles and two-factor, the organisation's sign-in policy. */
  adminUsers: { paths: [{ path: "/admin/users" }] },
  /** The ethics checklist's versions. */
  adminEthics: { paths: [{ path: "/admin/ethics" }] },
  /** The level definitions' versions and their diff. */
  adminLevels: { paths: [{ path: "/admin/levels" }] },
  /** The notification bell sits in the header of the root layout, so: every page. */
  notifications: { paths: [{ path: "/", type: "layout" }] },
  /** Webhook lists and delivery logs: the organisation's (admin) and each project's. */
  webhooks: {
    paths: [
      { path: "/admin/webhooks", type: "layout" },
      { path: "/projects", type: "layout" },
    ],
  },
} as const satisfies Record<string, TargetMeaning>;

export type InvalidationTarget = keyof typeof INVALIDATION_TARGETS;
