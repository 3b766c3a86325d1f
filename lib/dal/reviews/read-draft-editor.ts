import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { allowedActions, type UiAction } from "@/lib/domain/allowed-actions";
import { normaliseCardContent } from "@/lib/domain/card-content";
import { cardSectionsFilled } from "@/lib/domain/card-sections";
import type { Reason } from "@/lib/domain/decision";
import { levelDefinition, type SeatRequirements } from "@/lib/domain/levels";
import { requirementKindsExpectedAt } from "@/lib/domain/requirements";
import { decideSubmit } from "@/lib/domain/review-submit";
import {
  CARD_SECTION_LABELS,
  type CardSection,
  type ComponentKind,
  type ReviewKind,
  type CriterionState,
  type Discipline,
  type EthicsAnswer,
  type MemberRole,
  type RequirementKind,
  type RequirementStatus,
  type ReviewStatus,
} from "@/lib/domain/vocabulary";
import { projectLabel } from "@/lib/domain/project-label";
import { definitionsByVersion, ethicsTemplateOf } from "@/lib/dal/reviews/definitions";
import { loadPanelCandidates, type CandidateDto } from "@/lib/dal/reviews/read-panel-candidates";
import type { ProjectRef } from "@/lib/dal/reviews/read-review-start";
import { previousTasksFor, type ReviewTaskDto } from "@/lib/dal/reviews/tasks";
import { toActor } from "@/lib/dal/core/transaction";

/**
 * Read side of a review draft (the start form is in ./read-review-start): the draft editor
 * (criteria, ethics, requirement status, card sections, panel), with `readiness` — every reason
 * decideSubmit would give on the stored draft right now, so the form can show each missing item
 * next to the field that fixes it, all at once.
 */

export type DraftEditorDto = {
  id: string;
  level: number;
  kind: ReviewKind;
  levelName: string;
  status: ReviewStatus;
  dueAt: Date | null;
  authorId: string;
  project: ProjectRef & { members: { userId: string; name: string; role: MemberRole }[] };
  allowed: UiAction[];
  /** The project's active components at the review's level; `selected` are the draft's. */
  components: { id: string; name: string; kind: ComponentKind; selected: boolean; liveReviewId: string | null }[];
  criteria: {
    key: string;
    label: string;
    state: CriterionState;
    evidenceUrl: string;
    note: string;
    naReason: string;
  }[];
  ethics: { key: string; label: string; answer: EthicsAnswer | null; note: string }[];
  requirements: {
    expectedKinds: RequirementKind[];
    rows: {
      id: string;
      number: number;
      kind: RequirementKind;
      statement: string;
      status: RequirementStatus;
      hasVerification: boolean;
      hasValidation: boolean;
      risk: number;
    }[];
  };
  cardSections: { key: CardSection; label: string; filled: boolean }[];
  requiredSeats: SeatRequirements;
  /** The level requires a manager or admin to confirm the chair before the review opens. */
  chairConfirmation: boolean;
  seats: { userId: string; discipline: Discipline; isChair: boolean }[];
  candidates: CandidateDto[];
  readiness: Reason[];
  previousTasks: { reviewId: string; tasks: ReviewTaskDto[] } | null;
};

