import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { reason, type Decision } from "@/lib/domain/decision";
import { projectEditableReasons } from "@/lib/domain/project-status";
import { decideDiscoverySwitchback, decideEmbeddedSwitchback, decideVersionBump } from "@/lib/domain/switchbacks";
import { decideComponentStart } from "@/lib/domain/component-entry";
import type { BumpVersionData, CreateComponentData, SwitchbackData } from "@/lib/schemas/component";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { applyTransitions } from "@/lib/dal/core/level-transitions";
import { lockOpenReviewsCovering, repinOpenReviews } from "@/lib/dal/reviews/repin";
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

/** Component writes: create (with its `start` transition at 0), version bumps, discovery/embedded switchbacks. */

/**
 * Creates a component at level 0 (its `start` transition). A higher starting level is stored as a
 * claim (`claimedLevel`) that only an entry review confirms, so creating never raises the system level.
 */
export async function createComponent(user: SessionUser, data: CreateComponentData): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    await lockProject(tx, data.projectId);
    const project = await tx.project.findUniqueOrThrow({
      where: { id: data.projectId },
      select: { status: true, members: { select: { userId: true, role: true } } },
    });
    permit(user, "edit_project", { projectMemberRole: memberRoleOf(project.members, user.id) });
    refuseIf(projectEditableReasons(project.status));
    const start = unwrap(decideComponentStart({ claimedLevel: data.claimedLevel }));
    if (await tx.component.findFirst({ where: { projectId: data.projectId, name: data.name }, select: { id: true } })) {
      throw new DomainError([
        reason("component_name_taken", `The project already has a component named "${data.name}".`, "name"),
      ]);
    }
    const now = new Date();
    const versions = {
      codeVersion: data.versions.code ?? "0.1.0",
      modelVersion: data.versions.model ?? "0.1.0",
      dataVersion: data.versions.data ?? "0.1.0",
    };
    const component = await tx.component.create({
      data: {
        projectId: data.projectId,
        name: data.name,
        kind: data.kind,
        description: data.description,
        level: start.level,
        claimedLevel: start.claimedLevel,
        levelSince: now,
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
            start.claimedLevel === null
              ? "Component created"
              : `Component created; claims level ${start.claimedLevel}, to be confirmed by an entry review`,
        },
      ],
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "component.create",
      entityType: "component",
      entityId: component.id,
      projectId: data.projectId,
      after: { name: data.name, kind: data.kind, level: start.level, claimedLevel: start.claimedLevel, ...versions },
    });
    return component;
  });
}

const componentSelect = {
  id: true,
  name: true,
  projectId: true,
  level: true,
  status: true,
  version: true,
  codeVersion: true,
  modelVersion: true,
  dataVersion: true,
  project: { select: { status: true, members: { select: { userId: true, role: true } } } },
} as const;

async function loadComponent(tx: Tx, componentId: string, opts: { lockProject?: boolean; lockReviews?: boolean } = {}) {
  const head = await tx.component.findUnique({ where: { id: componentId }, select: { projectId: true } });
  if (!head) throw notFound("component", "componentId");
  // Switchbacks lock the project like opening a draft does, so "is it under a live review?" holds.
  if (opts.lockProject) await lockProject(tx, head.projectId);
  if (opts.lockReviews) await lockOpenReviewsCovering(tx, { projectId: head.projectId, componentIds: [componentId] });
  const c = await tx.component.findUniqueOrThrow({ where: { id: componentId }, select: componentSelect });
  const underLiveReview =
    (await tx.reviewComponent.count({ where: { componentId, review: { status: { in: ["draft", "open"] } } } })) > 0;
  return { ...c, underLiveReview };
}

const versionsOf = (c: { codeVersion: string; modelVersion: string; dataVersion: string }) => ({
  code: c.codeVersion,
  model: c.modelVersion,
  data: c.dataVersion,
});

/**
 * New code/model/data versions. At L9 the component moves back to L7 (embedded) in the same
 * transaction; open reviews covering it re-pin, so votes cast on the old versions go stale.
 */
export async function bumpComponentVersion(
  user: SessionUser,
  data: BumpVersionData,
): Promise<Decision<{ level: number; switchedBack: boolean; repinnedReviewIds: string[] }>> {
  return runTransaction(async (tx) => {
    const c = await loadComponent(tx, data.componentId, { lockReviews: true });
    permit(user, "bump_version", { projectMemberRole: memberRoleOf(c.project.members, user.id) });
    refuseIf(projectEditableReasons(c.project.status));
    const bump = unwrap(
      decideVersionBump({ component: { ...c, versions: versionsOf(c) }, newVersions: data.versions }),
    );
    const next = {
      codeVersion: bump.versions.code ?? c.codeVersion,
      modelVersion: bump.versions.model ?? c.modelVersion,
      dataVersion: bump.versions.data ?? c.dataVersion,
    };
    const { count } = await tx.component.updateMany({
      where: { id: c.id, version: c.version },
      data: { ...next, version: { increment: 1 } },
    });
    expectOne(count, `component ${c.id} versions`);
    await tx.componentVersion.create({
      data: { componentId: c.id, ...next, changelog: data.changelog, authorId: user.id },
    });
    const now = new Date();
    if (bump.transition)
      await applyTransitions(tx, { projectId: c.projectId, actorId: user.id, now, transitions: [bump.transition] });
    const repinned = await repinOpenReviews(tx, { projectId: c.projectId, componentIds: [c.id] });
    const level = bump.transition?.toLevel ?? c.level;
    await writeAudit(tx, {
      actorId: user.id,
      action: "component.bump_version",
      entityType: "component",
      entityId: c.id,
      projectId: c.projectId,
      before: { ...versionsOf(c), level: c.level },
      after: { ...versionsOf(next), level, changelog: data.changelog, repinned },
    });
    return { level, switchedBack: bump.transition !== null, repinnedReviewIds: repinned.map((r) => r.reviewId) };
  });
}

/** Discovery (owner/contributor, any lower level) or embedded (owner, 4 → 2 and 9 → 4) switchback. */
export async function switchbackComponent(
  user: SessionUser,
  data: SwitchbackData & { kind: "discovery" | "embedded" },
): Promise<Decision<{ level: number }>> {
  return runTransaction(async (tx) => {
    const c = await loadComponent(tx, data.componentId, { lockProject: true });
    permit(user, data.kind === "discovery" ? "discovery_switchback" : "embedded_switchback", {
      projectMemberRole: memberRoleOf(c.project.members, user.id),
    });
    refuseIf(projectEditableReasons(c.project.status));
    const input = {
      component: c,
      toLevel: data.toLevel,
      reason: data.reason,
      underLiveReview: c.underLiveReview,
    };
    const t = unwrap(data.kind === "discovery" ? decideDiscoverySwitchback(input) : decideEmbeddedSwitchback(input));
    await applyTransitions(tx, { projectId: c.projectId, actorId: user.id, now: new Date(), transitions: [t] });
    await writeAudit(tx, {
      actorId: user.id,
      action: `component.${data.kind}_switchback`,
      entityType: "component",
      entityId: c.id,
      projectId: c.projectId,
      before: { level: c.level },
      after: { level: t.toLevel, reason: t.reason ?? "" },
    });
    return { level: t.toLevel };
  });
}
