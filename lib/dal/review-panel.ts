import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Decision } from "@/lib/domain/decision";
import { decideSeatPanel } from "@/lib/domain/draft-edit";
import type { SeatPanelData } from "@/lib/schemas/review";
import { writeAudit } from "./audit";
import { domainSeats, loadReviewForUpdate, memberRoleIn, memberUserIds, updateReview } from "./reviews";
import { permit, runTransaction, toActor, unwrap } from "./transaction";

/**
 * Seats the panel of a draft: the form sends the whole panel (seats added, removed, disciplines
 * and the chair changed in one save), which replaces the stored one. Completeness (disciplines,
 * exactly one chair) is checked on submit; conflicts of interest are refused at once.
 */
export async function seatPanel(user: SessionUser, data: SeatPanelData): Promise<Decision<{ seats: number }>> {
  return runTransaction(async (tx) => {
    const r = await loadReviewForUpdate(tx, data.reviewId);
    const memberRole = memberRoleIn(r, user.id);
    permit(user, "open_review", { projectMemberRole: memberRole });
    const users = await tx.user.findMany({
      where: { id: { in: data.seats.map((s) => s.userId) }, active: true },
      select: { id: true, name: true },
    });
    const seats = unwrap(
      decideSeatPanel({
        actor: toActor(user), memberRole, project: r.project, review: r,
        seats: data.seats.map((s) => ({ ...s, name: users.find((u) => u.id === s.userId)?.name })),
        memberUserIds: memberUserIds(r),
        activeUserIds: users.map((u) => u.id),
      }),
    );
    // A draft has no votes, so its seats can be replaced outright (the one-chair index holds throughout).
    await tx.panelSeat.deleteMany({ where: { reviewId: r.id } });
    await tx.panelSeat.createMany({ data: seats.map((s) => ({ reviewId: r.id, userId: s.userId, discipline: s.discipline, isChair: s.isChair })) });
    await updateReview(tx, r, {});
    const view = (xs: { userId: string; discipline: string; isChair: boolean }[]) => xs.map(({ userId, discipline, isChair }) => ({ userId, discipline, isChair }));
    await writeAudit(tx, {
      actorId: user.id, action: "review.seat_panel", entityType: "review", entityId: r.id, projectId: r.projectId,
      before: { seats: view(domainSeats(r)) }, after: { seats: view(seats) },
    });
    return { seats: seats.length };
  });
}
