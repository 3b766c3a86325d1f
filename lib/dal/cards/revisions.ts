import "server-only";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { emptyCardContent, normaliseCardContent, type CardContent } from "@/lib/domain/card-content";
import {
  decideCardRestore,
  decideCardSave,
  sectionTitle,
  sectionValue,
  type EditableCardSection,
  type SectionValue,
} from "@/lib/domain/card-diff";
import type { Decision } from "@/lib/domain/decision";
import type { RestoreCardRevisionData, SaveCardSectionData } from "@/lib/schemas/card";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { repinOpenReviews, type Repinned } from "@/lib/dal/reviews/repin";
import { refuseUnconfirmedVoteResets } from "@/lib/dal/reviews/vote-resets";
import { notFound, runTransaction, unwrap } from "@/lib/dal/core/transaction";
import {
  baseContent,
  conflictAnswer,
  json,
  latestRevision,
  loadEditableProject,
  lockLiveReviews,
  revisionByNumber,
  type CardConflict,
} from "./card-tx";

/**
 * TRL Card revisions. The table is append-only: every save and every restore writes a new
 * revision numbered previous + 1. Two saves from the same base compete for that number; the
 * unique (projectId, number) index lets one win, runTransaction re-runs the loser from a fresh
 * snapshot, and the domain's conflict rule then rebases it (another section changed) or reports a
 * conflict (the same section changed). Nothing is ever silently overwritten.
 */

export type CardSaveResult =
  { status: "saved"; number: number; rebased: boolean; repinnedReviewIds: string[] } | CardConflict;

/** Saves one section as a new revision, rebased or refused as a conflict per the domain rule. */
export async function saveCardSection(user: SessionUser, data: SaveCardSectionData): Promise<Decision<CardSaveResult>> {
  return runTransaction(async (tx): Promise<CardSaveResult> => {
    const project = await loadEditableProject(tx, user, data.projectId);
    await lockLiveReviews(tx, project.id);
    const current = await latestRevision(tx, project.id);
    const section = data.section as EditableCardSection;
    const outcome = unwrap(
      decideCardSave({
        section,
        value: data.value as SectionValue,
        baseNumber: data.baseRevision,
        base: await baseContent(tx, project.id, data.baseRevision, current),
        current,
      }),
    );
    if (outcome.kind === "conflict") return conflictAnswer(outcome, current);
    const number = (current?.number ?? 0) + 1;
    const summary =
      data.note ||
      `Edited ${sectionTitle(section)}${outcome.rebased ? ` (on top of revision ${current?.number})` : ""}`;
    const revision = await tx.cardRevision.create({
      data: {
        projectId: project.id,
        number,
        content: json(outcome.content),
        changedSections: outcome.changedSections,
        summary,
        authorId: user.id,
        systemLevel: project.systemLevel,
      },
      select: { id: true },
    });
    const repinned = await repinOpenReviews(tx, { projectId: project.id, cardRevisionId: revision.id });
    await refuseUnconfirmedVoteResets(tx, repinned, data.acknowledgedVoteResets ?? 0);
    // Saved directly: the editor's held edit of this section is spent (publishing it would undo this save).
    const spent = await tx.cardHeldEdit.deleteMany({ where: { projectId: project.id, authorId: user.id, section } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "card.save",
      entityType: "card_revision",
      entityId: revision.id,
      projectId: project.id,
      before: json({
        revision: current?.number ?? 0,
        section,
        value: current ? sectionValue(current.content, section) : null,
      }),
      after: json({
        revision: number,
        section,
        value: data.value,
        baseRevision: data.baseRevision,
        rebased: outcome.rebased,
        repinned,
        ...(spent.count > 0 ? { heldEditSpent: true } : {}),
      }),
    });
    return { status: "saved", number, rebased: outcome.rebased, repinnedReviewIds: repinned.map((r) => r.reviewId) };
  });
}

