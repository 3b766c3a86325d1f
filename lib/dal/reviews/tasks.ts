import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { DbClient } from "@/lib/db-client";
import { hasText, reason, type Decision } from "@/lib/domain/decision";
import { projectEditableReasons } from "@/lib/domain/project-status";
import type { CompleteTaskData, ReopenTaskData } from "@/lib/schemas/review-task";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { notifyUsers, reviewUrl } from "@/lib/dal/core/notify";
import { lockedSupersessionOf } from "@/lib/dal/reviews/supersession";
import { supersededReasons } from "@/lib/domain/supersession";
import {
  DomainError,
  expectOne,
  lockReview,
  memberRoleOf,
  notFound,
  permit,
  refuseIf,
  runTransaction,
} from "@/lib/dal/core/transaction";

/**
 * The to-do list of a returned review. The project's owners and contributors (or an admin) tick
 * tasks off with evidence; the next review of the same level shows the list, so its panel sees
 * what was asked and what was done. When the last task is done, the returned review's panel is
 * told (in the same transaction, like every notification).
 */

export type ReviewTaskDto = {
  id: string;
  position: number;
  text: string;
  metric: string | null;
  target: string | null;
  doneAt: Date | null;
  evidence: string | null;
  doneByName: string | null;
};

const taskSelect = {
  id: true,
  position: true,
  text: true,
  metric: true,
  target: true,
  doneAt: true,
  evidence: true,
  doneBy: { select: { name: true } },
} as const;

/** The tasks of the latest returned review of this project and level created before `before`. */
export async function previousTasksFor(
  db: DbClient,
  input: { projectId: string; level: number; before: Date; exceptId?: string },
): Promise<{ reviewId: string; tasks: ReviewTaskDto[] } | null> {
  const prev = await db.review.findFirst({
    where: {
      projectId: input.projectId,
      level: input.level,
      status: "returned",
      createdAt: { lte: input.before },
      ...(input.exceptId ? { id: { not: input.exceptId } } : {}),
    },
    orderBy: { decidedAt: "desc" },
    select: { id: true, tasks: { select: taskSelect, orderBy: { position: "asc" } } },
  });
  if (!prev || prev.tasks.length === 0) return null;
  return {
    reviewId: prev.id,
    tasks: prev.tasks.map((t) => ({
      id: t.id,
      position: t.position,
      text: t.text,
      metric: t.metric,
      target: t.target,
      doneAt: t.doneAt,
      evidence: t.evidence,
      doneByName: t.doneBy?.name ?? null,
    })),
  };
}

/** The task with its review locked (tasks change under the review's row lock, like votes). */
async function loadTask(tx: Tx, user: SessionUser, taskId: string) {
  const head = await tx.reviewTask.findUnique({ where: { id: taskId }, select: { reviewId: true } });
  if (!head) throw notFound("task", "taskId");
  await lockReview(tx, head.reviewId);
  const task = await tx.reviewTask.findUniqueOrThrow({
    where: { id: taskId },
    select: {
      id: true,
      text: true,
      doneAt: true,
      evidence: true,
      reviewId: true,
      review: {
        select: {
          id: true,
          status: true,
          level: true,
          projectId: true,
          components: { select: { componentId: true } },
          seats: { select: { userId: true } },
          project: {
            select: { slug: true, name: true, status: true, members: { select: { userId: true, role: true } } },
          },
        },
      },
    },
  });
  permit(user, "edit_project", { projectMemberRole: memberRoleOf(task.review.project.members, user.id) });
  refuseIf(projectEditableReasons(task.review.project.status));
  if (task.review.status !== "returned") {
    throw new DomainError([
      reason("review_not_returned", "Only the tasks of a returned review can be ticked off.", "taskId"),
    ]);
  }
  // A later decision on these components closes this to-do list (it is history now).
  const supersession = await lockedSupersessionOf(
    tx,
    task.reviewId,
    task.review.components.map((c) => c.componentId),
  );
  refuseIf(supersededReasons({ ...supersession, what: "a change to its tasks", field: "taskId" }));
  return task;
}

export async function completeReviewTask(
  user: SessionUser,
  data: CompleteTaskData,
): Promise<Decision<{ id: string; remaining: number }>> {
  return runTransaction(async (tx) => {
    const task = await loadTask(tx, user, data.taskId);
    if (!hasText(data.evidence))
      throw new DomainError([reason("evidence_missing", "Give the evidence that the task is done.", "evidence")]);
    if (task.doneAt) throw new DomainError([reason("task_done", "This task is already ticked off.", "taskId")]);
    const now = new Date();
    // Compare-and-set: of two simultaneous ticks, one wins and the other is refused on retry.
    const { count } = await tx.reviewTask.updateMany({
      where: { id: task.id, doneAt: null },
      data: { doneAt: now, doneById: user.id, evidence: data.evidence },
    });
    expectOne(count, `task ${task.id} open`);
    const remaining = await tx.reviewTask.count({ where: { reviewId: task.reviewId, doneAt: null } });
    if (remaining === 0) {
      const r = task.review;
      await notifyUsers(
        tx,
        r.seats.map((s) => s.userId),
        {
          kind: "review.tasks_done",
          title: `Every task of the returned level ${r.level} review of ${r.project.name} is done`,
          body: "The owners ticked off the last task with its evidence; a new review of this level can follow.",
          url: reviewUrl(r.project.slug, r.id),
          projectId: r.projectId,
          reviewId: r.id,
        },
      );
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: "review_task.complete",
      entityType: "review_task",
      entityId: task.id,
      projectId: task.review.projectId,
      before: { doneAt: null },
      after: { doneAt: now.toISOString(), evidence: data.evidence, reviewId: task.reviewId },
    });
    return { id: task.id, remaining };
  });
}

export async function reopenReviewTask(user: SessionUser, data: ReopenTaskData): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    const task = await loadTask(tx, user, data.taskId);
    if (!task.doneAt) throw new DomainError([reason("task_open", "This task is not ticked off.", "taskId")]);
    const { count } = await tx.reviewTask.updateMany({
      where: { id: task.id, doneAt: task.doneAt },
      data: { doneAt: null, doneById: null, evidence: null },
    });
    expectOne(count, `task ${task.id} done`);
    await writeAudit(tx, {
      actorId: user.id,
      action: "review_task.reopen",
      entityType: "review_task",
      entityId: task.id,
      projectId: task.review.projectId,
      before: { doneAt: task.doneAt.toISOString(), evidence: task.evidence },
      after: { doneAt: null },
    });
    return { id: task.id };
  });
}
