import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Decision } from "@/lib/domain/decision";
import { decideSeatPanel } from "@/lib/domain/draft-edit";
import { levelDefinition } from "@/lib/domain/levels";
import { carryChairConfirmation } from "@/lib/domain/seat-eligibility";
import type { SeatPanelData } from "@/lib/schemas/review";
import { writeAudit } from "@/lib/dal/core/audit";
import { notifyChairAwaitingConfirmation } from "@/lib/dal/reviews/chair-confirmation";
import { definitionsByVersion } from "@/lib/dal/reviews/definitions";
import {
  domainSeats,
  loadReviewForUpdate,
  memberRoleIn,
  memberUserIds,
  updateReview,
} from "@/lib/dal/reviews/snapshot";
import { permit, runTransaction, toActor, unwrap } from "@/lib/dal/core/transaction";

export type SeatPanelResult = {
  seats: number;
  /** The panel changed the confirmed chair seat, so its confirmation was cleared. */
  chairConfirmationCleared: boolean;
  /** The level requires a confirmed chair and the chair seat has none (managers were notified). */
  chairAwaitingConfirmation: boolean;
};

/**
 * Seats the panel of a draft: the form sends the whole panel (seats added, removed, disciplines
 * and the chair changed in one save), which replaces the stored one. Completeness (disciplines,
 * exactly one chair) is checked on submit; conflicts of interest and people who are not eligible
 * for their seat (discipline, reviewer role, admin) are refused at once. A chair confirmation
 * survives only while the chair seat stays as it was confirmed.
 */
export async function seatPanel(user: SessionUser, data: SeatPanelData): Promise<Decision<SeatPanelResult>> {
  return runTransaction(async (tx) => {
    const r = await loadReviewForUpdate(tx, data.reviewId);
    const memberRole = memberRoleIn(r, user.id);
    permit(user, "open_review", { projectMemberRole: memberRole });
    const users = await tx.user.findMany({
      where: { id: { in: data.seats.map((s) => s.userId) } },
      select: { id: true, name: true, active: true, roles: true, disciplines: true },
    });
    const seats = unwrap(
      decideSeatPanel({
        actor: toActor(user),
        memberRole,
        project: r.project,
        review: r,
        seats: data.seats.map((s) => ({ ...s, name: users.find((u) => u.id === s.userId)?.name })),
        memberUserIds: memberUserIds(r),
        holders: users.map((u) => ({
          userId: u.id,
          name: u.name,
          active: u.active,
          roles: u.roles,
          disciplines: u.disciplines,
        })),
      }),
    );
    const previous = domainSeats(r);
    const carried = carryChairConfirmation(previous, seats);
    const confirmedBefore = r.seats.find((s) => s.isChair && s.chairConfirmedAt !== null);
    // A draft has no votes, so its seats can be replaced outright (the one-chair index holds throughout).
    await tx.panelSeat.deleteMany({ where: { reviewId: r.id } });
    await tx.panelSeat.createMany({
      data: carried.seats.map((s) => ({
        reviewId: r.id,
        userId: s.userId,
        discipline: s.discipline,
        isChair: s.isChair,
        ...(s.chairConfirmed && confirmedBefore
          ? {
              chairConfirmedById: confirmedBefore.chairConfirmedById,
              chairConfirmedAt: confirmedBefore.chairConfirmedAt,
            }
          : {}),
      })),
    });
    await updateReview(tx, r, {});
    const definitions = await definitionsByVersion(tx, r.definitionsVersion);
    const required = levelDefinition(definitions, r.level)?.chairConfirmation ?? false;
    const chair = carried.seats.find((s) => s.isChair);
    const chairBefore = previous.find((s) => s.isChair);
    const awaiting = required && chair !== undefined && !chair.chairConfirmed;
    // Tell the managers once per proposed chair, not on every save of an unchanged panel.
    if (awaiting && (chairBefore?.userId !== chair.userId || chairBefore.discipline !== chair.discipline)) {
      await notifyChairAwaitingConfirmation(tx, r, { ...chair, name: users.find((u) => u.id === chair.userId)?.name });
    }
    const view = (xs: { userId: string; discipline: string; isChair: boolean; chairConfirmed?: boolean }[]) =>
      xs.map(({ userId, discipline, isChair, chairConfirmed }) => ({
        userId,
        discipline,
        isChair,
        ...(isChair ? { chairConfirmed: chairConfirmed === true } : {}),
      }));
    await writeAudit(tx, {
      actorId: user.id,
      action: "review.seat_panel",
      entityType: "review",
      entityId: r.id,
      projectId: r.projectId,
      before: { seats: view(previous) },
      after: { seats: view(carried.seats), ...(carried.cleared ? { chairConfirmationCleared: true } : {}) },
    });
    return { seats: seats.length, chairConfirmationCleared: carried.cleared, chairAwaitingConfirmation: awaiting };
  });
}