/** Writes an earlier revision again as the newest one (restoredFrom records which). */
export async function restoreCardRevision(
  user: SessionUser,
  data: RestoreCardRevisionData,
): Promise<Decision<{ number: number; repinnedReviewIds: string[] }>> {
  return runTransaction(async (tx) => {
    const project = await loadEditableProject(tx, user, data.projectId);
    await lockLiveReviews(tx, project.id);
    const current = await latestRevision(tx, project.id);
    const old = await revisionByNumber(tx, project.id, data.revision);
    if (!old) throw notFound("card revision", "revision");
    const next = unwrap(decideCardRestore({ restore: old, baseNumber: data.baseRevision, current }));
    const number = (current?.number ?? 0) + 1;
    const revision = await tx.cardRevision.create({
      data: {
        projectId: project.id,
        number,
        content: json(next.content),
        changedSections: next.changedSections,
        summary: `Restored revision ${old.number}`,
        authorId: user.id,
        restoredFrom: old.number,
        systemLevel: project.systemLevel,
      },
      select: { id: true },
    });
    const repinned = await repinOpenReviews(tx, { projectId: project.id, cardRevisionId: revision.id });
    await refuseUnconfirmedVoteResets(tx, repinned, data.acknowledgedVoteResets ?? 0);
    await writeAudit(tx, {
      actorId: user.id,
      action: "card.restore",
      entityType: "card_revision",
      entityId: revision.id,
      projectId: project.id,
      before: json({ revision: current?.number ?? 0 }),
      after: json({ revision: number, restoredFrom: old.number, changedSections: next.changedSections, repinned }),
    });
    return { number, repinnedReviewIds: repinned.map((r) => r.reviewId) };
  });
}

/**
 * The numbered requirements are part of the TRL Card (its "shall" statements) but live in their
 * own table. When they change while a review is open, the votes cast on the old ones must go
 * stale as after a card save: this appends a revision with the same sections, marked as a change
 * of the requirements (so the card's history says why the pin moved), and re-pins the open
 * reviews to it. Without an open review nothing is pinned to the requirements and nothing is
 * written. Call it inside the transaction that changed the requirements; it refuses (and so rolls
 * the change back) when the re-pin resets more votes than the editor confirmed.
 */
export async function recordRequirementsChange(
  tx: Tx,
  input: { projectId: string; authorId: string; summary: string; acknowledgedVoteResets: number | undefined },
): Promise<Repinned[]> {
  await lockLiveReviews(tx, input.projectId);
  const open = await tx.review.count({ where: { projectId: input.projectId, status: "open" } });
  if (open === 0) return [];
  const [current, project] = await Promise.all([
    latestRevision(tx, input.projectId),
    tx.project.findUniqueOrThrow({ where: { id: input.projectId }, select: { systemLevel: true } }),
  ]);
  const revision = await tx.cardRevision.create({
    data: {
      projectId: input.projectId,
      number: (current?.number ?? 0) + 1,
      content: json(current?.content ?? emptyCardContent),
      changedSections: ["requirements"],
      summary: input.summary,
      authorId: input.authorId,
      systemLevel: project.systemLevel,
    },
    select: { id: true },
  });
  const repinned = await repinOpenReviews(tx, { projectId: input.projectId, cardRevisionId: revision.id });
  await refuseUnconfirmedVoteResets(tx, repinned, input.acknowledgedVoteResets ?? 0);
  return repinned;
}

// ---------------------------------------------------------------------------------------------
// Reads: history and diffs (any signed-in user may read cards)

export type CardHistoryEntryDto = {
  number: number;
  authorName: string | null;
  createdAt: Date;
  changedSections: string[];
  summary: string;
  restoredFrom: number | null;
  systemLevel: number | null;
};

export async function listCardRevisions({ projectId }: { projectId: string }): Promise<CardHistoryEntryDto[]> {
  await requireUser();
  const rows = await prisma.cardRevision.findMany({
    where: { projectId },
    orderBy: { number: "desc" },
    select: {
      number: true,
      createdAt: true,
      changedSections: true,
      summary: true,
      restoredFrom: true,
      systemLevel: true,
      author: { select: { name: true } },
    },
  });
  return rows.map(({ author, ...r }) => ({ ...r, authorName: author?.name ?? null }));
}

export type CardRevisionContentDto = {
  number: number;
  authorName: string | null;
  createdAt: Date;
  content: CardContent;
};

/** The revisions `numbers` of a project's card (missing numbers are left out). */
export async function getCardRevisions({
  projectId,
  numbers,
}: {
  projectId: string;
  numbers: number[];
}): Promise<CardRevisionContentDto[]> {
  await requireUser();
  const rows = await prisma.cardRevision.findMany({
    where: { projectId, number: { in: numbers } },
    select: { number: true, createdAt: true, content: true, author: { select: { name: true } } },
  });
  return rows.map((r) => ({
    number: r.number,
    createdAt: r.createdAt,
    authorName: r.author?.name ?? null,
    content: normaliseCardContent(r.content),
  }));
}
