import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Decision } from "@/lib/domain/decision";
import { levelDefinition } from "@/lib/domain/levels";
import type { Seat } from "@/lib/domain/panel";
import { decideConfirmChair } from "@/lib/domain/seat-eligibility";
import { DISCIPLINE_LABELS } from "@/lib/domain/vocabulary";
import type { ConfirmChairData } from "@/lib/schemas/review";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { notifyUsers, reviewUrl } from "@/lib/dal/core/notify";
import { definitionsByVersion } from "@/lib/dal/reviews/definitions";
import {
  domainSeats,
  loadReviewForUpdate,
  memberRoleIn,
  memberUserIds,
  ownerUserIds,
  seatHolders,
  updateReview,
  type ReviewSnapshot,
} from "@/lib/dal/reviews/snapshot";
import { expectOne, permit, runTransaction, toActor, unwrap } from "@/lib/dal/core/transaction";

/**
 * Chair confirmation (levels whose definition sets `chairConfirmation`): the project proposes the
 * panel, a manager or an admin confirms its chair before the review can open.
 */

/** Tells the managers (not members of the project, not the chair) that a draft's chair awaits them. */
export async function notifyChairAwaitingConfirmation(tx: Tx, r: ReviewSnapshot, chair: Seat): Promise<void> {
  const managers = await tx.user.findMany({ where: { active: true, roles: { has: "manager" } }, select: { id: true } });
  const exclude = new Set([...memberUserIds(r), chair.userId]);
  await notifyUsers(
    tx,
    managers.map((m) => m.id).filter((id) => !exclude.has(id)),
    {
      kind: "review.chair_confirmation",
      title: `Chair awaiting confirmation: level ${r.level} review of ${r.project.name}`,
      body: `The project proposes ${chair.name?.trim() || "a reviewer"} (${DISCIPLINE_LABELS[chair.discipline]}) as chair. A manager or an admin confirms the chair before the review can open.`,
      url: reviewUrl(r.project.slug, r.id),
      projectId: r.projectId,
      reviewId: r.id,
    },
  );
}

/** Confirms the chair seat the confirmer saw; refused if it changed meanwhile (stale page). */
export async function confirmChair(user: SessionUser, data: ConfirmChairData): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    const r = await loadReviewForUpdate(tx, data.reviewId);
    const memberRole = memberRoleIn(r, user.id);
    permit(user, "confirm_chair", { projectMemberRole: memberRole });
    const definitions = await definitionsByVersion(tx, r.definitionsVersion);
    const { chair } = unwrap(
      decideConfirmChair({
        actor: toActor(user),
        memberRole,
        review: r,
        required: levelDefinition(definitions, r.level)?.chairConfirmation ?? false,
        seats: domainSeats(r),
        holders: seatHolders(r),
        seen: { userId: data.chairUserId, discipline: data.discipline },
      }),
    );
    const seat = r.seats.find((s) => s.userId === chair.userId)!;
    const now = new Date();
    const { count } = await tx.panelSeat.updateMany({
      where: { id: seat.id, isChair: true, chairConfirmedAt: null },
      data: { chairConfirmedById: user.id, chairConfirmedAt: now },
    });
    expectOne(count, `chair seat ${seat.id} unconfirmed`);
    await updateReview(tx, r, {});
    await notifyUsers(tx, [r.authorId, ...ownerUserIds(r)], {
      kind: "review.chair_confirmation",
      title: `Chair confirmed: level ${r.level} review of ${r.project.name}`,
      body: `${user.name} confirmed ${seat.user.name} (${DISCIPLINE_LABELS[seat.discipline]}) as chair. The review can be submitted.`,
      url: reviewUrl(r.project.slug, r.id),
      projectId: r.projectId,
      reviewId: r.id,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "review.confirm_chair",
      entityType: "review",
      entityId: r.id,
      projectId: r.projectId,
      before: { chair: { userId: seat.userId, discipline: seat.discipline, confirmed: false } },
      after: {
        chair: { userId: seat.userId, discipline: seat.discipline, confirmed: true, confirmedAt: now.toISOString() },
      },
    });
    return { id: r.id };
  });
}
