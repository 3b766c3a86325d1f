import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { allowedActions, type UiAction } from "@/lib/domain/allowed-actions";
import { normaliseCardContent } from "@/lib/domain/card-content";
import { cardDiff, type SectionDiff } from "@/lib/domain/card-diff";
import { DEFAULT_DEBRIEF_QUESTIONS } from "@/lib/domain/debrief";
import { levelDefinition } from "@/lib/domain/levels";
import { toActor } from "./transaction";
import {
  KEY_DECISION_KIND_BY_LEVEL,
  KEY_DECISION_OPTIONS,
  type ComponentKind,
  type CriterionState,
  type Discipline,
  type EthicsAnswer,
  type KeyDecision,
  type MemberRole,
  type ProjectStatus,
  type RequirementKind,
  type RequirementStatus,
  type ReviewKind,
  type ReviewStatus,
  type TransitionKind,
  type VoteChoice,
} from "@/lib/domain/vocabulary";
import { cardRevisionSelect, toCardRevisionDto, type CardRevisionDto } from "./cards";
import { projectLabel } from "@/lib/domain/project-label";
import { definitionsByVersion, ethicsTemplateOf } from "./review-definitions";
import { previousTasksFor, type ReviewTaskDto } from "./review-tasks";
import { supersessionOf } from "./review-supersession";
import { supersededComponentIds, supersedingReviews } from "@/lib/domain/supersession";

/**
 * Read side of one review: everything its page needs, as DTOs. Every signed-in user may read
 * reviews (permission table: "read"); what the viewer may *do* comes from `allowedActions`, and
 * how each panel member voted stays hidden until the panel has decided (the viewer's own vote
 * excepted), so nobody votes with the herd.
 */

export type Versions = { code: string; model: string; data: string };
export type ChangedSectionDto = Pick<SectionDiff, "section" | "title" | "fields">;
export type CardDiffDto = {
  fromNumber: number | null;
  toNumber: number | null;
  sections: ChangedSectionDto[];
  /** Summaries of the revisions in between that changed the requirements ("Requirement R3 edited"): the sections' text does not show those. */
  requirementChanges: string[];
};

export type ReviewComponentDto = {
  id: string;
  name: string;
  kind: ComponentKind;
  levelAtOpen: number;
  currentLevel: number;
  pinned: Versions;
  current: Versions;
};
export type SeatDto = {
  id: string;
  userId: string;
  name: string;
  discipline: Discipline;
  isChair: boolean;
  /** Has a vote in the current pin round. */
  voted: boolean;
  /** Voted in an earlier round only: the card or a version changed since. */
  stale: boolean;
  /** Only once decided (or for the viewer's own seat). */
  choice: VoteChoice | null;
  tasks: { text: string; metric: string | null; target: string | null }[];
  comment: string;
};
export type StaleVoteDto = {
  votedRound: number;
  choice: VoteChoice;
  cardDiff: CardDiffDto | null;
  componentChanges: { name: string; before: string; after: string }[];
};
export type ReviewPageDto = {
  id: string;
  level: number;
  kind: ReviewKind;
  levelName: string;
  status: ReviewStatus;
  pinRound: number;
  createdAt: Date;
  openedAt: Date | null;
  decidedAt: Date | null;
  withdrawnAt: Date | null;
  dueAt: Date | null;
  author: { id: string; name: string };
  project: {
    id: string;
    slug: string;
    name: string;
    label: string;
    status: ProjectStatus;
    members: { userId: string; name: string; role: MemberRole }[];
  };
  components: ReviewComponentDto[];
  card: CardRevisionDto | null;
  cardDiff: (CardDiffDto & { previousReview: { id: string; level: number } | null }) | null;
  criteria: {
    key: string;
    label: string;
    state: CriterionState;
    evidenceUrl: string | null;
    note: string | null;
    naReason: string | null;
  }[];
  ethics: { key: string; label: string; answer: EthicsAnswer | null; note: string }[];
  requirements: {
    id: string;
    number: number;
    kind: RequirementKind;
    statement: string;
    status: RequirementStatus;
    verification: string;
    validation: string;
    waiverReason: string | null;
    pFailure: number;
    value: number;
    risk: number;
  }[];
  seats: SeatDto[];
  outcome: { outcome: "graduated" | "returned"; decidedAt: Date } | null;
  tasks: ReviewTaskDto[];
  transitions: {
    componentName: string;
    from: number | null;
    to: number;
    kind: TransitionKind;
    reason: string;
    at: Date;
  }[];
  keyDecision: { decision: KeyDecision; note: string; targetDate: Date | null; byName: string | null } | null;
  keyDecisionOptions: KeyDecision[];
  debrief: { key: string; label: string; answer: string }[];
  debriefAt: Date | null;
  switchbackRationale: string | null;
  previousTasks: { reviewId: string; tasks: ReviewTaskDto[] } | null;
  history: {
    id: string;
    level: number;
    status: ReviewStatus;
    openedAt: Date | null;
    decidedAt: Date | null;
    createdAt: Date;
  }[];
  researchTrack: { slug: string; name: string } | null;
  /** Later reviews that decided some of this review's components: it no longer changes their state. */
  supersededBy: {
    id: string;
    level: number;
    status: "graduated" | "returned";
    decidedAt: Date;
    componentNames: string[];
  }[];
  supersededComponentIds: string[];
  viewer: {
    userId: string;
    allowed: UiAction[];
    isMember: boolean;
    seatId: string | null;
    isChair: boolean;
    stale: StaleVoteDto | null;
  };
};

