import "server-only";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { allowedActions } from "@/lib/domain/allowed-actions";
import { reason, type Decision } from "@/lib/domain/decision";
import { projectEditableReasons } from "@/lib/domain/project-status";
import type { ComponentKind, ComponentStatus, MemberRole } from "@/lib/domain/vocabulary";
import type { ArchiveComponentData, ImportComponentData } from "@/lib/schemas/component-import";
import { writeAudit } from "./audit";
import { applyTransitions, syncSystemLevel } from "./level-transitions";
import { projectLabel } from "./projects";
import { DomainError, expectOne, lockProject, memberRoleOf, notFound, permit, refuseIf, runTransaction, toActor } from "./transaction";

/**
 * Components across projects: import one from another project (it keeps its level and versions,
 * and links back to its history there) and archive one (it stops counting towards the system
 * level). Creating and version bumps live in ./components (the gate engine's commands).
 */

/** Where an imported component came from, as the transition's reason and the components page show it. */
export const sourcePath = (slug: string, componentId: string) => `/projects/${slug}/components#component-${componentId}`;

export async function importComponent(user: SessionUser, data: ImportComponentData): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    await lockProject(tx, data.projectId);
    const project = await tx.project.findUniqueOrThrow({ where: { id: data.projectId }, select: { status: true, members: { select: { userId: true, role: true } } } });
    permit(user, "edit_project", { projectMemberRole: memberRoleOf(project.members, user.id) });
    refuseIf(projectEditableReasons(project.status));
    const source = await tx.component.findUnique({
      where: { id: data.sourceComponentId },
      select: {
        id: true, name: true, kind: true, description: true, level: true, status: true, codeVersion: true, modelVersion: true, dataVersion: true,
        project: { select: { id: true, slug: true, name: true } },
      },
    });
    if (!source) throw notFound("component", "sourceComponentId");
    if (source.project.id === data.projectId) {
      throw new DomainError([reason("import_same_project", "This component is already part of this project.", "sourceComponentId")]);
    }
    if (source.status !== "active") {
      throw new DomainError([reason("import_archived", "An archived component cannot be imported.", "sourceComponentId")]);
    }
    const name = data.name ?? source.name;
    if (await tx.component.findFirst({ where: { projectId: data.projectId, name }, select: { id: true } })) {
      throw new DomainError([reason("component_name_taken", `The project already has a component named "${name}"; give the import another name.`, "name")]);
    }
    const now = new Date();
    const versions = { codeVersion: source.codeVersion, modelVersion: source.modelVersion, dataVersion: source.dataVersion };
    const component = await tx.component.create({
      data: { projectId: data.projectId, name, kind: source.kind, description: source.description, level: source.level, levelSince: now, importedFromId: source.id, ...versions },
      select: { id: true },
    });
    await applyTransitions(tx, {
      projectId: data.projectId, actorId: user.id, now,
      transitions: [{
        componentId: component.id, kind: "start", fromLevel: null, toLevel: source.level,
        reason: `Imported at level ${source.level} from "${source.name}" of ${source.project.name} (${sourcePath(source.project.slug, source.id)}).`,
      }],
    });
    await writeAudit(tx, {
      actorId: user.id, action: "component.import", entityType: "component", entityId: component.id, projectId: data.projectId,
      after: { name, kind: source.kind, level: source.level, importedFromId: source.id, sourceProjectId: source.project.id, ...versions },
    });
    return component;
  });
}

/**
 * Archives a component. Refused while a draft or open review covers it (the panel must not lose
 * what it judges); the project row is locked first, as opening a draft does, so the two queue.
 */
