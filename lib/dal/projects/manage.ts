import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Decision } from "@/lib/domain/decision";
import { decideProjectEdit } from "@/lib/domain/project-edit";
import { decideProjectStatus } from "@/lib/domain/project-status";
import type { ProjectStatus } from "@/lib/domain/vocabulary";
import type { ProjectStatusData, UpdateProjectData } from "@/lib/schemas/project";
import { writeAudit } from "@/lib/dal/core/audit";
import { notifyUsers, projectUrl } from "@/lib/dal/core/notify";
import {
  expectOne,
  lockProject,
  memberRoleOf,
  permit,
  runTransaction,
  toActor,
  unwrap,
} from "@/lib/dal/core/transaction";
import { lockProjectNumbering, nextProjectIndex } from "./commands";

/** Editing a project's details and people, and archiving it (owners, managers, admins). */

const LIVE = { in: ["draft", "open"] as ("draft" | "open")[] };

export async function updateProject(
  user: SessionUser,
  data: UpdateProjectData,
): Promise<Decision<{ slug: string; version: number }>> {
  return runTransaction(async (tx) => {
    await lockProject(tx, data.projectId);
    const project = await tx.project.findUniqueOrThrow({
      where: { id: data.projectId },
      select: {
        slug: true,
        name: true,
        description: true,
        track: true,
        index: true,
        tags: true,
        status: true,
        version: true,
        members: { select: { userId: true, role: true } },
      },
    });
    permit(user, "manage_project", { projectMemberRole: memberRoleOf(project.members, user.id) });
    const ids = [...new Set([...data.owners, ...data.contributors])];
    const [users, seats] = await Promise.all([
      tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, active: true } }),
      tx.panelSeat.findMany({
        where: { userId: { in: ids }, review: { projectId: data.projectId, status: LIVE } },
        select: { userId: true, user: { select: { name: true } } },
      }),
    ]);
    const plan = unwrap(
      decideProjectEdit({
        status: project.status,
        version: project.version,
        sentVersion: data.version,
        owners: data.owners,
        contributors: data.contributors,
        users: new Map(users.map((u) => [u.id, u])),
        seated: new Map(seats.map((s) => [s.userId, s.user.name])),
      }),
    );
    let index = project.index;
    if (data.track !== project.track) {
      // A new track gives the card a new project ID (R03 → P02); the audit keeps the old one.
      await lockProjectNumbering(tx);
      index = await nextProjectIndex(tx, data.track);
    }
    const { count } = await tx.project.updateMany({
      where: { id: data.projectId, version: project.version },
      data: {
        name: data.name,
        description: data.description,
        track: data.track,
        index,
        tags: data.tags,
        version: { increment: 1 },
      },
    });
    expectOne(count, "project");
    await tx.projectMember.deleteMany({ where: { projectId: data.projectId } });
    await tx.projectMember.createMany({ data: plan.members.map((m) => ({ ...m, projectId: data.projectId })) });
    const before = {
      name: project.name,
      description: project.description,
      track: project.track,
      index: project.index,
      tags: project.tags,
      members: project.members,
    };
    await writeAudit(tx, {
      actorId: user.id,
      action: "project.update",
      entityType: "project",
      entityId: data.projectId,
      projectId: data.projectId,
      before,
      after: {
        name: data.name,
        description: data.description,
        track: data.track,
        index,
        tags: data.tags,
        members: plan.members,
      },
    });
    const added = plan.members.filter((m) => !project.members.some((o) => o.userId === m.userId));
    await notifyUsers(
      tx,
      added.map((m) => m.userId).filter((id) => id !== user.id),
      {
        kind: "project.member_added",
        title: `You were added to ${data.name}`,
        body: `${user.name} added you to ${data.name}.`,
        url: projectUrl(project.slug),
        projectId: data.projectId,
      },
    );
    return { slug: project.slug, version: project.version + 1 };
  });
}

/**
 * Archives a project, with a reason: final. It leaves the active lists and the portfolio's default
 * view but keeps its history and stays readable; every write to it is refused from then on.
 */
export async function archiveProject(
  user: SessionUser,
  data: ProjectStatusData,
): Promise<Decision<{ status: ProjectStatus }>> {
  return runTransaction(async (tx) => {
    await lockProject(tx, data.projectId);
    const project = await tx.project.findUniqueOrThrow({
      where: { id: data.projectId },
      select: { status: true, version: true, members: { select: { userId: true, role: true } } },
    });
    const memberRole = memberRoleOf(project.members, user.id);
    permit(user, "manage_project", { projectMemberRole: memberRole });
    const liveReviewCount = await tx.review.count({ where: { projectId: data.projectId, status: LIVE } });
    const next = unwrap(
      decideProjectStatus({
        actor: toActor(user),
        memberRole,
        from: project.status,
        to: "archived",
        reason: data.reason,
        liveReviewCount,
      }),
    );
    const { count } = await tx.project.updateMany({
      where: { id: data.projectId, status: project.status, version: project.version },
      data: { status: next.status, version: { increment: 1 } },
    });
    expectOne(count, "project status");
    await writeAudit(tx, {
      actorId: user.id,
      action: "project.archive",
      entityType: "project",
      entityId: data.projectId,
      projectId: data.projectId,
      before: { status: project.status },
      after: { status: next.status, reason: data.reason },
    });
    return next;
  });
}
