import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { decideImportClaim, weakestLinkRise } from "@/lib/domain/component-entry";
import { reason, type Decision } from "@/lib/domain/decision";
import { projectEditableReasons } from "@/lib/domain/project-status";
import type { ArchiveComponentData, ImportComponentData } from "@/lib/schemas/component-import";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { applyTransitions, syncSystemLevel } from "@/lib/dal/core/level-transitions";
import { notifyUsers, projectUrl } from "@/lib/dal/core/notify";
import {
  DomainError,
  expectOne,
  lockProject,
  memberRoleOf,
  notFound,
  permit,
  refuseIf,
  runTransaction,
  unwrap,
} from "@/lib/dal/core/transaction";

/**
 * Components across projects: import one from another project (at level 0, claiming the level it
 * earned there, with its provenance) and archive one (it stops counting towards the system level). Creating and version
 * bumps live in ./commands (the gate engine's commands), the components page's read in ./read-components-page.
 */

/** Where an imported component came from, as the transition's reason and the components page show it. */
export const sourcePath = (slug: string, componentId: string) =>
  `/projects/${slug}/components#component-${componentId}`;

/**
 * The review that earned a component its current level: the last transition that reached it by a
 * review (graduation or entry), else the review its own start copied (a research-track copy).
 */
async function earningReviewId(
  tx: Tx,
  c: { id: string; level: number; sourceReviewId: string | null },
): Promise<string | null> {
  const t = await tx.levelTransition.findFirst({
    where: { componentId: c.id, toLevel: c.level, reviewId: { not: null }, kind: { in: ["graduation", "entry"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { reviewId: true },
  });
  return t?.reviewId ?? c.sourceReviewId;
}

/**
 * Imports a component at level 0 with its provenance (source project, component and the review that
 * earned its level there). The source's confirmed level becomes a claim that an entry review of
 * this project's panel confirms; importing never raises the system level.
 */
export async function importComponent(user: SessionUser, data: ImportComponentData): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    await lockProject(tx, data.projectId);
    const project = await tx.project.findUniqueOrThrow({
      where: { id: data.projectId },
      select: { status: true, members: { select: { userId: true, role: true } } },
    });
    permit(user, "edit_project", { projectMemberRole: memberRoleOf(project.members, user.id) });
    refuseIf(projectEditableReasons(project.status));
    const source = await tx.component.findUnique({
      where: { id: data.sourceComponentId },
      select: {
        id: true,
        name: true,
        kind: true,
        description: true,
        level: true,
        claimedLevel: true,
        sourceReviewId: true,
        status: true,
        codeVersion: true,
        modelVersion: true,
        dataVersion: true,
        project: { select: { id: true, slug: true, name: true } },
      },
    });
    if (!source) throw notFound("component", "sourceComponentId");
    if (source.project.id === data.projectId) {
      throw new DomainError([
        reason("import_same_project", "This component is already part of this project.", "sourceComponentId"),
      ]);
    }
    const start = unwrap(decideImportClaim(source));
    const name = data.name ?? source.name;
    if (await tx.component.findFirst({ where: { projectId: data.projectId, name }, select: { id: true } })) {
      throw new DomainError([
        reason(
          "component_name_taken",
          `The project already has a component named "${name}"; give the import another name.`,
          "name",
        ),
      ]);
    }
    const now = new Date();
    const versions = {
      codeVersion: source.codeVersion,
      modelVersion: source.modelVersion,
      dataVersion: source.dataVersion,
    };
    const provenance = {
      importedFromId: source.id,
      sourceProjectId: source.project.id,
      sourceReviewId: await earningReviewId(tx, source),
    };
    const component = await tx.component.create({
      data: {
        projectId: data.projectId,
        name,
        kind: source.kind,
        description: source.description,
        level: start.level,
        claimedLevel: start.claimedLevel,
        levelSince: now,
        ...provenance,
        ...versions,
      },
      select: { id: true },
    });
    await applyTransitions(tx, {
      projectId: data.projectId,
      actorId: user.id,
      now,
      transitions: [
        {
          componentId: component.id,
          kind: "start",
          fromLevel: null,
          toLevel: start.level,
          reason:
            `Imported from "${source.name}" of ${source.project.name} (${sourcePath(source.project.slug, source.id)}), where it is at level ${source.level}` +
            (start.claimedLevel === null
              ? "."
              : `; claims level ${start.claimedLevel} here, to be confirmed by an entry review.`),
        },
      ],
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "component.import",
      entityType: "component",
      entityId: component.id,
      projectId: data.projectId,
      after: {
        name,
        kind: source.kind,
        level: start.level,
        claimedLevel: start.claimedLevel,
        sourceLevel: source.level,
        ...provenance,
        ...versions,
      },
    });
    return component;
  });
}

