import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { Decision } from "@/lib/domain/decision";
import { seatReasons } from "@/lib/domain/seat-eligibility";
import { decideVote, isSameVote, type RoundCards } from "@/lib/domain/votes";
import type { ReviewStatus } from "@/lib/domain/vocabulary";
import type { CastVoteData } from "@/lib/schemas/review-decision";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { settleReview } from "@/lib/dal/reviews/settle-review";
import {
  loadReviewForUpdate,
  memberRoleIn,
  reviewPin,
  seatHolders,
  seatOf,
  type ReviewSnapshot,
} from "@/lib/dal/reviews/snapshot";
import { expectOne, permit, refuseIf, runTransaction, unwrap } from "@/lib/dal/core/transaction";

export type VoteResult = {
  /** The review's status after this vote: still open, or decided by it. */
  status: ReviewStatus;
  /** "unchanged": the same vote was already recorded (a duplicate submission), nothing written. */
  recorded: "cast" | "changed" | "unchanged";
  /** Set when this vote left the review open but a vote queued behind it decided it at once. */
  decidedMeanwhile?: "graduated" | "returned";
};

/**
 * Casts or changes the voter's vote for the current pin round, then decides the review if the
 * panel is complete. `SELECT … FOR UPDATE` on the review row comes first, so votes on one review
 * run one after another and each sees the votes committed before it; the last one decides.
 * Re-sending a vote that is already recorded succeeds without writing — also after the review
 * was decided by it — so a double click or a retried request never shows the voter an error.
 */
export async function castVote(user: SessionUser, data: CastVoteData): Promise<Decision<VoteResult>> {
  const result = await recordVote(user, data);
  if (!result.ok || result.value.status !== "open") return result;
  const now = await statusAfterQueuedVotes(data.reviewId);
  return now === "graduated" || now === "returned"
    ? { ok: true, value: { ...result.value, decidedMeanwhile: now } }
    : result;
}

/**
 * Two members cast the last two votes at the same instant: the first commits with the review
 * still open, the second (queued on the row lock) decides it. Without this the first voter was
 * told "the decision comes when all seats have voted" beside a decided review. A FOR SHARE read
 * after our commit queues behind every vote already waiting for the row, so it sees their outcome.
 */
async function statusAfterQueuedVotes(reviewId: string): Promise<string | null> {
  const rows = await prisma.$queryRaw<
    { status: string }[]
  >`SELECT status::text AS status FROM reviews WHERE id = ${reviewId} FOR SHARE`;
  return rows[0]?.status ?? null;
}

/**
 * Card revision numbers for a stale-vote message: the current one from the pin, the one the voter
 * saw from any vote cast in that round (rounds keep no other record of their card).
 */
async function roundCards(tx: Tx, r: ReviewSnapshot, seenRound: number): Promise<RoundCards> {
  const seenVote = await tx.vote.findFirst({
    where: { reviewId: r.id, pinRound: seenRound, cardRevisionId: { not: null } },
    select: { cardRevisionId: true },
  });
  const number = async (id: string | null | undefined) =>
    id ? ((await tx.cardRevision.findUnique({ where: { id }, select: { number: true } }))?.number ?? null) : null;
  return { seen: await number(seenVote?.cardRevisionId), current: await number(r.pinnedCardRevisionId) };
}

async function recordVote(user: SessionUser, data: CastVoteData): Promise<Decision<VoteResult>> {
  return runTransaction(async (tx) => {
    const r = await loadReviewForUpdate(tx, data.reviewId);
    const seat = seatOf(r, user.id);
    permit(user, "vote", { projectMemberRole: memberRoleIn(r, user.id), seat });
    // The seat speaks for its discipline: a holder who lost it (or the reviewer role) since the
    // review opened cannot vote; the review is withdrawn and re-seated instead.
    if (seat)
      refuseIf(
        seatReasons(
          seat,
          r.seats.findIndex((s) => s.id === seat.id),
          seatHolders(r),
        ),
      );
    const existing = seat
      ? await tx.vote.findUnique({
          where: { seatId_pinRound: { seatId: seat.id, pinRound: r.pinRound } },
          select: {
            id: true,
            version: true,
            choice: true,
            comment: true,
            tasks: { orderBy: { position: "asc" }, select: { text: true, metric: true, target: true } },
          },
        })
      : null;
    if (existing && data.pinRound === r.pinRound && isSameVote(existing, data)) {
      return { status: r.status, recorded: "unchanged" as const };
    }
    const vote = unwrap(
      decideVote({
        review: { status: r.status, pin: reviewPin(r) },
        voterId: user.id,
        choice: data.choice,
        tasks: data.tasks,
        seenRound: data.pinRound,
        currentRound: r.pinRound,
        cards: data.pinRound === r.pinRound ? undefined : await roundCards(tx, r, data.pinRound),
      }),
    );
    const row = {
      choice: vote.choice,
      comment: data.comment,
      cardRevisionId: vote.pin.cardRevisionId,
      componentPins: vote.pin.componentVersions,
    };
    const tasks = vote.tasks.map((t, i) => ({
      position: i + 1,
      text: t.text,
      metric: t.metric ?? null,
      target: t.target ?? null,
    }));
    let voteId: string;
    if (existing) {
      // Same seat, same round: the vote is changed in place (the unique (seat, round) row).
      const { count } = await tx.vote.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...row, version: { increment: 1 } },
      });
      expectOne(count, `vote ${existing.id}`);
      await tx.voteTask.deleteMany({ where: { voteId: existing.id } });
      await tx.voteTask.createMany({ data: tasks.map((t) => ({ ...t, voteId: existing.id })) });
      voteId = existing.id;
    } else {
      const created = await tx.vote.create({
        data: {
          ...row,
          reviewId: r.id,
          seatId: seat!.id,
          voterId: user.id,
          pinRound: r.pinRound,
          tasks: { create: tasks },
        },
        select: { id: true },
      });
      voteId = created.id;
    }
    const now = new Date();
    const outcome = await settleReview(tx, r, user.id, now);
    await writeAudit(tx, {
      actorId: user.id,
      action: existing ? "review.vote_change" : "review.vote",
      entityType: "review",
      entityId: r.id,
      projectId: r.projectId,
      before: existing ? { choice: existing.choice, tasks: existing.tasks, comment: existing.comment } : null,
      after: {
        voteId,
        pinRound: r.pinRound,
        choice: vote.choice,
        tasks: vote.tasks,
        comment: data.comment,
        reviewStatus: outcome.status === "pending" ? "open" : outcome.status,
      },
    });
    return {
      status: outcome.status === "pending" ? r.status : outcome.status,
      recorded: existing ? ("changed" as const) : ("cast" as const),
    };
  });
}