export async function archiveComponent(user: SessionUser, data: ArchiveComponentData): Promise<Decision<{ systemLevel: number | null }>> {
  return runTransaction(async (tx) => {
    const head = await tx.component.findUnique({ where: { id: data.componentId }, select: { projectId: true } });
    if (!head) throw notFound("component", "componentId");
    await lockProject(tx, head.projectId);
    const c = await tx.component.findUniqueOrThrow({
      where: { id: data.componentId },
      select: { id: true, name: true, status: true, version: true, level: true, project: { select: { status: true, members: { select: { userId: true, role: true } } } } },
    });
    permit(user, "edit_project", { projectMemberRole: memberRoleOf(c.project.members, user.id) });
    refuseIf(projectEditableReasons(c.project.status));
    if (c.status === "archived") throw new DomainError([reason("component_archived", `"${c.name}" is already archived.`, "componentId")]);
    const live = await tx.reviewComponent.count({ where: { componentId: c.id, review: { status: { in: ["draft", "open"] } } } });
    if (live > 0) {
      throw new DomainError([reason("component_under_review", `"${c.name}" is part of a draft or open review; withdraw or finish the review before archiving it.`, "componentId")]);
    }
    const { count } = await tx.component.updateMany({ where: { id: c.id, status: "active", version: c.version }, data: { status: "archived", version: { increment: 1 } } });
    expectOne(count, `component ${c.id} status`);
    const systemLevel = await syncSystemLevel(tx, head.projectId, new Date());
    await writeAudit(tx, {
      actorId: user.id, action: "component.archive", entityType: "component", entityId: c.id, projectId: head.projectId,
      before: { status: "active", level: c.level }, after: { status: "archived", reason: data.reason, systemLevel },
    });
    return { systemLevel };
  });
}

// ---------------------------------------------------------------------------------------------
// Reads for the components page

export type ComponentDetailDto = {
  id: string;
  name: string;
  kind: ComponentKind;
  status: ComponentStatus;
  description: string;
  level: number;
  versions: { code: string; model: string; data: string };
  levelSince: Date;
  importedFrom: { path: string; name: string; projectName: string } | null;
  /** Version bumps, newest first. */
  changelog: { id: string; code: string; model: string; data: string; changelog: string; authorName: string | null; createdAt: Date }[];
};

export type ComponentsPageDto = {
  project: { id: string; slug: string; name: string; projectId: string; status: string; systemLevel: number | null };
  canEdit: boolean;
  canBump: boolean;
  components: ComponentDetailDto[];
  /** Active components of other projects, for the import form. */
  importable: { id: string; name: string; kind: ComponentKind; level: number; projectName: string; projectId: string }[];
};

export async function getComponentsPage({ slug }: { slug: string }): Promise<ComponentsPageDto | null> {
  const viewer = await requireUser();
  const p = await prisma.project.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, track: true, index: true, status: true, systemLevel: true,
      members: { select: { userId: true, role: true } },
      components: {
        orderBy: [{ status: "asc" }, { level: "asc" }, { name: "asc" }],
        select: {
          id: true, name: true, kind: true, status: true, description: true, level: true, levelSince: true,
          codeVersion: true, modelVersion: true, dataVersion: true,
          importedFrom: { select: { id: true, name: true, project: { select: { slug: true, name: true } } } },
          versions: {
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            select: { id: true, codeVersion: true, modelVersion: true, dataVersion: true, changelog: true, createdAt: true, author: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!p) return null;
  const members = p.members.map((m) => ({ userId: m.userId, role: m.role as MemberRole }));
  const allowed = allowedActions({ project: { status: p.status, members } }, toActor(viewer));
  const importable = allowed.includes("edit_project")
    ? await prisma.component.findMany({
        where: { status: "active", projectId: { not: p.id } },
        orderBy: [{ project: { name: "asc" } }, { name: "asc" }],
        take: 500,
        select: { id: true, name: true, kind: true, level: true, project: { select: { name: true, track: true, index: true } } },
      })
    : [];
  return {
    project: { id: p.id, slug: p.slug, name: p.name, projectId: projectLabel(p.track, p.index), status: p.status, systemLevel: p.systemLevel },
    canEdit: allowed.includes("edit_project"),
    canBump: allowed.includes("bump_version"),
    components: p.components.map((c) => ({
      id: c.id, name: c.name, kind: c.kind, status: c.status, description: c.description, level: c.level, levelSince: c.levelSince,
      versions: { code: c.codeVersion, model: c.modelVersion, data: c.dataVersion },
      importedFrom: c.importedFrom
        ? { path: sourcePath(c.importedFrom.project.slug, c.importedFrom.id), name: c.importedFrom.name, projectName: c.importedFrom.project.name }
        : null,
      changelog: c.versions.map((v) => ({
        id: v.id, code: v.codeVersion, model: v.modelVersion, data: v.dataVersion, changelog: v.changelog, authorName: v.author?.name ?? null, createdAt: v.createdAt,
      })),
    })),
    importable: importable.map((c) => ({ id: c.id, name: c.name, kind: c.kind, level: c.level, projectName: c.project.name, projectId: projectLabel(c.project.track, c.project.index) })),
  };
}
