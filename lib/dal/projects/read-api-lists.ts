import "server-only";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { permit } from "@/lib/dal/core/transaction";

/**
 * The REST API's lists inside one project (lib/api/routes): components, requirements, reviews,
 * the timeline, and the audit log (admins). Cursor pages by id: `take: limit + 1`, after the cursor.
 */

export type ApiPage = { cursor?: string; limit: number };

const after = (p: ApiPage) => ({ take: p.limit + 1, ...(p.cursor ? { cursor: { id: p.cursor }, skip: 1 } : {}) });

export async function listApiComponents(projectId: string, p: ApiPage) {
  permit(await requireUser(), "read");
  return prisma.component.findMany({
    where: { projectId },
    orderBy: { id: "asc" },
    ...after(p),
    select: {
      id: true,
      name: true,
      kind: true,
      status: true,
      level: true,
      claimedLevel: true,
      codeVersion: true,
      modelVersion: true,
      dataVersion: true,
      version: true,
    },
  });
}

export async function listApiRequirements(projectId: string, p: ApiPage) {
  permit(await requireUser(), "read");
  return prisma.requirement.findMany({
    where: { projectId },
    orderBy: { id: "asc" },
    ...after(p),
    select: {
      id: true,
      number: true,
      kind: true,
      statement: true,
      verification: true,
      validation: true,
      status: true,
      pFailure: true,
      value: true,
      risk: true,
      ownerId: true,
      evidenceLinks: true,
      version: true,
    },
  });
}

const reviewSelect = {
  id: true,
  level: true,
  kind: true,
  status: true,
  decision: { select: { outcome: true } },
  dueAt: true,
  createdAt: true,
  openedAt: true,
  decidedAt: true,
  withdrawnAt: true,
  components: { select: { componentId: true } },
} as const;

export async function listApiReviews(projectId: string, p: ApiPage) {
  permit(await requireUser(), "read");
  return prisma.review.findMany({ where: { projectId }, orderBy: { id: "asc" }, ...after(p), select: reviewSelect });
}

export async function getApiReview(projectId: string, reviewId: string) {
  permit(await requireUser(), "read");
  return prisma.review.findFirst({ where: { id: reviewId, projectId }, select: reviewSelect });
}

export async function listApiTransitions(projectId: string, p: ApiPage) {
  permit(await requireUser(), "read");
  return prisma.levelTransition.findMany({
    where: { projectId },
    orderBy: { id: "asc" },
    ...after(p),
    select: {
      id: true,
      kind: true,
      componentId: true,
      fromLevel: true,
      toLevel: true,
      reason: true,
      reviewId: true,
      actorId: true,
      createdAt: true,
    },
  });
}

/** Admins only (permission table: "admin"); newest first. */
export async function listApiAuditEvents(p: ApiPage & { projectId?: string; action?: string }) {
  permit(await requireUser(), "admin");
  return prisma.auditEvent.findMany({
    where: { ...(p.projectId ? { projectId: p.projectId } : {}), ...(p.action ? { action: p.action } : {}) },
    orderBy: { id: "desc" },
    ...after(p),
    select: {
      id: true,
      actorId: true,
      action: true,
      entityType: true,
      entityId: true,
      projectId: true,
      createdAt: true,
    },
  });
}

/** Whether a component, requirement or review belongs to the project of the path. */
export async function belongsToProject(
  kind: "component" | "requirement" | "review",
  id: string,
  projectId: string,
): Promise<boolean> {
  const where = { id, projectId };
  const row =
    kind === "component"
      ? await prisma.component.findFirst({ where, select: { id: true } })
      : kind === "requirement"
        ? await prisma.requirement.findFirst({ where, select: { id: true } })
        : await prisma.review.findFirst({ where, select: { id: true } });
  return row !== null;
}
