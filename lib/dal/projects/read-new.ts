import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { can } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/vocabulary";
import { toActor } from "@/lib/dal/core/transaction";

/** What the "New project" form needs: may the viewer create one, and the people to pick from. */
export type NewProjectFormDto = {
  allowed: boolean;
  viewerId: string;
  people: { id: string; name: string; roles: Role[] }[];
};

export async function getNewProjectFormFor(db: DbClient, viewer: SessionUser): Promise<NewProjectFormDto> {
  const allowed = can(toActor(viewer), "create_project").ok;
  const users = allowed
    ? await db.user.findMany({
        where: { active: true },
        select: { id: true, name: true, roles: true },
        orderBy: { name: "asc" },
      })
    : [];
  return {
    allowed,
    viewerId: viewer.id,
    people: users,
  };
}

export const getNewProjectForm = cache(async (): Promise<NewProjectFormDto> => {
  return getNewProjectFormFor(prisma, await requireUser());
});

/** Whether the viewer may create a project (the projects list offers "New project" then). */
export const canCreateProject = cache(async (): Promise<boolean> => {
  return can(toActor(await requireUser()), "create_project").ok;
});
