import "server-only";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { Decision } from "@/lib/domain/decision";
import { canSetTarget, decideTarget } from "@/lib/domain/targets";
import type { ProjectStatus } from "@/lib/domain/vocabulary";
import type { SetTargetData } from "@/lib/schemas/target";
import { writeAudit } from "@/lib/dal/core/audit";
import { projectLabel } from "@/lib/domain/project-label";
import { expectOne, lockProject, memberRoleOf, runTransaction, toActor, unwrap } from "@/lib/dal/core/transaction";

/** Project targets (OKRs): "level N by day D", set by owners, managers and admins. */

export type TargetContextDto = {
  id: string;
  slug: string;
  projectId: string;
  name: string;
  status: ProjectStatus;
  systemLevel: number | null;
  targetLevel: number | null;
  targetDate: Date | null;
  /** Whether the viewer may set it (the command checks again). */
  canSet: boolean;
};

export async function getTargetContext({ slug }: { slug: string }): Promise<TargetContextDto | null> {
  const viewer = await requireUser();
  const p = await prisma.project.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      track: true,
      index: true,
      name: true,
      status: true,
      systemLevel: true,
      targetLevel: true,
      targetDate: true,
      members: { where: { userId: viewer.id }, select: { userId: true, role: true } },
    },
  });
  if (!p) return null;
  const role = memberRoleOf(p.members, viewer.id);
  return {
    id: p.id,
    slug: p.slug,
    projectId: projectLabel(p.track, p.index),
    name: p.name,
    status: p.status,
    systemLevel: p.systemLevel,
    targetLevel: p.targetLevel,
    targetDate: p.targetDate,
    canSet: !["archived", "stopped"].includes(p.status) && canSetTarget(toActor(viewer), role).ok,
  };
}

export type TargetResult = { targetLevel: number | null; targetDate: string | null };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * Sets or clears the target. The project row is locked first and the update is a compare-and-set
 * on its version, so a concurrent status change or target edit is never overwritten unseen.
 */
export async function setProjectTarget(
  user: SessionUser,
  data: SetTargetData,
  now = new Date(),
): Promise<Decision<TargetResult>> {
  return runTransaction(async (tx) => {
    await lockProject(tx, data.projectId);
    const p = await tx.project.findUniqueOrThrow({
      where: { id: data.projectId },
      select: {
        status: true,
        systemLevel: true,
        targetLevel: true,
        targetDate: true,
        version: true,
        members: { select: { userId: true, role: true } },
      },
    });
    const change = unwrap(
      decideTarget({
        actor: toActor(user),
        memberRole: memberRoleOf(p.members, user.id),
        project: { status: p.status, level: p.systemLevel },
        change: { targetLevel: data.targetLevel, targetDate: data.targetDate },
        now,
      }),
    );
    const { count } = await tx.project.updateMany({
      where: { id: data.projectId, version: p.version },
      data: { targetLevel: change.targetLevel, targetDate: change.targetDate, version: { increment: 1 } },
    });
    expectOne(count, "project target");
    const after = { targetLevel: change.targetLevel, targetDate: day(change.targetDate) };
    await writeAudit(tx, {
      actorId: user.id,
      action: change.targetLevel === null ? "project.target_clear" : "project.target_set",
      entityType: "project",
      entityId: data.projectId,
      projectId: data.projectId,
      before: { targetLevel: p.targetLevel, targetDate: day(p.targetDate) },
      after,
    });
    return after;
  });
}