export async function getDraftEditorFor(
  db: DbClient,
  viewer: SessionUser,
  reviewId: string,
): Promise<DraftEditorDto | null> {
  const r = await db.review.findUnique({
    where: { id: reviewId },
    select: {
      id: true,
      level: true,
      kind: true,
      status: true,
      dueAt: true,
      authorId: true,
      createdAt: true,
      definitionsVersion: true,
      ethicsTemplateId: true,
      keyDecision: true,
      unconfirmedItems: true,
      components: { select: { componentId: true } },
      seats: {
        select: {
          userId: true,
          discipline: true,
          isChair: true,
          chairConfirmedAt: true,
          user: { select: { name: true, active: true, roles: true, disciplines: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      criteria: { select: { criterionKey: true, state: true, evidenceUrl: true, note: true, naReason: true } },
      ethicsAnswers: { select: { itemKey: true, answer: true, note: true } },
      project: {
        select: {
          id: true,
          slug: true,
          name: true,
          track: true,
          index: true,
          status: true,
          members: { select: { userId: true, role: true, user: { select: { name: true } } } },
          components: {
            where: { status: "active" },
            select: { id: true, name: true, kind: true, level: true, claimedLevel: true, status: true },
            orderBy: { name: "asc" },
          },
        },
      },
    },
  });
  if (!r) return null;
  const p = r.project;
  const definitions = await db.$transaction((tx) => definitionsByVersion(tx, r.definitionsVersion));
  const def = levelDefinition(definitions, r.level);
  const template = await db.$transaction((tx) => ethicsTemplateOf(tx, r.ethicsTemplateId));
  const requirements = await db.requirement.findMany({ where: { projectId: p.id }, orderBy: { number: "asc" } });
  const latestCard = await db.cardRevision.findFirst({
    where: { projectId: p.id },
    orderBy: { number: "desc" },
    select: { content: true },
  });
  const debriefs = await db.review.count({ where: { projectId: p.id, debriefAt: { not: null } } });
  const live = await db.reviewComponent.findMany({
    where: { component: { projectId: p.id }, reviewId: { not: r.id }, review: { status: { in: ["draft", "open"] } } },
    select: { componentId: true, reviewId: true },
  });

  const selected = new Set(r.components.map((c) => c.componentId));
  const criteria = (def?.criteria ?? []).map((c) => {
    const e = r.criteria.find((x) => x.criterionKey === c.key);
    return {
      key: c.key,
      label: c.label,
      state: e?.state ?? ("pending" as const),
      evidenceUrl: e?.evidenceUrl ?? "",
      note: e?.note ?? "",
      naReason: e?.naReason ?? "",
    };
  });
  const filled = cardSectionsFilled({
    content: latestCard ? normaliseCardContent(latestCard.content) : null,
    requirementCount: requirements.length,
    hasDebrief: debriefs > 0,
  });
  const members = p.members.map((m) => ({ userId: m.userId, name: m.user.name, role: m.role }));
  const readiness = decideSubmit({
    review: { status: r.status, level: r.level, kind: r.kind, componentIds: [...selected] },
    project: { status: p.status, memberUserIds: members.map((m) => m.userId) },
    components: p.components,
    criteria: r.criteria.map((c) => ({
      key: c.criterionKey,
      state: c.state,
      evidenceUrl: c.evidenceUrl,
      note: c.note,
      naReason: c.naReason,
    })),
    ethics: {
      templateItems: template.items,
      answers: r.ethicsAnswers.map((a) => ({ key: a.itemKey, answer: a.answer, note: a.note })),
    },
    requirements,
    seats: r.seats.map((s) => ({
      userId: s.userId,
      discipline: s.discipline,
      isChair: s.isChair,
      name: s.user.name,
      chairConfirmed: s.chairConfirmedAt !== null,
    })),
    seatHolders: r.seats.map((s) => ({
      userId: s.userId,
      name: s.user.name,
      active: s.user.active,
      roles: s.user.roles,
      disciplines: s.user.disciplines,
    })),
    definitions,
    cardSectionsFilled: filled,
    unconfirmedItems: r.unconfirmedItems,
  });
  const expectedKinds = requirementKindsExpectedAt(r.level);

  return {
    id: r.id,
    level: r.level,
    kind: r.kind,
    levelName: def?.name ?? `Level ${r.level}`,
    status: r.status,
    dueAt: r.dueAt,
    authorId: r.authorId,
    project: { id: p.id, slug: p.slug, name: p.name, label: projectLabel(p.track, p.index), status: p.status, members },
    allowed: allowedActions(
      {
        project: { status: p.status, members },
        review: { status: r.status, level: r.level, authorId: r.authorId, seats: r.seats, keyDecision: r.keyDecision },
      },
      toActor(viewer),
    ),
    components: p.components
      // An entry review lists the components claiming its level; a gate review those confirmed at it.
      .filter(
        (c) =>
          (r.kind === "entry" ? c.claimedLevel === r.level : c.level === r.level && c.claimedLevel === null) ||
          selected.has(c.id),
      )
      .map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        selected: selected.has(c.id),
        liveReviewId: live.find((l) => l.componentId === c.id)?.reviewId ?? null,
      })),
    criteria,
    ethics: template.items.map((i) => {
      const a = r.ethicsAnswers.find((x) => x.itemKey === i.key);
      return { key: i.key, label: i.label, answer: a?.answer ?? null, note: a?.note ?? "" };
    }),
    requirements: {
      expectedKinds,
      rows: requirements
        .filter((q) => expectedKinds.includes(q.kind))
        .map((q) => ({
          id: q.id,
          number: q.number,
          kind: q.kind,
          statement: q.statement,
          status: q.status,
          hasVerification: q.verification.trim() !== "",
          hasValidation: q.validation.trim() !== "",
          risk: q.risk,
        })),
    },
    cardSections: (def?.cardSections ?? []).map((s) => ({
      key: s,
      label: CARD_SECTION_LABELS[s],
      filled: filled.includes(s),
    })),
    requiredSeats: def?.seats ?? {},
    chairConfirmation: def?.chairConfirmation ?? false,
    seats: r.seats.map((s) => ({ userId: s.userId, discipline: s.discipline, isChair: s.isChair })),
    candidates: await loadPanelCandidates(db, members),
    readiness: readiness.ok ? [] : readiness.reasons,
    previousTasks: await previousTasksFor(db, { projectId: p.id, level: r.level, before: r.createdAt, exceptId: r.id }),
  };
}

const loadDraftEditor = cache(async (reviewId: string) => getDraftEditorFor(prisma, await requireUser(), reviewId));

export async function getDraftEditor({ reviewId }: { reviewId: string }): Promise<DraftEditorDto | null> {
  return loadDraftEditor(reviewId);
}
