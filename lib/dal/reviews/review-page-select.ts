import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cardRevisionSelect } from "@/lib/dal/cards/latest-card";

/** What the review page reads of the review itself, in one query; the loaders in ./review-page-loaders read the rest. */
export const reviewPageSelect = {
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
  continues: { select: { id: true, level: true, status: true } },
  continuedBy: { select: { id: true, status: true } },
  keyDecisionBy: { select: { name: true } },
  author: { select: { id: true, name: true } },
  // projectId too: the card diff against the previous review needs it without reading the revision again.
  pinnedCardRevision: { select: { ...cardRevisionSelect, projectId: true } },
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
        orderBy: { createdAt: "asc" },
      },
      children: { select: { slug: true, name: true, createdAt: true }, orderBy: { createdAt: "desc" } },
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
    orderBy: { createdAt: "asc" },
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
      tasks: { select: { text: true, metric: true, target: true }, orderBy: { position: "asc" } },
    },
    orderBy: { pinRound: "desc" },
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
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.ReviewSelect;

export type ReviewPageRow = Prisma.ReviewGetPayload<{ select: typeof reviewPageSelect }>;
