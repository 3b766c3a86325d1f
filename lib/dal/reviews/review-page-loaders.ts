import "server-only";
import type { DbClient } from "@/lib/db-client";
import { levelDefinition } from "@/lib/domain/levels";
import { isDecided } from "@/lib/domain/review-state";
import { supersededComponentIds, supersedingReviews } from "@/lib/domain/supersession";
import { visibleVote } from "@/lib/domain/vote-visibility";
import { cardDiffBetween, diffOfRevisions, diffRevisionSelect } from "@/lib/dal/cards/read-card-diff";
import { findDefinitions, findEthicsItems } from "@/lib/dal/reviews/definitions";
import type { ReviewPageRow } from "@/lib/dal/reviews/review-page-select";
import type { ReviewPageDto, SeatDto, StaleVoteDto, Versions } from "@/lib/dal/reviews/review-page-types";
import { supersessionOf } from "@/lib/dal/reviews/supersession";
import { previousTasksFor } from "@/lib/dal/reviews/tasks";
import { storedVote } from "@/lib/dal/reviews/snapshot";

/**
 * The parts of the review page that need more than the review row. Each takes the row already
 * read, so lib/dal/reviews/read-review-page.ts runs them all at once: one round of queries, and a second for
 * the loaders that read twice (card diffs, supersession).
 */

export const versionsOf = (c: { codeVersion: string; modelVersion: string; dataVersion: string }): Versions => ({
  code: c.codeVersion,
  model: c.modelVersion,
  data: c.dataVersion,
});
export const versionText = (v: Versions) => `code ${v.code} · model ${v.model} · data ${v.data}`;
/** A stored pin ("code/model/data", see componentPin) in the words of versionText. */
const pinText = (pin: string | undefined) => {
  const [code = "-", model = "-", data = "-"] = (pin ?? "").split("/");
  return versionText({ code, model, data });
};

/** Each seat, whether it voted in the current round, and how only where lib/domain/vote-visibility allows. */
export function seatsOf(r: ReviewPageRow, viewerId: string): SeatDto[] {
  return r.seats.map((seat) => {
    const votes = r.votes.filter((v) => v.seatId === seat.id);
    const current = votes.find((v) => v.pinRound === r.pinRound);
    const shown = visibleVote({ reviewStatus: r.status, seatUserId: seat.userId, viewerId, vote: current });
    return {
      id: seat.id,
      userId: seat.userId,
      name: seat.user.name,
      discipline: seat.discipline,
      isChair: seat.isChair,
      voted: current !== undefined,
      stale: current === undefined && votes.length > 0,
      choice: shown?.choice ?? null,
      tasks: shown?.tasks ?? [],
      comment: shown?.comment ?? "",
    };
  });
}

/** The viewer's last vote on an open review when it was cast under an earlier pin, with what changed since. */
export async function loadStaleVote(db: DbClient, r: ReviewPageRow, viewerId: string): Promise<StaleVoteDto | null> {
  const mySeat = r.seats.find((s) => s.userId === viewerId);
  if (!mySeat || r.status !== "open") return null;
  const last = r.votes.find((v) => v.seatId === mySeat.id); // newest round first
  if (!last || last.pinRound >= r.pinRound) return null;
  const pins = storedVote(last).pin.componentVersions;
  return {
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

/** What changed on the card since the previous opened review of the project that pinned one. */
export async function loadCardDiff(db: DbClient, r: ReviewPageRow): Promise<ReviewPageDto["cardDiff"]> {
  if (!r.openedAt) return null;
  const previous = await db.review.findFirst({
    where: {
      projectId: r.project.id,
      id: { not: r.id },
      openedAt: { lt: r.openedAt },
      pinnedCardRevisionId: { not: null },
    },
    orderBy: { openedAt: "desc" },
    select: { id: true, level: true, pinnedCardRevision: { select: diffRevisionSelect } },
  });
  if (!previous) return null;
  const previousReview = { id: previous.id, level: previous.level };
  const to = r.pinnedCardRevision;
  // Same pinned revision as the previous review: an empty diff ("unchanged"), not "nothing to compare".
  if (previous.pinnedCardRevision?.id === to?.id) {
    const number = to?.number ?? null;
    return { fromNumber: number, toNumber: number, sections: [], requirementChanges: [], previousReview };
  }
  return { ...(await diffOfRevisions(db, previous.pinnedCardRevision, to)), previousReview };
}

/** The level's name and criteria from the definitions the review recorded, and its ethics checklist, with the answers. */
export async function loadChecklists(
  db: DbClient,
  r: ReviewPageRow,
): Promise<Pick<ReviewPageDto, "levelName" | "criteria" | "ethics">> {
  const [definitions, ethicsItems] = await Promise.all([
    findDefinitions(db, r.definitionsVersion),
    findEthicsItems(db, r.ethicsTemplateId),
  ]);
  const def = definitions ? levelDefinition(definitions, r.level) : null;
  return {
    levelName: def?.name ?? `Level ${r.level}`,
    criteria: (def?.criteria ?? []).map((criterion) => {
      const entry = r.criteria.find((x) => x.criterionKey === criterion.key);
      return {
        key: criterion.key,
        label: criterion.label,
        state: entry?.state ?? "pending",
        evidenceUrl: entry?.evidenceUrl ?? null,
        note: entry?.note ?? null,
        naReason: entry?.naReason ?? null,
      };
    }),
    ethics: (ethicsItems ?? []).map((item) => {
      const answer = r.ethicsAnswers.find((x) => x.itemKey === item.key);
      return { key: item.key, label: item.label, answer: answer?.answer ?? null, note: answer?.note ?? "" };
    }),
  };
}

/** The project's requirements and other reviews, this review's tasks and those of the last review returned at its level. */
export async function loadHistory(
  db: DbClient,
  r: ReviewPageRow,
): Promise<Pick<ReviewPageDto, "requirements" | "history" | "tasks" | "previousTasks">> {
  const [requirements, history, tasks, previousTasks] = await Promise.all([
    db.requirement.findMany({
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
    }),
    db.review.findMany({
      where: { projectId: r.project.id, id: { not: r.id } },
      select: { id: true, level: true, status: true, openedAt: true, decidedAt: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
    db.reviewTask.findMany({
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
    }),
    previousTasksFor(db, { projectId: r.project.id, level: r.level, before: r.createdAt, exceptId: r.id }),
  ]);
  return {
    requirements,
    history,
    tasks: tasks.map(({ doneBy, ...task }) => ({ ...task, doneByName: doneBy?.name ?? null })),
    previousTasks,
  };
}

/** Later reviews that decided some of this review's components: only a decided review can be superseded. */
export async function loadSupersession(
  db: DbClient,
  r: ReviewPageRow,
): Promise<Pick<ReviewPageDto, "supersededBy" | "supersededComponentIds">> {
  if (!isDecided(r.status)) return { supersededBy: [], supersededComponentIds: [] };
  const supersession = await supersessionOf(db, r.id);
  const supersededIds = supersededComponentIds(supersession);
  const componentName = (id: string) => r.components.find((c) => c.component.id === id)?.component.name ?? id;
  return {
    supersededBy: supersedingReviews(supersession).map((later) => ({
      id: later.id,
      level: later.level,
      status: later.status,
      decidedAt: later.decidedAt,
      componentNames: later.componentIds.filter((c) => supersededIds.includes(c)).map(componentName),
    })),
    supersededComponentIds: supersededIds,
  };
}
