/**
 * The vote command under 20 concurrent voters (5 per review on 4 reviews): over HTTP as a server
 * action when the build serves castVoteAction from a page, else the DAL command in this process.
 */
import type { Pool } from "pg";
import { runLoad, type Stats } from "./load";
import type { Server } from "./server";
import { session } from "./session";
import { findVoteAction, routeFor, setupVoteFixture, voteInput } from "./votes";

export async function measureVotes(opts: {
  pool: Pool;
  root: string;
  server: Server;
  secret: string;
  total: number;
  maxSeconds: number;
}): Promise<{ voteMode: string; voteStats: Stats; voters: number }> {
  const { pool, root, server, secret } = opts;
  const fixture = await setupVoteFixture(pool, new Date());
  const action = findVoteAction(root);
  let voteMode: string;
  let voteStats: Stats;
  if (action) {
    voteMode = `HTTP server action castVoteAction via ${action.route}`;
    const cookies = await Promise.all(fixture.voters.map((v) => session(secret, v, pool)));
    voteStats = await runLoad(
      async (w, i) => {
        const v = fixture.voters[w]!;
        const res = await fetch(server.url + routeFor(action.route, v), {
          method: "POST",
          headers: {
            cookie: cookies[w]!,
            "Next-Action": action.id,
            "Content-Type": "text/plain;charset=UTF-8",
            Accept: "text/x-component",
            Origin: server.url,
          },
          body: JSON.stringify([voteInput(v.reviewId, i)]),
        });
        const body = await res.text();
        if (res.status !== 200 || !body.includes('"ok":true'))
          throw new Error(`vote: HTTP ${res.status} ${body.slice(0, 200)}`);
      },
      { concurrency: fixture.voters.length, total: opts.total, maxSeconds: opts.maxSeconds },
    );
  } else {
    voteMode = "DAL command castVote() in the bench process (no page of this build serves castVoteAction yet)";
    const { castVote } = await import("@/lib/dal/reviews/cast-vote");
    voteStats = await runLoad(
      async (w, i) => {
        const v = fixture.voters[w]!;
        const d = await castVote(
          { id: v.id, email: v.email, name: v.name, roles: ["reviewer"], disciplines: ["researcher"] },
          voteInput(v.reviewId, i),
        );
        if (!d.ok) throw new Error(`vote refused: ${d.reasons.map((r) => r.message).join(" ")}`);
      },
      { concurrency: fixture.voters.length, total: opts.total, maxSeconds: opts.maxSeconds },
    );
    const db = await import("@/lib/db");
    await db.prisma.$disconnect();
    await db.pool.end();
  }
  return { voteMode, voteStats, voters: fixture.voters.length };
}