const versionsOf = (c: { codeVersion: string; modelVersion: string; dataVersion: string }): Versions => ({
  code: c.codeVersion,
  model: c.modelVersion,
  data: c.dataVersion,
});
export const versionText = (v: Versions) => `code ${v.code} · model ${v.model} · data ${v.data}`;
const pinText = (pin: string | undefined) => {
  const [code = "-", model = "-", data = "-"] = (pin ?? "").split("/");
  return versionText({ code, model, data });
};

/** Only the sections that changed, so the page (and the client payload) stays small. */
export async function cardDiffBetween(
  db: DbClient,
  fromId: string | null,
  toId: string | null,
): Promise<CardDiffDto | null> {
  if (fromId === toId) return null;
  const rows = await db.cardRevision.findMany({
    where: { id: { in: [fromId, toId].filter((x): x is string => x !== null) } },
    select: { id: true, projectId: true, number: true, content: true },
  });
  const from = rows.find((r) => r.id === fromId) ?? null;
  const to = rows.find((r) => r.id === toId) ?? null;
  const sections = cardDiff(normaliseCardContent(from?.content ?? null), normaliseCardContent(to?.content ?? null))
    .filter((s) => s.changed)
    .map((s) => ({ section: s.section, title: s.title, fields: s.fields.filter((f) => f.changed) }));
  const low = Math.min(from?.number ?? 0, to?.number ?? 0);
  const high = Math.max(from?.number ?? 0, to?.number ?? 0);
  const projectId = to?.projectId ?? from?.projectId;
  const requirementChanges = projectId
    ? (
        await db.cardRevision.findMany({
          where: { projectId, number: { gt: low, lte: high }, changedSections: { has: "requirements" } },
          select: { summary: true },
          orderBy: { number: "asc" },
          take: 20,
        })
      ).map((r) => r.summary)
    : [];
  return { fromNumber: from?.number ?? null, toNumber: to?.number ?? null, sections, requirementChanges };
}

const reviewPageSelect = {
  id: true,
  level: true,
  kind: true,
  status: true,
  pinRound: true,
  createdAt: true,
  openedAt: true,
  decidedAt: true,
  withdrawnAt: true,
  dueAt: true,
  definitionsVersion: true,
  ethicsTemplateId: true,
  pinnedCardRevisionId: true,
  keyDecision: true,
  keyDecisionNote: true,
  keyDecisionDate: true,
  debrief: true,
  debriefAt: true,
  switchbackRationale: true,
  keyDecisionBy: { select: { name: true } },
  author: { select: { id: true, name: true } },
  pinnedCardRevision: { select: cardRevisionSelect },
  decision: { select: { outcome: true, decidedAt: true } },
  project: {
    select: {
      id: true,
      slug: true,
      name: true,
      track: true,
      index: true,
      status: true,
      members: {
        select: { userId: true, role: true, user: { select: { name: true } } },
        orderBy: { createdAt: "asc" as const },
      },
      children: { select: { slug: true, name: true, createdAt: true }, orderBy: { createdAt: "desc" as const } },
    },
  },
  components: {
    select: {
      levelAtOpen: true,
      codeVersion: true,
      modelVersion: true,
      dataVersion: true,
      component: {
        select: {
          id: true,
          name: true,
          kind: true,
          level: true,
          codeVersion: true,
          modelVersion: true,
          dataVersion: true,
        },
      },
    },
  },
  seats: {
    select: { id: true, userId: true, discipline: true, isChair: true, user: { select: { name: true } } },
    orderBy: { createdAt: "asc" as const },
  },
  votes: {
    select: {
      seatId: true,
      voterId: true,
      pinRound: true,
      choice: true,
      comment: true,
      cardRevisionId: true,
      componentPins: true,
      tasks: { select: { text: true, metric: true, target: true }, orderBy: { position: "asc" as const } },
    },
    orderBy: { pinRound: "desc" as const },
  },
  criteria: { select: { criterionKey: true, state: true, evidenceUrl: true, note: true, naReason: true } },
  ethicsAnswers: { select: { itemKey: true, answer: true, note: true } },
  transitions: {
    select: {
      fromLevel: true,
      toLevel: true,
      kind: true,
      reason: true,
      createdAt: true,
      component: { select: { name: true } },
    },
    orderBy: { createdAt: "asc" as const },
  },
} as const;

