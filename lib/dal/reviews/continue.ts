import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Decision } from "@/lib/domain/decision";
import { levelDefinition } from "@/lib/domain/levels";
import { decideConfirmCarried, decideContinueReview, type Dropped } from "@/lib/domain/review-continue";
import type { ConfirmCarriedData, ReviewIdData } from "@/lib/schemas/review";
import { writeAudit } from "@/lib/dal/core/audit";
import { latestDefinitions, latestEthicsTemplate } from "@/lib/dal/reviews/definitions";
import {
  componentIdsOf,
  domainSeats,
  liveReviewsOf,
  loadReviewForUpdate,
  memberRoleIn,
  memberUserIds,
  seatHolders,
  updateReview,
} from "@/lib/dal/reviews/snapshot";
import { lockedSupersessionOf } from "@/lib/dal/reviews/supersession";
import { lockProject, permit, runTransaction, toActor, unwrap } from "@/lib/dal/core/transaction";

export type ContinueResult = {
  id: string;
  droppedComponents: Dropped[];
  droppedSeats: Dropped[];
  chairDropped: boolean;
  unconfirmed: number;
};

/**
 * Starts the next review from a returned one whose tasks are done: a new draft at the same level
 * with the components still eligible, the criteria checks, ethics answers and the still-eligible
 * panel carried over, each carried item waiting for re-confirmation. The old review's row lock
 * serialises double clicks (the second sees the first's draft and is refused), and the unique
 * continues_review_id backs that up. The new draft pins the latest definitions and template, like
 * any new draft: criteria or ethics items they no longer list are not carried.
 */
export async function continueReview(user: SessionUser, data: ReviewIdData): Promise<Decision<ContinueResult>> {
  return runTransaction(async (tx) => {
    const r = await loadReviewForUpdate(tx, data.reviewId);
    const memberRole = memberRoleIn(r, user.id);
    permit(user, "open_review", { projectMemberRole: memberRole });
    // Competes with new drafts for the components: queue behind them on the project row.
    await lockProject(tx, r.projectId);
    const old = await tx.review.findUniqueOrThrow({
      where: { id: r.id },
      select: {
        tasks: { select: { doneAt: true }, orderBy: { position: "asc" } },
        criteria: { select: { criterionKey: true, state: true, evidenceUrl: true, note: true, naReason: true } },
        ethicsAnswers: { select: { itemKey: true, answer: true, note: true } },
        continuedBy: { select: { id: true, status: true } },
      },
    });
    const supersession = await lockedSupersessionOf(tx, r.id, componentIdsOf(r));
    const components = await tx.component.findMany({
      where: { projectId: r.projectId },
      select: { id: true, name: true, level: true, claimedLevel: true, status: true },
    });
    const definitions = await latestDefinitions(tx);
    const template = await latestEthicsTemplate(tx);
    const criterionKeys = (levelDefinition(definitions, r.level)?.criteria ?? []).map((c) => c.key);
    const plan = unwrap(
      decideContinueReview({
        actor: toActor(user),
        memberRole,
        project: { id: r.projectId, status: r.project.status, memberUserIds: memberUserIds(r) },
        review: {
          id: r.id,
          status: r.status,
          level: r.level,
          kind: r.kind,
          decidedAt: supersession.review.decidedAt,
          componentIds: componentIdsOf(r),
          continuedBy: old.continuedBy,
        },
        tasks: old.tasks,
        otherDecided: supersession.otherDecided,
        liveReviews: await liveReviewsOf(tx, r.projectId),
        components,
        seats: domainSeats(r),
        holders: seatHolders(r),
        criterionKeys,
        criteria: old.criteria.map((c) => ({ ...c, key: c.criterionKey })),
        ethicsItemKeys: template.items.map((i) => i.key),
        ethics: old.ethicsAnswers.map((e) => ({ key: e.itemKey, answer: e.answer, note: e.note })),
      }),
    );
    const versions = await tx.component.findMany({
      where: { id: { in: plan.componentIds } },
      select: { id: true, level: true, codeVersion: true, modelVersion: true, dataVersion: true },
    });
    const carried = (key: string) => plan.criteria.find((c) => c.key === key);
    const created = await tx.review.create({
      data: {
        projectId: r.projectId,
        level: plan.level,
        kind: plan.kind,
        status: "draft",
        authorId: user.id,
        definitionsVersion: definitions.version,
        ethicsTemplateId: template.id,
        continuesReviewId: r.id,
        unconfirmedItems: plan.unconfirmed,
        components: {
          create: versions.map((c) => ({
            componentId: c.id,
            levelAtOpen: c.level,
            codeVersion: c.codeVersion,
            modelVersion: c.modelVersion,
            dataVersion: c.dataVersion,
          })),
        },
        criteria: {
          create: criterionKeys.map((key) => {
            const c = carried(key);
            return c
              ? {
                  criterionKey: key,
                  state: c.state,
                  evidenceUrl: c.evidenceUrl ?? null,
                  note: c.note ?? null,
                  naReason: c.naReason ?? null,
                }
              : { criterionKey: key };
          }),
        },
        ethicsAnswers: { create: plan.ethics.map((e) => ({ itemKey: e.key, answer: e.answer, note: e.note ?? "" })) },
        seats: {
          create: plan.seats.map((s) => ({ userId: s.userId, discipline: s.discipline, isChair: s.isChair })),
        },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "review.continue",
      entityType: "review",
      entityId: created.id,
      projectId: r.projectId,
      after: {
        status: "draft",
        continues: r.id,
        level: plan.level,
        componentIds: plan.componentIds,
        droppedComponents: plan.droppedComponents,
        seats: plan.seats.map((s) => ({ userId: s.userId, discipline: s.discipline, isChair: s.isChair })),
        droppedSeats: plan.droppedSeats,
        chairDropped: plan.chairDropped,
        unconfirmed: plan.unconfirmed,
        definitionsVersion: definitions.version,
        ethicsTemplateVersion: template.version,
      },
    });
    return {
      id: created.id,
      droppedComponents: plan.droppedComponents,
      droppedSeats: plan.droppedSeats,
      chairDropped: plan.chairDropped,
      unconfirmed: plan.unconfirmed.length,
    };
  });
}

/** The author re-confirms carried items of a draft (compare-and-set on the review version). */
export async function confirmCarriedItems(
  user: SessionUser,
  data: ConfirmCarriedData,
): Promise<Decision<{ id: string; remaining: number }>> {
  return runTransaction(async (tx) => {
    const r = await loadReviewForUpdate(tx, data.reviewId);
    const memberRole = memberRoleIn(r, user.id);
    permit(user, "open_review", { projectMemberRole: memberRole });
    const { remaining } = unwrap(
      decideConfirmCarried({ actor: toActor(user), memberRole, review: r, items: data.items }),
    );
    const confirmed = r.unconfirmedItems.filter((i) => !remaining.includes(i));
    if (confirmed.length === 0) return { id: r.id, remaining: remaining.length };
    await updateReview(tx, r, { unconfirmedItems: remaining });
    await writeAudit(tx, {
      actorId: user.id,
      action: "review.confirm_carried",
      entityType: "review",
      entityId: r.id,
      projectId: r.projectId,
      before: { unconfirmed: r.unconfirmedItems },
      after: { unconfirmed: remaining, confirmed },
    });
    return { id: r.id, remaining: remaining.length };
  });
}
