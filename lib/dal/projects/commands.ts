import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Decision } from "@/lib/domain/decision";
import { decideProjectStatus } from "@/lib/domain/project-status";
import type { ProjectStatus } from "@/lib/domain/vocabulary";
import { emptyCardContent, type CardContent } from "@/lib/domain/card-content";
import { decideNewProject } from "@/lib/domain/project-create";
import { projectLabel } from "@/lib/domain/project-label";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applyTransitions } from "@/lib/dal/core/level-transitions";
import { notifyUsers, projectUrl } from "@/lib/dal/core/notify";
import { latestDefinitions } from "@/lib/dal/reviews/definitions";
import type { CreateProjectData, ProjectStatusData } from "@/lib/schemas/project";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import {
  expectOne,
  lockProject,
  memberRoleOf,
  permit,
  runTransaction,
  toActor,
  unwrap,
} from "@/lib/dal/core/transaction";

/** Project writes: create (with members, components and the first card revision), pause and resume. */

const slugBase = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50) || "project";

/**
 * Serialises project creation (numbers and slugs) for the rest of the transaction. Without it,
 * simultaneous creators all pick the same next number and slug; the unique indexes would still
 * refuse all but one, but each loser would have to retry. Both creators of projects (createProject
 * and the L2 A+B research track) take it.
 */
export async function lockProjectNumbering(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('mltrl.project_numbering'))`;
}

/** Paths under /projects that are pages, not projects. */
const RESERVED_SLUGS = new Set(["new"]);

/** A slug no project uses yet (call under lockProjectNumbering). */
export async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = RESERVED_SLUGS.has(slugBase(name)) ? `${slugBase(name)}-project` : slugBase(name);
  const taken = new Set(
    (await tx.project.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The next number of the card's project ID in a track (R03 after R02; call under lockProjectNumbering). */
export async function nextProjectIndex(tx: Tx, track: "research" | "product"): Promise<number> {
  const { _max } = await tx.project.aggregate({ where: { track }, _max: { index: true } });
  return (_max.index ?? 0) + 1;
}

/**
 * Creates a project in one transaction: the project, its owners (the creator when none is picked)
 * and contributors, its first components (each at level 0 with its `start` transition, a higher
 * level only as a claim), the first TRL Card revision started from the level-0 template, the audit
 * event and a notification to every member other than the creator.
 */
export async function createProject(
  user: SessionUser,
  data: CreateProjectData,
): Promise<Decision<{ id: string; slug: string }>> {
  return runTransaction(async (tx) => {
    permit(user, "create_project");
    const ids = [...new Set([...data.owners, ...data.contributors])];
    const users = await tx.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, active: true },
    });
    const plan = unwrap(
      decideNewProject({
        creatorId: user.id,
        owners: data.owners,
        contributors: data.contributors,
        users: new Map(users.map((u) => [u.id, u])),
        components: data.components,
      }),
    );
    await lockProjectNumbering(tx);
    const slug = await freeSlug(tx, data.name);
    const index = await nextProjectIndex(tx, data.track);
    const now = new Date();
    const project = await tx.project.create({
      data: {
        slug,
        index,
        name: data.name,
        description: data.description,
        track: data.track,
        tags: data.tags,
        members: { create: plan.members },
      },
      select: { id: true, slug: true },
    });
    const components = [];
    for (const c of plan.components) {
      const row = await tx.component.create({
        data: {
          projectId: project.id,
          ...c,
          levelSince: now,
          codeVersion: "0.1.0",
          modelVersion: "0.1.0",
          dataVersion: "0.1.0",
        },
        select: { id: true },
      });
      components.push({ id: row.id, name: c.name, kind: c.kind, claimedLevel: c.claimedLevel });
    }
    await applyTransitions(tx, {
      projectId: project.id,
      actorId: user.id,
      now,
      transitions: components.map((c) => ({
        componentId: c.id,
        kind: "start" as const,
        fromLevel: null,
        toLevel: 0,
        reason:
          c.claimedLevel === null
            ? "Created with the project"
            : `Created with the project; claims level ${c.claimedLevel}, to be confirmed by an entry review`,
      })),
    });
    const definitions = await latestDefinitions(tx);
    const content: CardContent = { ...emptyCardContent, tldr: data.tldr };
    await tx.cardRevision.create({
      data: {
        projectId: project.id,
        number: 1,
        content: content as unknown as Prisma.InputJsonValue,
        changedSections: data.tldr ? ["tldr"] : [],
        summary: `Started from the level 0 template (level definitions version ${definitions.version})`,
        authorId: user.id,
        systemLevel: components.length > 0 ? 0 : null,
        createdAt: now,
      },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "project.create",
      entityType: "project",
      entityId: project.id,
      projectId: project.id,
      after: {
        slug,
        index,
        name: data.name,
        track: data.track,
        tags: data.tags,
        owners: plan.members.filter((m) => m.role === "owner").map((m) => m.userId),
        contributors: plan.members.filter((m) => m.role === "contributor").map((m) => m.userId),
        components,
        card: { revision: 1, levelDefinitionsVersion: definitions.version },
      },
    });
    await notifyUsers(
      tx,
      plan.members.map((m) => m.userId).filter((id) => id !== user.id),
      {
        kind: "project.member_added",
        title: `You were added to ${data.name}`,
        body: `${user.name} created ${projectLabel(data.track, index)} ${data.name} with you as a member.`,
        url: projectUrl(slug),
        projectId: project.id,
      },
    );
    return project;
  });
}

/**
 * Pause (a paused project opens no review until resumed) or resume, by an owner or an admin, with a
 * reason. The project row is locked first, so status changes and new drafts queue behind each other.
 */
export async function setProjectStatus(
  user: SessionUser,
  data: ProjectStatusData & { to: Extract<ProjectStatus, "active" | "paused"> },
): Promise<Decision<{ status: ProjectStatus }>> {
  return runTransaction(async (tx) => {
    await lockProject(tx, data.projectId);
    const project = await tx.project.findUniqueOrThrow({
      where: { id: data.projectId },
      select: {
        status: true,
        version: true,
        gateOutcome: true,
        members: { select: { userId: true, role: true } },
      },
    });
    const memberRole = memberRoleOf(project.members, user.id);
    const gateHold = project.status === "paused" && project.gateOutcome === "hold";
    permit(user, data.to === "active" ? (gateHold ? "decide_gate_outcome" : "resume_project") : "pause_project", {
      projectMemberRole: memberRole,
    });
    const next = unwrap(
      decideProjectStatus({
        actor: toActor(user),
        memberRole,
        from: project.status,
        to: data.to,
        reason: data.reason,
        gateHold,
      }),
    );
    // Resuming lifts a gate hold: the gate fields describe the project's current state only.
    const { count } = await tx.project.updateMany({
      where: { id: data.projectId, status: project.status, version: project.version },
      data: {
        status: next.status,
        version: { increment: 1 },
        ...(data.to === "active"
          ? { gateOutcome: null, gateReason: null, gateReviewId: null, gateLevel: null, gateDecidedAt: null }
          : {}),
      },
    });
    expectOne(count, "project status");
    await writeAudit(tx, {
      actorId: user.id,
      action: data.to === "active" ? "project.resume" : "project.pause",
      entityType: "project",
      entityId: data.projectId,
      projectId: data.projectId,
      before: { status: project.status },
      after: { status: next.status, reason: data.reason },
    });
    return next;
  });
}