/** Audit action of an archive that raised the system level (the timeline reads it too). */
export const WEAKEST_LINK_ARCHIVED = "component.archive_weakest_link";

/**
 * Tells the project's managers — users with the manager role (the app has no per-project manager)
 * and the project's owners — and the chair of its last review that the system level rose without a review.
 */
async function announceWeakestLink(
  tx: Tx,
  input: {
    projectId: string;
    project: { slug: string; name: string; members: { userId: string; role: string }[] };
    component: string;
    rise: { from: number; to: number };
    reason: string;
  },
): Promise<void> {
  const managers = await tx.user.findMany({ where: { active: true, roles: { has: "manager" } }, select: { id: true } });
  const lastChair = await tx.panelSeat.findFirst({
    where: { isChair: true, review: { projectId: input.projectId, openedAt: { not: null } } },
    orderBy: { review: { openedAt: "desc" } },
    select: { userId: true },
  });
  const owners = input.project.members.filter((m) => m.role === "owner").map((m) => m.userId);
  await notifyUsers(tx, [...managers.map((m) => m.id), ...owners, ...(lastChair ? [lastChair.userId] : [])], {
    kind: "project.weakest_link_archived",
    title: `${input.project.name} rose from level ${input.rise.from} to ${input.rise.to} without a review`,
    body: `"${input.component}" was archived (${input.reason}); it was the lowest component, so the system level rose.`,
    url: projectUrl(input.project.slug),
    projectId: input.projectId,
  });
}

/**
 * Archives a component. Refused while a draft or open review covers it (the panel must not lose
 * what it judges); the project row is locked first, as opening a draft does, so the two queue.
 */
export async function archiveComponent(
  user: SessionUser,
  data: ArchiveComponentData,
): Promise<Decision<{ systemLevel: number | null }>> {
  return runTransaction(async (tx) => {
    const head = await tx.component.findUnique({ where: { id: data.componentId }, select: { projectId: true } });
    if (!head) throw notFound("component", "componentId");
    await lockProject(tx, head.projectId);
    const c = await tx.component.findUniqueOrThrow({
      where: { id: data.componentId },
      select: {
        id: true,
        name: true,
        status: true,
        version: true,
        level: true,
        claimedLevel: true,
        project: {
          select: {
            slug: true,
            name: true,
            status: true,
            systemLevel: true,
            members: { select: { userId: true, role: true } },
          },
        },
      },
    });
    permit(user, "edit_project", { projectMemberRole: memberRoleOf(c.project.members, user.id) });
    refuseIf(projectEditableReasons(c.project.status));
    if (c.status === "archived")
      throw new DomainError([reason("component_archived", `"${c.name}" is already archived.`, "componentId")]);
    const live = await tx.reviewComponent.count({
      where: { componentId: c.id, review: { status: { in: ["draft", "open"] } } },
    });
    if (live > 0) {
      throw new DomainError([
        reason(
          "component_under_review",
          `"${c.name}" is part of a draft or open review; withdraw or finish the review before archiving it.`,
          "componentId",
        ),
      ]);
    }
    const { count } = await tx.component.updateMany({
      where: { id: c.id, status: "active", version: c.version },
      data: { status: "archived", version: { increment: 1 } },
    });
    expectOne(count, `component ${c.id} status`);
    const systemLevel = await syncSystemLevel(tx, head.projectId, new Date());
    const rise = weakestLinkRise(c.project.systemLevel, systemLevel);
    await writeAudit(tx, {
      // Its own kind of event: the system level rose without a review (timeline and audit log show it).
      actorId: user.id,
      action: rise ? WEAKEST_LINK_ARCHIVED : "component.archive",
      entityType: "component",
      entityId: c.id,
      projectId: head.projectId,
      before: { status: "active", level: c.level, claimedLevel: c.claimedLevel, systemLevel: c.project.systemLevel },
      after: { status: "archived", reason: data.reason, systemLevel },
    });
    if (rise)
      await announceWeakestLink(tx, {
        projectId: head.projectId,
        project: c.project,
        component: c.name,
        rise,
        reason: data.reason,
      });
    return { systemLevel };
  });
}
