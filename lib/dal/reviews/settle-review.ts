import "server-only";
import { decideGraduation } from "@/lib/domain/transitions";
import { decideOutcome, type Outcome } from "@/lib/domain/votes";
import type { Tx } from "@/lib/dal/core/audit";
import { confirmEntryClaims } from "@/lib/dal/components/claims";
import { applyTransitions } from "@/lib/dal/core/level-transitions";
import { notifyUsers, reviewUrl } from "@/lib/dal/core/notify";
import { lockComponents } from "@/lib/dal/reviews/supersession";
import {
  componentIdsOf,
  ownerUserIds,
  reviewPin,
  storedVote,
  updateReview,
  type ReviewSnapshot,
} from "@/lib/dal/reviews/snapshot";
import { unwrap } from "@/lib/dal/core/transaction";

/**
 * Decides an open review once its panel has voted, inside the vote's transaction (the review row is
 * already locked). Exactly once, by four guards: the row lock queues concurrent votes, so only the
 * last vote sees a complete panel; compare-and-set open → decided; one ReviewDecision per review
 * (primary key); one transition per component per review (unique index), each moving the
 * component off level N by compare-and-set. Only votes of the current pin round count.
 */
export async function settleReview(tx: Tx, r: ReviewSnapshot, actorId: string, now: Date): Promise<Outcome> {
  const votes = await tx.vote.findMany({
    where: { reviewId: r.id, pinRound: r.pinRound },
    select: {
      voterId: true,
      choice: true,
      cardRevisionId: true,
      componentPins: true,
      tasks: { orderBy: { position: "asc" }, select: { text: true, metric: true, target: true } },
    },
  });
  const outcome = decideOutcome({ seats: r.seats, votes: votes.map(storedVote), currentPin: reviewPin(r) });
  if (outcome.status === "pending") return outcome;
  // Serialises this decision with commands on earlier reviews of these components (supersession.ts).
  await lockComponents(tx, componentIdsOf(r));

  await updateReview(tx, r, { status: outcome.status, decidedAt: now });
  await tx.reviewDecision.create({
    data: { reviewId: r.id, outcome: outcome.status, pinRound: r.pinRound, decidedAt: now },
  });
  if (outcome.status === "graduated" && r.kind === "entry") {
    await confirmEntryClaims(tx, r, outcome, actorId, now);
  } else if (outcome.status === "graduated") {
    const components = await tx.component.findMany({
      where: { id: { in: componentIdsOf(r) } },
      select: { id: true, level: true },
    });
    const transitions = unwrap(
      decideGraduation({
        review: { id: r.id, status: r.status, level: r.level, componentIds: componentIdsOf(r) },
        outcome,
        components,
      }),
    );
    await applyTransitions(tx, { projectId: r.projectId, actorId, now, transitions });
  } else {
    await tx.reviewTask.createMany({
      data: outcome.tasks.map((t, i) => ({
        reviewId: r.id,
        position: i + 1,
        text: t.text,
        metric: t.metric ?? null,
        target: t.target ?? null,
      })),
    });
  }
  await notifyUsers(tx, [r.authorId, ...ownerUserIds(r), ...r.seats.map((s) => s.userId)], {
    kind: "review.decided",
    title: `The level ${r.level} review of ${r.project.name} ${outcome.status === "graduated" ? "graduated" : "was returned"}`,
    body:
      outcome.status === "graduated"
        ? r.kind === "entry"
          ? `Every reviewed component's claimed level ${r.level} is confirmed.`
          : `Every reviewed component moves to level ${r.level + 1}.`
        : `${outcome.tasks.length} task${outcome.tasks.length === 1 ? "" : "s"} to do before the next review.`,
    url: reviewUrl(r.project.slug, r.id),
    projectId: r.projectId,
    reviewId: r.id,
  });
  return outcome;
}
