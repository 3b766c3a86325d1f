import "server-only";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { allowedActions, type UiAction } from "@/lib/domain/allowed-actions";
import { can } from "@/lib/domain/permissions";
import type { ComponentStatus, ProjectStatus } from "@/lib/domain/vocabulary";
import { memberRoleOf, toActor } from "@/lib/dal/core/transaction";

/**
 * What the project page may offer the viewer: requesting a review, pausing or resuming, and per
 * component the switchbacks and version bumps, with whether a live review holds the component
 * (the server refuses switchbacks then; the dialog says so instead of offering a dead end).
 */
export type ProjectWorkflowDto = {
  projectId: string;
  slug: string;
  name: string;
  status: ProjectStatus;
  allowed: UiAction[];
  /** Whether the viewer manages the project's webhooks (its owners, admins). */
  canManageWebhooks: boolean;
  components: {
    id: string;
    name: string;
    level: number;
    status: ComponentStatus;
    versions: { code: string; model: string; data: string };
    liveReviewId: string | null;
  }[];
  drafts: { id: string; level: number }[];
  openReviews: { id: string; level: number }[];
};

export async function getProjectWorkflowFor(
  db: DbClient,
  viewer: SessionUser,
  slug: string,
): Promise<ProjectWorkflowDto | null> {
  const p = await db.project.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      gateOutcome: true,
      members: { select: { userId: true, role: true } },
      components: {
        select: {
          id: true,
          name: true,
          level: true,
          status: true,
          codeVersion: true,
          modelVersion: true,
          dataVersion: true,
        },
        orderBy: [{ level: "asc" }, { name: "asc" }],
      },
      reviews: {
        where: { status: { in: ["draft", "open"] } },
        select: { id: true, level: true, status: true, components: { select: { componentId: true } } },
      },
    },
  });
  if (!p) return null;
  const liveOf = (componentId: string) =>
    p.reviews.find((r) => r.components.some((c) => c.componentId === componentId))?.id ?? null;
  return {
    projectId: p.id,
    slug: p.slug,
    name: p.name,
    status: p.status,
    allowed: allowedActions({ project: { ...p, gateHold: p.gateOutcome === "hold" } }, toActor(viewer)),
    canManageWebhooks: can(toActor(viewer), "manage_webhooks", {
      projectMemberRole: memberRoleOf(p.members, viewer.id),
    }).ok,
    components: p.components.map((c) => ({
      id: c.id,
      name: c.name,
      level: c.level,
      status: c.status,
      versions: { code: c.codeVersion, model: c.modelVersion, data: c.dataVersion },
      liveReviewId: liveOf(c.id),
    })),
    drafts: p.reviews.filter((r) => r.status === "draft").map((r) => ({ id: r.id, level: r.level })),
    openReviews: p.reviews.filter((r) => r.status === "open").map((r) => ({ id: r.id, level: r.level })),
  };
}

export async function getProjectWorkflow({ slug }: { slug: string }): Promise<ProjectWorkflowDto | null> {
  return getProjectWorkflowFor(prisma, await requireUser(), slug);
}
