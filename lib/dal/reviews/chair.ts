import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Decision } from "@/lib/domain/decision";
import { decideDebrief } from "@/lib/domain/debrief";
import { decideChairPause, decideKeyDecision } from "@/lib/domain/key-decisions";
import { decideReviewSwitchback } from "@/lib/domain/switchbacks";
import type { DebriefData, KeyDecisionData, ReviewSwitchbackData } from "@/lib/schemas/review-decision";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { applyTransitions } from "@/lib/dal/core/level-transitions";
import { createResearchTrack } from "@/lib/dal/reviews/research-track";
import { lockedSupersessionOf } from "@/lib/dal/reviews/supersession";
import {
  componentIdsOf,
  loadReviewForUpdate,
  memberRoleIn,
  seatOf,
  updateReview,
  type ReviewSnapshot,
} from "@/lib/dal/reviews/snapshot";
import { expectOne, permit, runTransaction, unwrap } from "@/lib/dal/core/transaction";

/** What the chair records after the panel decided: key decision, review switchback or pause, debrief. */

/**
 * The review, locked, with the chair check of the permission table (a member-chair is refused):
 * the one who-check of every command below; the domain decides only on the review's state.
 */
async function asChair(tx: Tx, user: SessionUser, reviewId: string): Promise<ReviewSnapshot> {
  const r = await loadReviewForUpdate(tx, reviewId);
  permit(user, "record_chair_decision", { projectMemberRole: memberRoleIn(r, user.id), seat: seatOf(r, user.id) });
  return r;
}

/** Pauses the project in the chair's transaction (review row first, then project: the vote path's order). */
async function pauseProject(tx: Tx, r: ReviewSnapshot): Promise<void> {
  const { count } = await tx.project.updateMany({
    where: { id: r.projectId, status: "active" },
    data: { status: "paused", version: { increment: 1 } },
  });
  expectOne(count, `project ${r.projectId} active → paused`);
}

export async function recordKeyDecision(
  user: SessionUser,
  data: KeyDecisionData,
): Promise<Decision<{ decision: string; researchTrackProjectId: string | null }>> {
  return runTransaction(async (tx) => {
    const r = await asChair(tx, user, data.reviewId);
    const now = new Date();
    const supersession = await lockedSupersessionOf(tx, r.id, componentIdsOf(r));
    const effect = unwrap(
      decideKeyDecision({
        review: r,
        projectStatus: r.project.status,
        decision: data.decision,
        targetDate: data.targetDate ?? null,
        now,
        supersession,
      }),
    );
    await updateReview(tx, r, {
      keyDecision: effect.decision,
      keyDecisionDate: effect.deploymentTargetDate,
      keyDecisionNote: data.note,
      keyDecisionById: user.id,
    });
    if (effect.pauseProject) await pauseProject(tx, r);
    const track = effect.createResearchTrack
      ? await createResearchTrack(tx, { review: r, actorId: user.id, now })
      : null;
    await writeAudit(tx, {
      actorId: user.id,
      action: "review.key_decision",
      entityType: "review",
      entityId: r.id,
      projectId: r.projectId,
      before: { keyDecision: null, projectStatus: r.project.status },
      after: {
        keyDecision: effect.decision,
        targetDate: effect.deploymentTargetDate?.toISOString() ?? null,
        note: data.note,
        projectStatus: effect.pauseProject ? "paused" : r.project.status,
        researchTrackProjectId: track?.id ?? null,
      },
    });
    return { decision: effect.decision, researchTrackProjectId: track?.id ?? null };
  });
}

/** On a returned review: move some of its components down (review switchback), or pause the project. */
export async function recordReviewSwitchback(
  user: SessionUser,
  data: ReviewSwitchbackData,
): Promise<Decision<{ kind: string }>> {
  return runTransaction(async (tx) => {
    const r = await asChair(tx, user, data.reviewId);
    const ids = componentIdsOf(r);
    const supersession = await lockedSupersessionOf(tx, r.id, ids);
    if (data.kind === "pause") {
      const effect = unwrap(
        decideChairPause({
          review: r,
          projectStatus: r.project.status,
          rationale: data.rationale,
          supersession,
        }),
      );
      await pauseProject(tx, r);
      await updateReview(tx, r, { switchbackRationale: effect.rationale });
      await writeAudit(tx, {
        actorId: user.id,
        action: "review.pause_project",
        entityType: "review",
        entityId: r.id,
        projectId: r.projectId,
        before: { projectStatus: r.project.status },
        after: { projectStatus: "paused", rationale: effect.rationale },
      });
      return { kind: data.kind };
    }
    const components = await tx.component.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, level: true, status: true },
    });
    const live = await tx.reviewComponent.findMany({
      where: { componentId: { in: ids }, reviewId: { not: r.id }, review: { status: { in: ["draft", "open"] } } },
      select: { componentId: true },
    });
    const moved = await tx.levelTransition.findMany({ where: { reviewId: r.id }, select: { componentId: true } });
    const transitions = unwrap(
      decideReviewSwitchback({
        review: { id: r.id, status: r.status, componentIds: ids },
        components,
        moves: data.moves,
        rationale: data.rationale,
        componentIdsUnderLiveReview: live.map((x) => x.componentId),
        movedComponentIds: moved.map((x) => x.componentId),
        supersession,
      }),
    );
    await applyTransitions(tx, { projectId: r.projectId, actorId: user.id, now: new Date(), transitions });
    await updateReview(tx, r, { switchbackRationale: data.rationale });
    await writeAudit(tx, {
      actorId: user.id,
      action: "review.switchback",
      entityType: "review",
      entityId: r.id,
      projectId: r.projectId,
      before: { levels: transitions.map((t) => ({ componentId: t.componentId, level: t.fromLevel })) },
      after: {
        levels: transitions.map((t) => ({ componentId: t.componentId, level: t.toLevel })),
        rationale: data.rationale,
      },
    });
    return { kind: data.kind };
  });
}

/**
 * The stage debrief after the decision; recording again replaces it (the audit log keeps each).
 * Still allowed once a later review decided the components: a debrief records what happened at
 * that stage and changes no state, so a superseded review may still get (or correct) it.
 */
export async function recordDebrief(user: SessionUser, data: DebriefData): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    const r = await asChair(tx, user, data.reviewId);
    const answers = unwrap(decideDebrief({ review: r, answers: data.answers }));
    const debrief = Object.fromEntries(answers.map((a) => [a.key, a.answer]));
    await updateReview(tx, r, { debrief, debriefAt: new Date() });
    await writeAudit(tx, {
      actorId: user.id,
      action: "review.debrief",
      entityType: "review",
      entityId: r.id,
      projectId: r.projectId,
      before: r.debrief === null ? null : { debrief: r.debrief },
      after: { debrief },
    });
    return { id: r.id };
  });
}
