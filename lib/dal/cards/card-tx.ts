import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normaliseCardContent, type CardContent } from "@/lib/domain/card-content";
import type { SectionValue } from "@/lib/domain/card-diff";
import { projectEditableReasons } from "@/lib/domain/project-status";
import type { Tx } from "@/lib/dal/core/audit";
import { memberRoleOf, notFound, permit, refuseIf } from "@/lib/dal/core/transaction";

/** What every card command does inside its transaction: who may edit, the locks, the revisions it reads. */

export const json = (v: unknown) => v as Prisma.InputJsonValue;

/**
 * Locks the project's draft and open reviews (id order) before the card is read. A submit locks
 * its review and then pins the newest card: with this lock, either the submit sees the new
 * revision, or this save sees the review open and re-pins it. Without it, a review could open
 * pinned to a revision that is already outdated.
 */
export async function lockLiveReviews(tx: Tx, projectId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM reviews WHERE project_id = ${projectId} AND status IN ('draft', 'open') ORDER BY id FOR UPDATE`;
}

export async function loadEditableProject(tx: Tx, user: SessionUser, projectId: string) {
  const project = await tx.project.findUnique({
    where: { id: projectId },
    select: { id: true, status: true, systemLevel: true, members: { select: { userId: true, role: true } } },
  });
  if (!project) throw notFound("project", "projectId");
  permit(user, "edit_project", { projectMemberRole: memberRoleOf(project.members, user.id) });
  refuseIf(projectEditableReasons(project.status));
  return project;
}

const revisionSelect = {
  id: true,
  number: true,
  content: true,
  createdAt: true,
  author: { select: { name: true } },
} as const;

export async function latestRevision(tx: Tx, projectId: string) {
  const row = await tx.cardRevision.findFirst({
    where: { projectId },
    orderBy: { number: "desc" },
    select: revisionSelect,
  });
  return row ? { ...row, content: normaliseCardContent(row.content) } : null;
}

export async function revisionByNumber(tx: Tx, projectId: string, number: number) {
  const row = await tx.cardRevision.findUnique({
    where: { projectId_number: { projectId, number } },
    select: revisionSelect,
  });
  return row ? { ...row, content: normaliseCardContent(row.content) } : null;
}

/** The newest revision as latestRevision reads it (null: the card has none yet). */
export type LatestRevision = Awaited<ReturnType<typeof latestRevision>>;

/** The content an edit started from: none for revision 0, the newest without a second read. */
export async function baseContent(
  tx: Tx,
  projectId: string,
  number: number,
  current: LatestRevision,
): Promise<CardContent | null> {
  if (number === 0) return null;
  if (number === current?.number) return current.content;
  return (await revisionByNumber(tx, projectId, number))?.content ?? null;
}

/** Someone changed the section since the edit's base: what a save or a hold answers, to merge. */
export type CardConflict = {
  status: "conflict";
  currentNumber: number;
  theirs: SectionValue;
  theirAuthor: string | null;
  theirAt: string;
};

export function conflictAnswer(
  outcome: { currentNumber: number; theirs: SectionValue },
  current: LatestRevision,
): CardConflict {
  return {
    status: "conflict",
    currentNumber: outcome.currentNumber,
    theirs: outcome.theirs,
    theirAuthor: current?.author?.name ?? null,
    theirAt: (current?.createdAt ?? new Date()).toISOString(),
  };
}