export async function getReviewPageFor(
  db: DbClient,
  viewer: SessionUser,
  reviewId: string,
): Promise<ReviewPageDto | null> {
  const r = await db.review.findUnique({ where: { id: reviewId }, select: reviewPageSelect });
  if (!r) return null;
  const definitions = await db.$transaction((tx) => definitionsByVersion(tx, r.definitionsVersion)).catch(() => null);
  const def = definitions ? levelDefinition(definitions, r.level) : null;
  const template = await db.$transaction((tx) => ethicsTemplateOf(tx, r.ethicsTemplateId)).catch(() => null);
  const decided = r.status === "graduated" || r.status === "returned";
  const seatVotes = (seatId: string) => r.votes.filter((v) => v.seatId === seatId);

  const seats: SeatDto[] = r.seats.map((s) => {
    const votes = seatVotes(s.id);
    const current = votes.find((v) => v.pinRound === r.pinRound);
    const visible = decided || s.userId === viewer.id;
    return {
      id: s.id,
      userId: s.userId,
      name: s.user.name,
      discipline: s.discipline,
      isChair: s.isChair,
      voted: current !== undefined,
      stale: current === undefined && votes.length > 0,
      choice: visible && current ? current.choice : null,
      tasks: visible && current ? current.tasks : [],
      comment: visible && current ? current.comment : "",
    };
  });

  const mySeat = r.seats.find((s) => s.userId === viewer.id) ?? null;
  let stale: StaleVoteDto | null = null;
  if (mySeat && r.status === "open") {
    const mine = seatVotes(mySeat.id);
    const last = mine[0];
    if (last && last.pinRound < r.pinRound) {
      const pins = (last.componentPins ?? {}) as Record<string, string>;
      stale = {
        votedRound: last.pinRound,
        choice: last.choice,
        cardDiff: await cardDiffBetween(db, last.cardRevisionId, r.pinnedCardRevisionId),
        componentChanges: r.components
          .map((c) => ({
            name: c.component.name,
            before: pinText(pins[c.component.id]),
            after: versionText(versionsOf(c)),
          }))
          .filter((c) => c.before !== c.after),
      };
    }
  }

  const previous = r.openedAt
    ? await db.review.findFirst({
        where: {
          projectId: r.project.id,
          id: { not: r.id },
          openedAt: { lt: r.openedAt },
          pinnedCardRevisionId: { not: null },
        },
        orderBy: { openedAt: "desc" },
        select: { id: true, level: true, pinnedCardRevisionId: true },
      })
    : null;
  // Same pinned revision as the previous review: an empty diff ("unchanged"), not "nothing to compare".
  const diff = previous
    ? ((await cardDiffBetween(db, previous.pinnedCardRevisionId, r.pinnedCardRevisionId)) ?? {
        fromNumber: r.pinnedCardRevision?.number ?? null,
        toNumber: r.pinnedCardRevision?.number ?? null,
        sections: [],
        requirementChanges: [],
      })
    : null;

  const requirements = await db.requirement.findMany({
    where: { projectId: r.project.id },
    select: {
      id: true,
      number: true,
      kind: true,
      statement: true,
      status: true,
      verification: true,
      validation: true,
      waiverReason: true,
      pFailure: true,
      value: true,
      risk: true,
    },
    orderBy: [{ risk: "desc" }, { number: "asc" }],
  });
  const history = await db.review.findMany({
    where: { projectId: r.project.id, id: { not: r.id } },
    select: { id: true, level: true, status: true, openedAt: true, decidedAt: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const tasks = await db.reviewTask.findMany({
    where: { reviewId: r.id },
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      text: true,
      metric: true,
      target: true,
      doneAt: true,
      evidence: true,
      doneBy: { select: { name: true } },
    },
  });

  const members = r.project.members.map((m) => ({ userId: m.userId, name: m.user.name, role: m.role }));
  const supersession = decided ? await supersessionOf(db, r.id) : null;
  const supersededIds = supersession ? supersededComponentIds(supersession) : [];
  const componentName = (id: string) => r.components.find((c) => c.component.id === id)?.component.name ?? id;
  const supersededBy = (supersession ? supersedingReviews(supersession) : []).map((o) => ({
    id: o.id,
    level: o.level,
    status: o.status,
    decidedAt: o.decidedAt,
    componentNames: o.componentIds.filter((c) => supersededIds.includes(c)).map(componentName),
  }));
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
        superseded: supersededIds.length === 0 ? null : supersededIds.length === r.components.length ? "all" : "some",
      },
    },
    toActor(viewer),
  );
  const kind = KEY_DECISION_KIND_BY_LEVEL[r.level];
  const debriefAnswers = (
    r.debrief && typeof r.debrief === "object" && !Array.isArray(r.debrief) ? r.debrief : {}
  ) as Record<string, unknown>;
  const researchTrack = r.keyDecision === "path_a_b" ? (r.project.children[0] ?? null) : null;

  return {
    id: r.id,
    level: r.level,
    kind: r.kind,
    levelName: def?.name ?? `Level ${r.level}`,
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
    components: r.components
      .map((c) => ({
        id: c.component.id,
        name: c.component.name,
        kind: c.component.kind,
        levelAtOpen: c.levelAtOpen,
        currentLevel: c.component.level,
        pinned: versionsOf(c),
        current: versionsOf(c.component),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    card: r.pinnedCardRevision ? toCardRevisionDto(r.pinnedCardRevision) : null,
    cardDiff: diff ? { ...diff, previousReview: previous ? { id: previous.id, level: previous.level } : null } : null,
    criteria: (def?.criteria ?? []).map((c) => {
      const e = r.criteria.find((x) => x.criterionKey === c.key);
      return {
        key: c.key,
        label: c.label,
        state: e?.state ?? "pending",
        evidenceUrl: e?.evidenceUrl ?? null,
        note: e?.note ?? null,
        naReason: e?.naReason ?? null,
      };
    }),
    ethics: (template?.items ?? []).map((i) => {
      const a = r.ethicsAnswers.find((x) => x.itemKey === i.key);
      return { key: i.key, label: i.label, answer: a?.answer ?? null, note: a?.note ?? "" };
    }),
    requirements,
    seats,
    outcome: r.decision ? { outcome: r.decision.outcome, decidedAt: r.decision.decidedAt } : null,
    tasks: tasks.map((t) => ({
      id: t.id,
      position: t.position,
      text: t.text,
      metric: t.metric,
      target: t.target,
      doneAt: t.doneAt,
      evidence: t.evidence,
      doneByName: t.doneBy?.name ?? null,
    })),
    transitions: r.transitions.map((t) => ({
      componentName: t.component.name,
      from: t.fromLevel,
      to: t.toLevel,
      kind: t.kind,
      reason: t.reason,
      at: t.createdAt,
    })),
    keyDecision: r.keyDecision
      ? {
          decision: r.keyDecision,
          note: r.keyDecisionNote ?? "",
          targetDate: r.keyDecisionDate,
          byName: r.keyDecisionBy?.name ?? null,
        }
      : null,
    keyDecisionOptions: kind ? [...KEY_DECISION_OPTIONS[kind]] : [],
    debrief: r.debriefAt
      ? DEFAULT_DEBRIEF_QUESTIONS.map((q) => ({
          key: q.key,
          label: q.label,
          answer: String(debriefAnswers[q.key] ?? ""),
        }))
      : [],
    debriefAt: r.debriefAt,
    switchbackRationale: r.switchbackRationale,
    previousTasks: await previousTasksFor(db, {
      projectId: r.project.id,
      level: r.level,
      before: r.createdAt,
      exceptId: r.id,
    }),
    history,
    researchTrack: researchTrack ? { slug: researchTrack.slug, name: researchTrack.name } : null,
    supersededBy,
    supersededComponentIds: supersededIds,
    viewer: {
      userId: viewer.id,
      allowed,
      isMember: members.some((m) => m.userId === viewer.id),
      seatId: mySeat?.id ?? null,
      isChair: mySeat?.isChair ?? false,
      stale,
    },
  };
}

const loadReviewPage = cache(async (reviewId: string) => getReviewPageFor(prisma, await requireUser(), reviewId));

/** null for an unknown id: the page answers 404. */
export async function getReviewPage({ reviewId }: { reviewId: string }): Promise<ReviewPageDto | null> {
  return loadReviewPage(reviewId);
}
