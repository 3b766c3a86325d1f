import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { CardContent } from "@/lib/domain/card-content";
import { sectionTitle, type EditableCardSection, type SectionValue } from "@/lib/domain/card-diff";
import { decideCardHold, decideCardPublish, type HeldEdit } from "@/lib/domain/card-held-edits";
import { listOf, reason, type Decision } from "@/lib/domain/decision";
import type { DiscardHeldCardEditsData, HoldCardSectionData, PublishHeldCardEditsData } from "@/lib/schemas/card";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { DomainError, runTransaction, unwrap } from "@/lib/dal/core/transaction";
import { repinOpenReviews } from "@/lib/dal/reviews/repin";
import { refuseUnconfirmedVoteResets } from "@/lib/dal/reviews/vote-resets";
import {
  baseContent,
  conflictAnswer,
  json,
  latestRevision,
  loadEditableProject,
  lockLiveReviews,
  type CardConflict,
  type LatestRevision,
} from "./card-tx";

/**
 * Held card edits (lib/domain/card-held-edits.ts): section edits an editor keeps back from the
 * panel and publishes together as one revision. A held edit is its author's alone: every command
 * here reads and writes only the caller's rows, so nobody else can see, publish or discard it.
 * Holding changes neither the card nor any pin; only the publish re-pins (once) and resets votes.
 */

/** The content of each base revision the edits started from (0 and unknown numbers: null). */
async function baseContents(tx: Tx, projectId: string, numbers: number[], current: LatestRevision) {
  const out = new Map<number, CardContent | null>();
  for (const n of new Set(numbers)) out.set(n, await baseContent(tx, projectId, n, current));
  return out;
}

export type CardHoldResult = { status: "held"; section: EditableCardSection; heldCount: number } | CardConflict;

/** Holds (or re-holds) one section edit; a conflict is answered like a save's, for the editor to merge. */
export async function holdCardSection(user: SessionUser, data: HoldCardSectionData): Promise<Decision<CardHoldResult>> {
  return runTransaction(async (tx): Promise<CardHoldResult> => {
    const project = await loadEditableProject(tx, user, data.projectId);
    const current = await latestRevision(tx, project.id);
    const section = data.section as EditableCardSection;
    const edit: HeldEdit = {
      section,
      value: data.value as SectionValue,
      baseNumber: data.baseRevision,
      base: await baseContent(tx, project.id, data.baseRevision, current),
    };
    const outcome = unwrap(decideCardHold({ ...edit, current }));
    if (outcome.kind === "conflict") return conflictAnswer(outcome, current);
    const key = { projectId: project.id, authorId: user.id, section };
    const before = await tx.cardHeldEdit.findUnique({
      where: { projectId_authorId_section: key },
      select: { value: true, baseRevision: true },
    });
    const row = await tx.cardHeldEdit.upsert({
      where: { projectId_authorId_section: key },
      create: { ...key, value: json(data.value), baseRevision: data.baseRevision },
      update: { value: json(data.value), baseRevision: data.baseRevision },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "card.hold",
      entityType: "card_held_edit",
      entityId: row.id,
      projectId: project.id,
      before: json(before ?? null),
      after: json({ section, value: data.value, baseRevision: data.baseRevision }),
    });
    const heldCount = await tx.cardHeldEdit.count({ where: { projectId: project.id, authorId: user.id } });
    return { status: "held", section, heldCount };
  });
}

/** Drops one held section, or all of the caller's held edits of the card. */
export async function discardHeldCardEdits(
  user: SessionUser,
  data: DiscardHeldCardEditsData,
): Promise<Decision<{ discarded: EditableCardSection[] }>> {
  return runTransaction(async (tx) => {
    const project = await loadEditableProject(tx, user, data.projectId);
    const where = { projectId: project.id, authorId: user.id, ...(data.section ? { section: data.section } : {}) };
    const rows = await tx.cardHeldEdit.findMany({
      where,
      select: { id: true, section: true },
      orderBy: { section: "asc" },
    });
    if (rows.length === 0) {
      throw new DomainError([
        reason(
          "card_nothing_held",
          data.section
            ? `You hold no edit of "${sectionTitle(data.section)}".`
            : "Nothing to discard: you hold no edits of this card.",
        ),
      ]);
    }
    await tx.cardHeldEdit.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
    const discarded = rows.map((r) => r.section as EditableCardSection);
    await writeAudit(tx, {
      actorId: user.id,
      action: "card.discard_held",
      entityType: "project",
      entityId: project.id,
      projectId: project.id,
      before: json({ sections: discarded }),
      after: json(null),
    });
    return { discarded };
  });
}

export type CardPublishResult = {
  number: number;
  sections: EditableCardSection[];
  rebased: boolean;
  repinnedReviewIds: string[];
};

/**
 * All of the caller's held edits as ONE new revision: one re-pin of the open reviews, one vote-reset
 * confirmation. A conflict refuses it all (throws, so the held edits stay); a success spends them.
 */
export async function publishHeldCardEdits(
  user: SessionUser,
  data: PublishHeldCardEditsData,
): Promise<Decision<CardPublishResult>> {
  return runTransaction(async (tx) => {
    const project = await loadEditableProject(tx, user, data.projectId);
    await lockLiveReviews(tx, project.id);
    const current = await latestRevision(tx, project.id);
    const rows = await tx.cardHeldEdit.findMany({
      where: { projectId: project.id, authorId: user.id },
      select: { id: true, section: true, value: true, baseRevision: true },
    });
    const bases = await baseContents(
      tx,
      project.id,
      rows.map((r) => r.baseRevision),
      current,
    );
    const held: HeldEdit[] = rows.map((r) => ({
      section: r.section as EditableCardSection,
      value: r.value as SectionValue,
      baseNumber: r.baseRevision,
      base: bases.get(r.baseRevision) ?? null,
    }));
    const outcome = unwrap(decideCardPublish({ held, current }));
    const number = (current?.number ?? 0) + 1;
    const sections = outcome.changedSections;
    const summary =
      data.note ||
      `Edited ${listOf(sections.map(sectionTitle), "and")} in one revision${outcome.rebased ? ` (on top of revision ${current?.number})` : ""}`;
    const revision = await tx.cardRevision.create({
      data: {
        projectId: project.id,
        number,
        content: json(outcome.content),
        changedSections: sections,
        summary: summary.slice(0, 500),
        authorId: user.id,
        systemLevel: project.systemLevel,
      },
      select: { id: true },
    });
    const repinned = await repinOpenReviews(tx, { projectId: project.id, cardRevisionId: revision.id });
    await refuseUnconfirmedVoteResets(tx, repinned, data.acknowledgedVoteResets ?? 0, "published");
    await tx.cardHeldEdit.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "card.publish_held",
      entityType: "card_revision",
      entityId: revision.id,
      projectId: project.id,
      before: json({
        revision: current?.number ?? 0,
        held: rows.map((r) => ({ section: r.section, baseRevision: r.baseRevision })),
      }),
      after: json({ revision: number, changedSections: sections, rebased: outcome.rebased, repinned }),
    });
    return { number, sections, rebased: outcome.rebased, repinnedReviewIds: repinned.map((r) => r.reviewId) };
  });
}
