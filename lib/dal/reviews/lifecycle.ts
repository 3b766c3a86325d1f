import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { Prisma } from "@/lib/generated/prisma/client";
import { normaliseCardContent } from "@/lib/domain/card-content";
import { cardSectionsFilled } from "@/lib/domain/card-sections";
import type { Decision } from "@/lib/domain/decision";
import { decideWithdraw } from "@/lib/domain/review-draft";
import { decideSubmit } from "@/lib/domain/review-submit";
import type { ReviewIdData, WithdrawReviewData } from "@/lib/schemas/review";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { notifyUsers, reviewUrl } from "@/lib/dal/core/notify";
import { definitionsByVersion, ethicsTemplateOf } from "@/lib/dal/reviews/definitions";
import {
  componentIdsOf,
  domainSeats,
  loadReviewForUpdate,
  memberRoleIn,
  memberUserIds,
  seatHolders,
  updateReview,
  type ReviewSnapshot,
} from "@/lib/dal/reviews/snapshot";
import { permit, runTransaction, toActor, unwrap } from "@/lib/dal/core/transaction";

/** Draft → open (submit) and draft/open → withdrawn. */

/** Everything decideSubmit reads, from the versions the draft recorded. */
async function submitSnapshot(tx: Tx, r: ReviewSnapshot) {
  const ids = componentIdsOf(r);
  // FOR SHARE: a concurrent version bump waits for this submit (and then re-pins the now open
  // review), or this submit waits for the bump and pins the new versions. No vote on old versions.
  if (ids.length > 0) await tx.$queryRaw`SELECT id FROM components WHERE id IN (${Prisma.join(ids)}) FOR SHARE`;
  const components = await tx.component.findMany({
    where: { projectId: r.projectId },
    select: {
      id: true,
      name: true,
      level: true,
      claimedLevel: true,
      status: true,
      codeVersion: true,
      modelVersion: true,
      dataVersion: true,
    },
  });
  const criteria = await tx.gateCriterionCheck.findMany({ where: { reviewId: r.id } });
  const answers = await tx.ethicsAnswer.findMany({ where: { reviewId: r.id } });
  const requirements = await tx.requirement.findMany({ where: { projectId: r.projectId } });
  const latestCard = await tx.cardRevision.findFirst({
    where: { projectId: r.projectId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, content: true },
  });
  const debriefs = await tx.review.count({ where: { projectId: r.projectId, debriefAt: { not: null } } });
  const definitions = await definitionsByVersion(tx, r.definitionsVersion);
  const template = await ethicsTemplateOf(tx, r.ethicsTemplateId);
  return { components, criteria, answers, requirements, latestCard, debriefs, definitions, template };
}

/**
 * Submits a draft: every refusal reason at once (criteria, ethics, requirement rules, panel, card
 * sections). On success the review opens in pin round 0 with the latest card revision and the
 * components' current versions pinned, and each seated reviewer is notified.
 */
export async function submitReview(
  user: SessionUser,
  data: ReviewIdData,
): Promise<Decision<{ id: string; pinRound: number }>> {
  return runTransaction(async (tx) => {
    const r = await loadReviewForUpdate(tx, data.reviewId);
    permit(user, "open_review", { projectMemberRole: memberRoleIn(r, user.id) });
    const s = await submitSnapshot(tx, r);
    const effect = unwrap(
      decideSubmit({
        review: { status: r.status, level: r.level, kind: r.kind, componentIds: componentIdsOf(r) },
        project: { status: r.project.status, memberUserIds: memberUserIds(r) },
        components: s.components,
        criteria: s.criteria.map((c) => ({
          key: c.criterionKey,
          state: c.state,
          evidenceUrl: c.evidenceUrl,
          note: c.note,
          naReason: c.naReason,
        })),
        ethics: {
          templateItems: s.template.items,
          answers: s.answers.map((a) => ({ key: a.itemKey, answer: a.answer, note: a.note })),
        },
        requirements: s.requirements,
        seats: domainSeats(r),
        seatHolders: seatHolders(r),
        definitions: s.definitions,
        cardSectionsFilled: cardSectionsFilled({
          content: s.latestCard ? normaliseCardContent(s.latestCard.content) : null,
          requirementCount: s.requirements.length,
          hasDebrief: s.debriefs > 0,
        }),
        unconfirmedItems: r.unconfirmedItems,
      }),
    );
    const now = new Date();
    await updateReview(tx, r, { status: effect.status, openedAt: now, pinnedCardRevisionId: s.latestCard?.id ?? null });
    for (const id of componentIdsOf(r)) {
      const c = s.components.find((x) => x.id === id)!;
      await tx.reviewComponent.update({
        where: { reviewId_componentId: { reviewId: r.id, componentId: id } },
        data: {
          levelAtOpen: c.level,
          codeVersion: c.codeVersion,
          modelVersion: c.modelVersion,
          dataVersion: c.dataVersion,
        },
      });
    }
    await notifyUsers(tx, effect.notifyUserIds, {
      kind: "review.seat_assigned",
      title: `You are on the panel of the level ${r.level} review of ${r.project.name}`,
      body: "Read the TRL Card and the checklists, then vote graduate or return.",
      url: reviewUrl(r.project.slug, r.id),
      projectId: r.projectId,
      reviewId: r.id,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "review.submit",
      entityType: "review",
      entityId: r.id,
      projectId: r.projectId,
      before: { status: r.status },
      after: {
        status: effect.status,
        pinRound: r.pinRound,
        cardRevision: s.latestCard?.number ?? null,
        seats: r.seats.map((x) => x.userId),
      },
    });
    return { id: r.id, pinRound: r.pinRound };
  });
}

/** Withdraws a draft or open review (author, owners, contributors, admin); it is kept, marked withdrawn. */
export async function withdrawReview(user: SessionUser, data: WithdrawReviewData): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    const r = await loadReviewForUpdate(tx, data.reviewId);
    const memberRole = memberRoleIn(r, user.id);
    const isReviewAuthor = r.authorId === user.id;
    permit(user, "withdraw_review", { projectMemberRole: memberRole, isReviewAuthor });
    const effect = unwrap(decideWithdraw({ actor: toActor(user), memberRole, review: r }));
    await updateReview(tx, r, { status: effect.status, withdrawnAt: new Date() });
    if (r.status === "open") {
      await notifyUsers(
        tx,
        r.seats.map((s) => s.userId),
        {
          kind: "review.withdrawn",
          title: `The level ${r.level} review of ${r.project.name} was withdrawn`,
          body: data.reason,
          url: reviewUrl(r.project.slug, r.id),
          projectId: r.projectId,
          reviewId: r.id,
        },
      );
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: "review.withdraw",
      entityType: "review",
      entityId: r.id,
      projectId: r.projectId,
      before: { status: r.status },
      after: { status: effect.status, reason: data.reason },
    });
    return { id: r.id };
  });
}
