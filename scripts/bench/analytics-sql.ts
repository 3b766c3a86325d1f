/**
 * The analytics page's SQL without any cache, straight to Postgres: the four queries of the
 * default view side by side (level counts, the movement figures from the roll-ups, pass rates,
 * overdue reviews), with one user and with four at once, and the portfolio's pace query; once,
 * for comparison, the from-scratch reference over the history the roll-ups replaced.
 *
 * Used by `npm run bench`; alone (`tsx scripts/bench/analytics-sql.ts [--quick]`) it measures the
 * SQL without a build or a server, e.g. on a machine too loaded for the whole bench.
 */
import "./allow-server-only";
import os from "node:os";
import { Pool } from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  levelCountsQuery,
  overdueByMemberQuery,
  passRateQuery,
  timePerLevelQuery,
  transitionStatsQuery,
} from "@/lib/dal/portfolio/analytics-queries";
import { transitionStatsFromHistoryQuery } from "@/lib/dal/portfolio/analytics-history";
import { requireDatabaseUrl } from "@/lib/database-url";
import { defaultAnalyticsRange, parseAnalyticsFilters } from "@/lib/search-params/portfolio-filters";
import { runLoad } from "./load";
import { ANALYTICS_SQL_ROW, PACE_SQL_ROW, print, type Row } from "./report";

export async function measureAnalyticsSql(pool: Pool, quick: boolean): Promise<Row[]> {
  const now = new Date();
  const f = parseAnalyticsFilters({}, now);
  const run = (q: Prisma.Sql) => pool.query(q.text, q.values as unknown[]);
  const analytics = async () => {
    await Promise.all([
      run(levelCountsQuery(f.tag)),
      run(transitionStatsQuery(f)),
      run(passRateQuery(f)),
      run(overdueByMemberQuery(f.tag, now)),
    ]);
  };
  const pace = async () => {
    await run(timePerLevelQuery({ tag: null, ...defaultAnalyticsRange(now) }));
  };
  const rows: Row[] = [];
  await runLoad(analytics, { concurrency: 2, total: 4, maxSeconds: 30 }); // warm-up
  for (const [name, task, concurrency, total] of [
    [ANALYTICS_SQL_ROW, analytics, 1, quick ? 20 : 60],
    [ANALYTICS_SQL_ROW, analytics, 4, quick ? 40 : 200],
    [PACE_SQL_ROW, pace, 1, quick ? 20 : 60],
  ] as const) {
    const row: Row = { name, concurrency, stats: await runLoad(task, { concurrency, total, maxSeconds: 60 }) };
    rows.push(row);
    print(row);
  }
  const reference: Row = {
    name: "Analytics movement SQL from the history (reference)",
    concurrency: 1,
    stats: await runLoad(() => run(transitionStatsFromHistoryQuery(f)).then(() => {}), {
      concurrency: 1,
      total: quick ? 1 : 3,
      maxSeconds: 60,
    }),
  };
  rows.push(reference);
  print(reference);
  return rows;
}

if (process.argv[1]?.endsWith("analytics-sql.ts")) {
  const pool = new Pool({ connectionString: requireDatabaseUrl(), max: 10 });
  console.log(
    `Load average before: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  measureAnalyticsSql(pool, process.argv.includes("--quick"))
    .then(() =>
      console.log(
        `Load average after: ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(" ")}`,
      ),
    )
    .finally(() => pool.end())
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
