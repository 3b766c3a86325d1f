import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decideEntryGraduation, decideWithdrawClaim } from "@/lib/domain/component-entry";
import type { Decision } from "@/lib/domain/decision";
import { projectEditableReasons } from "@/lib/domain/project-status";
import type { Outcome } from "@/lib/domain/votes";
import type { WithdrawClaimData } from "@/lib/schemas/component";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { applyTransitions } from "@/lib/dal/core/level-transitions";
import { componentIdsOf, type ReviewSnapshot } from "@/lib/dal/reviews/snapshot";
import {
  expectOne,
  lockProject,
  memberRoleOf,
  notFound,
  permit,
  refuseIf,
  runTransaction,
  unwrap,
} from "@/lib/dal/core/transaction";

/**
 * Claimed starting levels: an entry review's graduation confirms them (0 → claimed level), or the
 * owner withdraws one and the component proceeds from 0 through ordinary gated reviews.
 */

/**
 * Graduation of an entry review, inside the vote transaction that decides it (review row locked).
 * The claim is cleared by compare-and-set on (level 0, claimed N) first — the database allows a
 * claim only at level 0 — then the `entry` transitions move each component 0 → N exactly once.
 */
export async function confirmEntryClaims(
  tx: Tx,
  r: ReviewSnapshot,
  outcome: Outcome,
  actorId: string,
  now: Date,
): Promise<void> {
  const ids = componentIdsOf(r);
  const components = await tx.component.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, level: true, claimedLevel: true, status: true },
  });
  const transitions = unwrap(
    decideEntryGraduation({
      review: { id: r.id, status: r.status, level: r.level, componentIds: ids },
      outcome,
      components,
    }),
  );
  const { count } = await tx.component.updateMany({
    where: { id: { in: ids }, projectId: r.projectId, level: 0, claimedLevel: r.level },
    data: { claimedLevel: null },
  });
  if (count !== ids.length) expectOne(0, `claims of review ${r.id}`);
  await applyTransitions(tx, { projectId: r.projectId, actorId, now, transitions });
}

/** The owner gives up a pending claim (refused while the component is in a draft or open review). */
export async function withdrawComponentClaim(
  user: SessionUser,
  data: WithdrawClaimData,
): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    const head = await tx.component.findUnique({ where: { id: data.componentId }, select: { projectId: true } });
    if (!head) throw notFound("component", "componentId");
    // Opening an entry draft locks the project row too, so a withdrawal and a new draft queue.
    await lockProject(tx, head.projectId);
    const c = await tx.component.findUniqueOrThrow({
      where: { id: data.componentId },
      select: {
        id: true,
        name: true,
        level: true,
        claimedLevel: true,
        status: true,
        version: true,
        project: { select: { status: true, members: { select: { userId: true, role: true } } } },
      },
    });
    permit(user, "withdraw_claim", { projectMemberRole: memberRoleOf(c.project.members, user.id) });
    refuseIf(projectEditableReasons(c.project.status));
    const underLiveReview =
      (await tx.reviewComponent.count({
        where: { componentId: c.id, review: { status: { in: ["draft", "open"] } } },
      })) > 0;
    const effect = unwrap(decideWithdrawClaim({ component: c, underLiveReview }));
    const { count } = await tx.component.updateMany({
      where: { id: c.id, version: c.version, claimedLevel: c.claimedLevel },
      data: { claimedLevel: null, version: { increment: 1 } },
    });
    expectOne(count, `component ${c.id} claim`);
    await writeAudit(tx, {
      actorId: user.id,
      action: "component.withdraw_claim",
      entityType: "component",
      entityId: c.id,
      projectId: head.projectId,
      before: { level: c.level, claimedLevel: effect.withdrawn },
      after: { level: c.level, claimedLevel: null, reason: data.reason },
    });
    return { id: c.id };
  });
}
