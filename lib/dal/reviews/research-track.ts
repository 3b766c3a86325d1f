import "server-only";
import { emptyCardContent } from "@/lib/domain/card-content";
import { projectLabel } from "@/lib/domain/project-label";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/dal/core/audit";
import { applyTransitions } from "@/lib/dal/core/level-transitions";
import { notifyUsers, projectUrl } from "@/lib/dal/core/notify";
import { freeSlug, lockProjectNumbering, nextProjectIndex } from "@/lib/dal/projects/commands";
import { componentIdsOf, ownerUserIds, type ReviewSnapshot } from "@/lib/dal/reviews/snapshot";

/** The level a research-track project starts at: the L2 decision "A+B" continues research at L2. */
export const RESEARCH_TRACK_LEVEL = 2;

/**
 * L2 path A+B: opens the linked research-track project, in the key decision's transaction. It gets
 * the next free research index, the parent's owners, copies of the reviewed components started at
 * L2 (each linked to its original through importedFromId, with the parent project and this review
 * as provenance: the level was earned here, so it is no claim), a first card revision copied from
 * the parent's latest card, and the parent's requirements (numbered from 1 in the parent's order,
 * each naming the parent and its number there).
 */
export async function createResearchTrack(
  tx: Tx,
  input: { review: ReviewSnapshot; actorId: string; now: Date },
): Promise<{ id: string; slug: string }> {
  const { review, actorId, now } = input;
  const parent = review.project;
  const parentLabel = projectLabel(parent.track, parent.index);
  const name = `${parent.name} (research track)`;
  await lockProjectNumbering(tx);
  const project = await tx.project.create({
    data: {
      slug: await freeSlug(tx, name),
      index: await nextProjectIndex(tx, "research"),
      name,
      track: "research",
      description: parent.description,
      tags: parent.tags,
      parentId: parent.id,
      members: { create: ownerUserIds(review).map((userId) => ({ userId, role: "owner" as const })) },
    },
    select: { id: true, slug: true, index: true },
  });
  const originals = await tx.component.findMany({
    where: { id: { in: componentIdsOf(review) } },
    select: {
      id: true,
      name: true,
      kind: true,
      description: true,
      codeVersion: true,
      modelVersion: true,
      dataVersion: true,
    },
    orderBy: { name: "asc" },
  });
  const copies: string[] = [];
  for (const { id, ...c } of originals) {
    const copy = await tx.component.create({
      // The copy stands at the level this review earned; its provenance names that review.
      data: {
        ...c,
        projectId: project.id,
        level: RESEARCH_TRACK_LEVEL,
        levelSince: now,
        importedFromId: id,
        sourceProjectId: parent.id,
        sourceReviewId: review.id,
      },
      select: { id: true },
    });
    copies.push(copy.id);
  }
  await applyTransitions(tx, {
    projectId: project.id,
    actorId,
    now,
    transitions: copies.map((componentId) => ({
      componentId,
      kind: "start" as const,
      fromLevel: null,
      toLevel: RESEARCH_TRACK_LEVEL,
      reason: `research track of ${parentLabel}`,
      earnedByReviewId: review.id,
    })),
  });
  const card = await tx.cardRevision.findFirst({
    where: { projectId: parent.id },
    orderBy: { number: "desc" },
    select: { number: true, content: true },
  });
  await tx.cardRevision.create({
    data: {
      projectId: project.id,
      number: 1,
      content: (card?.content ?? emptyCardContent) as Prisma.InputJsonValue,
      changedSections: [],
      summary: card
        ? `Copied from the card of ${parentLabel} (revision ${card.number})`
        : `Started for the research track of ${parentLabel}`,
      authorId: actorId,
      systemLevel: RESEARCH_TRACK_LEVEL,
      createdAt: now,
    },
  });
  const carried = await carryRequirements(tx, { from: parent.id, to: project.id });
  await notifyUsers(tx, ownerUserIds(review), {
    kind: "project.research_track",
    title: `${name} was opened`,
    body: `The level 2 review of ${parent.name} chose path A+B: research continues at level 2 in ${projectLabel("research", project.index)}${carried > 0 ? `, with its ${carried === 1 ? "requirement" : `${carried} requirements`}` : ""}.`,
    url: projectUrl(project.slug),
    projectId: project.id,
  });
  return { id: project.id, slug: project.slug };
}

/** Copies every requirement of `from` into the new project `to`, R1… in the parent's order, with provenance. */
async function carryRequirements(tx: Tx, input: { from: string; to: string }): Promise<number> {
  const rows = await tx.requirement.findMany({
    where: { projectId: input.from },
    orderBy: { number: "asc" },
    select: {
      number: true,
      kind: true,
      statement: true,
      verification: true,
      validation: true,
      status: true,
      waiverReason: true,
      pFailure: true,
      value: true,
      risk: true,
      ownerId: true,
      evidenceLinks: true,
    },
  });
  if (rows.length === 0) return 0;
  const { count } = await tx.requirement.createMany({
    data: rows.map(({ number, ...r }, i) => ({
      ...r,
      projectId: input.to,
      number: i + 1,
      sourceProjectId: input.from,
      sourceNumber: number,
    })),
  });
  return count;
}
