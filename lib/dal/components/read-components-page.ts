import "server-only";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { allowedActions } from "@/lib/domain/allowed-actions";
import { can } from "@/lib/domain/permissions";
import { projectLabel } from "@/lib/domain/project-label";
import { projectEditableReasons } from "@/lib/domain/project-status";
import type { ComponentKind, ComponentStatus, MemberRole } from "@/lib/domain/vocabulary";
import { sourcePath } from "@/lib/dal/components/import-archive";
import { memberRoleOf, toActor } from "@/lib/dal/core/transaction";

/** The components page of a project: each component with its provenance and changelog, and what may be imported. */

export type ComponentDetailDto = {
  id: string;
  name: string;
  kind: ComponentKind;
  status: ComponentStatus;
  description: string;
  /** Confirmed level; 0 while `claimedLevel` is pending ("claimed L7, unconfirmed"). */
  level: number;
  claimedLevel: number | null;
  versions: { code: string; model: string; data: string };
  levelSince: Date;
  importedFrom: { path: string; name: string; projectName: string } | null;
  /** The review that earned the level in the source project (imports and research-track copies). */
  sourceReview: { path: string; level: number; projectName: string } | null;
  /** Version bumps, newest first. */
  changelog: {
    id: string;
    code: string;
    model: string;
    data: string;
    changelog: string;
    authorName: string | null;
    createdAt: Date;
  }[];
};

export type ComponentsPageDto = {
  project: { id: string; slug: string; name: string; projectId: string; status: string; systemLevel: number | null };
  canEdit: boolean;
  canBump: boolean;
  canWithdrawClaim: boolean;
  components: ComponentDetailDto[];
  /** Active components of other projects, for the import form. */
  importable: {
    id: string;
    name: string;
    kind: ComponentKind;
    level: number;
    projectName: string;
    projectId: string;
  }[];
};

export async function getComponentsPage({ slug }: { slug: string }): Promise<ComponentsPageDto | null> {
  const viewer = await requireUser();
  const p = await prisma.project.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      track: true,
      index: true,
      status: true,
      systemLevel: true,
      members: { select: { userId: true, role: true } },
      components: {
        orderBy: [{ status: "asc" }, { level: "asc" }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          kind: true,
          status: true,
          description: true,
          level: true,
          claimedLevel: true,
          sourceReviewId: true,
          levelSince: true,
          codeVersion: true,
          modelVersion: true,
          dataVersion: true,
          importedFrom: { select: { id: true, name: true, project: { select: { slug: true, name: true } } } },
          versions: {
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            select: {
              id: true,
              codeVersion: true,
              modelVersion: true,
              dataVersion: true,
              changelog: true,
              createdAt: true,
              author: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!p) return null;
  const members = p.members.map((m) => ({ userId: m.userId, role: m.role as MemberRole }));
  const allowed = allowedActions({ project: { status: p.status, members } }, toActor(viewer));
  const reviewIds = p.components.flatMap((c) => (c.sourceReviewId ? [c.sourceReviewId] : []));
  const sourceReviews = reviewIds.length
    ? await prisma.review.findMany({
        where: { id: { in: reviewIds } },
        select: { id: true, level: true, project: { select: { slug: true, name: true } } },
      })
    : [];
  const sourceReviewOf = (id: string | null) => {
    const r = sourceReviews.find((x) => x.id === id);
    return r
      ? { path: `/projects/${r.project.slug}/reviews/${r.id}`, level: r.level, projectName: r.project.name }
      : null;
  };
  const importable = allowed.includes("edit_project")
    ? await prisma.component.findMany({
        where: { status: "active", projectId: { not: p.id } },
        orderBy: [{ project: { name: "asc" } }, { name: "asc" }],
        take: 500,
        select: {
          id: true,
          name: true,
          kind: true,
          level: true,
          project: { select: { name: true, track: true, index: true } },
        },
      })
    : [];
  return {
    project: {
      id: p.id,
      slug: p.slug,
      name: p.name,
      projectId: projectLabel(p.track, p.index),
      status: p.status,
      systemLevel: p.systemLevel,
    },
    canEdit: allowed.includes("edit_project"),
    canBump: allowed.includes("bump_version"),
    canWithdrawClaim:
      projectEditableReasons(p.status).length === 0 &&
      can(toActor(viewer), "withdraw_claim", { projectMemberRole: memberRoleOf(members, viewer.id) }).ok,
    components: p.components.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      status: c.status,
      description: c.description,
      level: c.level,
      claimedLevel: c.claimedLevel,
      levelSince: c.levelSince,
      sourceReview: sourceReviewOf(c.sourceReviewId),
      versions: { code: c.codeVersion, model: c.modelVersion, data: c.dataVersion },
      importedFrom: c.importedFrom
        ? {
            path: sourcePath(c.importedFrom.project.slug, c.importedFrom.id),
            name: c.importedFrom.name,
            projectName: c.importedFrom.project.name,
          }
        : null,
      changelog: c.versions.map((v) => ({
        id: v.id,
        code: v.codeVersion,
        model: v.modelVersion,
        data: v.dataVersion,
        changelog: v.changelog,
        authorName: v.author?.name ?? null,
        createdAt: v.createdAt,
      })),
    })),
    importable: importable.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      level: c.level,
      projectName: c.project.name,
      projectId: projectLabel(c.project.track, c.project.index),
    })),
  };
}
