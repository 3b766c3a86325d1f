import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { decideVoteResets, type VoteReset } from "@/lib/domain/vote-resets";
import type { DbClient } from "@/lib/db-client";
import type { Tx } from "@/lib/dal/core/audit";
import { unwrap } from "@/lib/dal/core/transaction";
import type { Repinned } from "@/lib/dal/reviews/repin";

/**
 * The server half of "warn before re-pinning" (lib/domain/vote-resets.ts). Call it right after
 * the re-pin, inside the save's transaction: when the re-pin made more votes stale than the
 * editor confirmed, it throws the refusal and the whole save (revision, re-pin, notifications)
 * rolls back.
 */
export async function refuseUnconfirmedVoteResets(
  tx: Tx,
  repinned: readonly Repinned[],
  acknowledged: number,
  verb: "saved" | "published" = "saved",
): Promise<void> {
  const voterIds = repinned.flatMap((r) => r.staleVoterIds);
  if (voterIds.length <= acknowledged) return;
  const users = await tx.user.findMany({
    where: { id: { in: [...new Set(voterIds)] } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  unwrap(
    decideVoteResets({
      resets: voterIds.map((id) => ({ voterName: names.get(id) ?? "a former member" })),
      acknowledged,
      verb,
    }),
  );
}

type Db = Pick<DbClient, "review"> | Pick<Tx, "review">;

/**
 * The votes a save of the card or the requirements would reset now: every vote of the current
 * pin round of the project's open reviews (a card or requirements change re-pins each of them).
 */
export async function voteResetsFor(db: Db, projectId: string): Promise<VoteReset[]> {
  const reviews = await db.review.findMany({
    where: { projectId, status: "open" },
    orderBy: { id: "asc" },
    select: {
      pinRound: true,
      votes: { select: { pinRound: true, voter: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  return reviews.flatMap((r) =>
    r.votes.filter((v) => v.pinRound === r.pinRound).map((v) => ({ voterName: v.voter.name })),
  );
}

/** For the editing pages: who a save would make vote again, shown before the save. */
export const getVoteResets = cache(async (projectId: string): Promise<VoteReset[]> => {
  await requireUser();
  return voteResetsFor(prisma, projectId);
});
