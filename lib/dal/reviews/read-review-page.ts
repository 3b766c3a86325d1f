import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { allowedActions } from "@/lib/domain/allowed-actions";
import { DEFAULT_DEBRIEF_QUESTIONS } from "@/lib/domain/debrief";
import { can } from "@/lib/domain/permissions";
import { projectLabel } from "@/lib/domain/project-label";
import { KEY_DECISION_KIND_BY_LEVEL, KEY_DECISION_OPTIONS } from "@/lib/domain/vocabulary";
import { toCardRevisionDto } from "@/lib/dal/cards/latest-card";
import {
  loadCardDiff,
  loadChecklists,
  loadHistory,
  loadStaleVote,
  loadSupersession,
  seatsOf,
  versionsOf,
} from "@/lib/dal/reviews/review-page-loaders";
import { reviewPageSelect, type ReviewPageRow } from "@/lib/dal/reviews/review-page-select";
import type { ReviewPageDto } from "@/lib/dal/reviews/review-page-types";
import { toActor } from "@/lib/dal/core/transaction";

/**
 * Read side of one review: everything its page needs, as DTOs (shapes in ./review-page-types).
 * Every signed-in user may read reviews (permission table: "read"); what the viewer may *do*
 * comes from `allowedActions`, and how each panel member voted stays hidden until the panel has
 * decided (the viewer's own vote excepted), so nobody votes with the herd.
 *
 * Three round trips whatever the review: the review row, then every loader at once (each needs
 * only the row), then the second query of the card diffs and of the supersession check.
 */
export async function getReviewPageFor(
  db: DbClient,
  viewer: SessionUser,
  reviewId: string,
): Promise<ReviewPageDto | null> {
  const r = await db.review.findUnique({ where: { id: reviewId }, select: reviewPageSelect });
  if (!r) return null;
  const [checklists, records, cardDiff, stale, supersession] = await Promise.all([
    loadChecklists(db, r),
    loadHistory(db, r),
    loadCardDiff(db, r),
    loadStaleVote(db, r, viewer.id),
    loadSupersession(db, r),
  ]);
  const members = r.project.members.map((m) => ({ userId: m.userId, name: m.user.name, role: m.role }));
  const mySeat = r.seats.find((s) => s.userId === viewer.id) ?? null;
  const supersededCount = supersession.supersededComponentIds.length;
  const allowed = allowedActions(
    {
      project: { status: r.project.status, members },
      review: {
        status: r.status,
        level: r.level,
        kind: r.kind,
        authorId: r.author.id,
        seats: r.seats,
        keyDecision: r.keyDecision,
        superseded: supersededCount === 0 ? null : supersededCount === r.components.length ? "all" : "some",
      },
    },
    toActor(viewer),
  );

  return {
    id: r.id,
    level: r.level,
    kind: r.kind,
    levelName: checklists.levelName,
    status: r.status,
    pinRound: r.pinRound,
    createdAt: r.createdAt,
    openedAt: r.openedAt,
    decidedAt: r.decidedAt,
    withdrawnAt: r.withdrawnAt,
    dueAt: r.dueAt,
    author: r.author,
    project: {
      id: r.project.id,
      slug: r.project.slug,
      name: r.project.name,
      label: projectLabel(r.project.track, r.project.index),
      status: r.project.status,
      members,
    },
    components: componentsOf(r),
    card: r.pinnedCardRevision ? toCardRevisionDto(r.pinnedCardRevision) : null,
    cardDiff,
    criteria: checklists.criteria,
    ethics: checklists.ethics,
    requirements: records.requirements,
    seats: seatsOf(r, viewer.id),
    outcome: r.decision ? { outcome: r.decision.outcome, decidedAt: r.decision.decidedAt } : null,
    tasks: records.tasks,
    transitions: r.transitions.map((t) => ({
      componentName: t.component.name,
      from: t.fromLevel,
      to: t.toLevel,
      kind: t.kind,
      reason: t.reason,
      at: t.createdAt,
    })),
    ...keyDecisionOf(r),
    ...debriefOf(r),
    switchbackRationale: r.switchbackRationale,
    previousTasks: records.previousTasks,
    history: records.history,
    supersededBy: supersession.supersededBy,
    supersededComponentIds: supersession.supersededComponentIds,
    continues: r.continues,
    continuedBy: r.continuedBy,
    viewer: {
      mayOpenReview: can(toActor(viewer), "open_review", {
        projectMemberRole: members.find((m) => m.userId === viewer.id)?.role ?? null,
      }).ok,
      userId: viewer.id,
      allowed,
      isMember: members.some((m) => m.userId === viewer.id),
      seatId: mySeat?.id ?? null,
      isChair: mySeat?.isChair ?? false,
      stale,
    },
  };
}

function componentsOf(r: ReviewPageRow): ReviewPageDto["components"] {
  return r.components
    .map((c) => ({
      id: c.component.id,
      name: c.component.name,
      kind: c.component.kind,
      levelAtOpen: c.levelAtOpen,
      currentLevel: c.component.level,
      pinned: versionsOf(c),
      current: versionsOf(c.component),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The key decision taken, the options of the level's kind of decision, and the research track path A+B opened. */
function keyDecisionOf(r: ReviewPageRow): Pick<ReviewPageDto, "keyDecision" | "keyDecisionOptions" | "researchTrack"> {
  const kind = KEY_DECISION_KIND_BY_LEVEL[r.level];
  const track = r.keyDecision === "path_a_b" ? (r.project.children[0] ?? null) : null;
  return {
    keyDecision: r.keyDecision
      ? {
          decision: r.keyDecision,
          note: r.keyDecisionNote ?? "",
          targetDate: r.keyDecisionDate,
          byName: r.keyDecisionBy?.name ?? null,
        }
      : null,
    keyDecisionOptions: kind ? [...KEY_DECISION_OPTIONS[kind]] : [],
    researchTrack: track ? { slug: track.slug, name: track.name } : null,
  };
}

/** The debrief's answers by question (stored as a JSON object keyed by question), once it was written. */
function debriefOf(r: ReviewPageRow): Pick<ReviewPageDto, "debrief" | "debriefAt"> {
  const stored = r.debrief;
  const answers: Record<string, unknown> =
    stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  return {
    debrief: r.debriefAt
      ? DEFAULT_DEBRIEF_QUESTIONS.map((q) => ({ key: q.key, label: q.label, answer: String(answers[q.key] ?? "") }))
      : [],
    debriefAt: r.debriefAt,
  };
}

const loadReviewPage = cache(async (reviewId: string) => getReviewPageFor(prisma, await requireUser(), reviewId));

/** null for an unknown id: the page answers 404. */
export async function getReviewPage({ reviewId }: { reviewId: string }): Promise<ReviewPageDto | null> {
  return loadReviewPage(reviewId);
}
