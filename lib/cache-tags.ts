/**
 * Tags of the data cache's entries. No "server-only" here (like lib/search-params): a constant
 * that the DAL's caches and the actions refreshing them share, importable by unit tests, and
 * without next/cache, so importing it never sets up a cache.
 */

/** Tag of every cached portfolio aggregate; writers that change levels or reviews revalidate it. */
export const PORTFOLIO_STATS_TAG = "portfolio-stats";
