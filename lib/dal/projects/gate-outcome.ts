import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Decision } from "@/lib/domain/decision";
import { decideGateOutcome, gateOutcomeTitle, type GateOutcomeKind } from "@/lib/domain/gate-outcome";
import type { ProjectStatus } from "@/lib/domain/vocabulary";
import type { GateOutcomeData } from "@/lib/schemas/gate-outcome";
import { writeAudit } from "@/lib/dal/core/audit";
import { notifyUsers, projectUrl, reviewUrl } from "@/lib/dal/core/notify";
import {
  expectOne,
  lockProject,
  memberRoleOf,
  permit,
  runTransaction,
  toActor,
  unwrap,
} from "@/lib/dal/core/transaction";

/**
 * Hold or stop a project at a gate (lib/domain/gate-outcome.ts), by a manager or an admin outside
 * the project. The project row is locked first, so a concurrent draft, status change or resume
 * queues behind it; the project and each withdrawn review are compare-and-set on their version.
 * Owners, contributors and the gate's panel are told.
 */
export async function decideProjectGateOutcome(
  user: SessionUser,
  data: GateOutcomeData & { outcome: GateOutcomeKind },
): Promise<Decision<{ status: ProjectStatus; withdrawnReviewIds: string[] }>> {
  return runTransaction(async (tx) => {
    await lockProject(tx, data.projectId);
    const project = await tx.project.findUniqueOrThrow({
      where: { id: data.projectId },
      select: {
        slug: true,
        name: true,
        status: true,
        version: true,
        members: { select: { userId: true, role: true } },
      },
    });
    const memberRole = memberRoleOf(project.members, user.id);
    permit(user, "decide_gate_outcome", { projectMemberRole: memberRole });
    const review = await tx.review.findFirst({
      where: { id: data.reviewId, projectId: data.projectId },
      select: { id: true, status: true, level: true, seats: { select: { userId: true } } },
    });
    const effect = unwrap(
      decideGateOutcome({
        actor: toActor(user),
        memberRole,
        outcome: data.outcome,
        project,
        review,
        reason: data.reason,
      }),
    );
    const now = new Date();
    const { count } = await tx.project.updateMany({
      where: { id: data.projectId, status: project.status, version: project.version },
      data: {
        status: effect.status,
        gateOutcome: data.outcome,
        gateReason: data.reason,
        gateReviewId: data.reviewId,
        gateLevel: effect.level,
        gateDecidedAt: now,
        version: { increment: 1 },
      },
    });
    expectOne(count, "project status");

    // A stopped project is never reviewed again: its draft and open reviews are withdrawn with it (the stop's
    // one audit event names them).
    const withdrawn = effect.withdrawLiveReviews
      ? await tx.review.findMany({
          where: { projectId: data.projectId, status: { in: ["draft", "open"] } },
          select: { id: true, status: true, version: true, level: true, seats: { select: { userId: true } } },
        })
      : [];
    for (const r of withdrawn) {
      const done = await tx.review.updateMany({
        where: { id: r.id, status: r.status, version: r.version },
        data: { status: "withdrawn", withdrawnAt: now, version: { increment: 1 } },
      });
      expectOne(done.count, `review ${r.id}`);
    }

    await writeAudit(tx, {
      actorId: user.id,
      action: data.outcome === "stop" ? "project.stop" : "project.hold",
      entityType: "project",
      entityId: data.projectId,
      projectId: data.projectId,
      before: { status: project.status },
      after: {
        status: effect.status,
        reason: data.reason,
        reviewId: data.reviewId,
        level: effect.level,
        withdrawnReviews: withdrawn.map((r) => r.id),
      },
    });
    const title = `${project.name}: ${gateOutcomeTitle(data.outcome, effect.level).toLowerCase()}`;
    await notifyUsers(
      tx,
      [
        ...project.members.map((m) => m.userId),
        ...review!.seats.map((s) => s.userId),
        ...withdrawn.flatMap((r) => r.seats.map((s) => s.userId)),
      ].filter((id) => id !== user.id),
      {
        kind: data.outcome === "stop" ? "project.stopped" : "project.held",
        title,
        body: data.reason,
        url: data.outcome === "stop" ? projectUrl(project.slug) : reviewUrl(project.slug, data.reviewId),
        projectId: data.projectId,
        reviewId: data.reviewId,
      },
    );
    return { status: effect.status, withdrawnReviewIds: withdrawn.map((r) => r.id) };
  });
}
