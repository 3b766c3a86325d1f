import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { can } from "@/lib/domain/permissions";
import type { ProjectStatus, Role } from "@/lib/domain/vocabulary";

type ProjectTrack = "research" | "product";
import { memberRoleOf, toActor } from "@/lib/dal/core/transaction";

/** The "Edit project" page: the details and people as stored, the version they were read at, the people to pick. */
export type ProjectEditDto = {
  projectId: string;
  slug: string;
  name: string;
  description: string;
  track: ProjectTrack;
  tags: string[];
  status: ProjectStatus;
  version: number;
  owners: string[];
  contributors: string[];
  liveReviews: number;
  allowed: boolean;
  people: { id: string; name: string; roles: Role[] }[];
};

export async function getProjectEditFor(
  db: DbClient,
  viewer: SessionUser,
  slug: string,
): Promise<ProjectEditDto | null> {
  const p = await db.project.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      track: true,
      tags: true,
      status: true,
      version: true,
      members: { select: { userId: true, role: true } },
      _count: { select: { reviews: { where: { status: { in: ["draft", "open"] } } } } },
    },
  });
  if (!p) return null;
  const allowed = can(toActor(viewer), "manage_project", { projectMemberRole: memberRoleOf(p.members, viewer.id) }).ok;
  const people = allowed
    ? await db.user.findMany({
        where: { OR: [{ active: true }, { id: { in: p.members.map((m) => m.userId) } }] },
        select: { id: true, name: true, roles: true },
        orderBy: { name: "asc" },
      })
    : [];
  return {
    projectId: p.id,
    slug: p.slug,
    name: p.name,
    description: p.description,
    track: p.track,
    tags: p.tags,
    status: p.status,
    version: p.version,
    owners: p.members.filter((m) => m.role === "owner").map((m) => m.userId),
    contributors: p.members.filter((m) => m.role === "contributor").map((m) => m.userId),
    liveReviews: p._count.reviews,
    allowed,
    people,
  };
}

export const getProjectEdit = cache(async ({ slug }: { slug: string }): Promise<ProjectEditDto | null> => {
  return getProjectEditFor(prisma, await requireUser(), slug);
});
