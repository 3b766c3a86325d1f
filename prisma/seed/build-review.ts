/**
 * One review of the demo history: draft → open → decided, each step checked by the same domain
 * functions the app uses (decideSubmit, decideVote, decideOutcome, decideGraduation,
 * decideKeyDecision, decideDebrief), so the seed cannot store a review the app would refuse.
 */
import { cardSectionsFilled } from "@/lib/domain/card-sections";
import { decideDebrief } from "@/lib/domain/debrief";
import { decideKeyDecision } from "@/lib/domain/key-decisions";
import { levelDefinition } from "@/lib/domain/levels";
import type { Seat } from "@/lib/domain/panel";
import { decideSeatPanel } from "@/lib/domain/draft-edit";
import { decideOpenDraft } from "@/lib/domain/review-draft";
import { decideSubmit } from "@/lib/domain/review-submit";
import { decideGraduation } from "@/lib/domain/transitions";
import { componentPin, decideOutcome, decideVote, type Pin, type Vote } from "@/lib/domain/votes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { audit, componentOf, must, userOf, type ProjectState, type SeedContext } from "./context";
import { defaultEvidence } from "./defaults";
import { addDays, newId } from "./rows";
import type { ReviewSeed } from "./types";
import { recordTransition } from "./transition";

export type ReviewBuild = {
  seed: ReviewSeed;
  id: string;
  row: Prisma.ReviewCreateManyInput;
  seats: (Seat & { id: string; userKey: string })[];
  componentIds: string[];
  pin: Pin | null;
};

function fail(state: ProjectState, rv: ReviewSeed, msg: string): never {
  throw new Error(`Seed (${state.seed.slug}): the level ${rv.level} review ${msg}`);
}

/** Every demo user as a possible seat holder (the seed's users are all active). */
const holdersOf = (ctx: SeedContext) =>
  [...ctx.users.values()].map((u) => ({
    userId: u.id,
    name: u.name,
    active: true,
    roles: u.roles,
    disciplines: u.disciplines,
  }));

/**
 * Levels that require it: the portfolio manager confirms the proposed chair just before the
 * review opens, as a manager would in the app (the review page's "Confirm chair").
 */
function confirmChair(ctx: SeedContext, state: ProjectState, b: ReviewBuild, at: Date): void {
  if (!levelDefinition(ctx.definitions, b.seed.level)?.chairConfirmation) return;
  const manager = userOf(ctx, "manager");
  const chair = b.seats.find((s) => s.isChair) ?? fail(state, b.seed, "has no chair to confirm.");
  const confirmedAt = new Date(at.getTime() - 60 * 60 * 1000);
  chair.chairConfirmed = true;
  const row = ctx.rows.seats.find((r) => r.id === chair.id)!;
  Object.assign(row, { chairConfirmedById: manager.id, chairConfirmedAt: confirmedAt });
  audit(ctx, state, {
    at: confirmedAt,
    actor: "manager",
    action: "review.confirm_chair",
    entityType: "review",
    entityId: b.id,
    after: { chair: { userId: chair.userId, discipline: chair.discipline, confirmed: true } },
  });
}

/** Draft: components, panel, criteria and ethics as the author filled them in. */
export function createReview(ctx: SeedContext, state: ProjectState, rv: ReviewSeed, at: Date): ReviewBuild {
  const def = levelDefinition(ctx.definitions, rv.level) ?? fail(state, rv, "has no level definition.");
  const author = userOf(ctx, rv.author);
  const comps = rv.components.map((k) => componentOf(state, k));
  const id = newId();
  must(
    state,
    `the draft of the level ${rv.level} review`,
    decideOpenDraft({
      actor: { userId: author.id, roles: author.roles },
      memberRole: state.memberRoles.get(author.id) ?? null,
      project: { id: state.id, status: "active" },
      level: rv.level,
      componentIds: comps.map((c) => c.id),
      components: comps.map((c) => ({
        id: c.id,
        level: c.level ?? -1,
        status: c.status,
        name: c.name,
        projectId: state.id,
      })),
      reviews: [...state.liveReviews].map(([reviewId, live]) => ({
        id: reviewId,
        status: live.status,
        componentIds: live.componentKeys.map((k) => componentOf(state, k).id),
      })),
    }),
  );

  const row: Prisma.ReviewCreateManyInput = {
    id,
    projectId: state.id,
    level: rv.level,
    status: "draft",
    authorId: author.id,
    definitionsVersion: ctx.definitions.version,
    ethicsTemplateId: ctx.ethicsTemplate.id,
    pinRound: 0,
    createdAt: at,
    updatedAt: at,
  };
  ctx.rows.reviews.push(row);

  const seats = rv.panel.map((s) => {
    const user = userOf(ctx, s.user);
    if (!user.disciplines.includes(s.discipline))
      fail(state, rv, `seats ${user.name} as ${s.discipline}, a discipline they do not hold.`);
    return {
      id: newId(),
      userId: user.id,
      userKey: s.user,
      discipline: s.discipline,
      isChair: s.chair === true,
      name: user.name,
    };
  });
  must(
    state,
    `seating the level ${rv.level} review's panel`,
    decideSeatPanel({
      actor: { userId: author.id, roles: author.roles },
      memberRole: state.memberRoles.get(author.id) ?? null,
      project: { status: "active" },
      review: { id, status: "draft", level: rv.level },
      seats,
      memberUserIds: [...state.memberRoles.keys()],
      holders: holdersOf(ctx),
    }),
  );
  for (const s of seats) {
    ctx.rows.seats.push({
      id: s.id,
      reviewId: id,
      userId: s.userId,
      discipline: s.discipline,
      isChair: s.isChair,
      createdAt: at,
    });
  }

  for (const c of def.criteria) {
    const na = rv.notApplicable?.[c.key];
    const pending = rv.pendingCriteria?.includes(c.key) ?? false;
    ctx.rows.criteria.push({
      id: newId(),
      reviewId: id,
      criterionKey: c.key,
      state: pending ? "pending" : na ? "not_applicable" : "done",
      note: pending || na ? null : (rv.evidence?.[c.key] ?? defaultEvidence(c.key)),
      naReason: na ?? null,
      updatedAt: at,
    });
  }
  for (const item of ctx.ethicsTemplate.items) {
    if (rv.unansweredEthics?.includes(item.key)) continue;
    const a = rv.ethics?.[item.key] ?? state.seed.ethics[item.key];
    if (!a) fail(state, rv, `has no answer for the ethics item "${item.key}".`);
    else
      ctx.rows.ethicsAnswers.push({
        id: newId(),
        reviewId: id,
        itemKey: item.key,
        answer: a.answer,
        note: a.note,
        updatedAt: at,
      });
  }

  state.liveReviews.set(id, { status: "draft", componentKeys: [...rv.components], reviewRow: row });
  audit(ctx, state, {
    at,
    actor: rv.author,
    action: "review.create",
    entityType: "review",
    entityId: id,
    after: { level: rv.level, components: comps.map((c) => c.name) },
  });
  return { seed: rv, id, row, seats, componentIds: comps.map((c) => c.id), pin: null };
}

/** Draft → open, refused exactly as the app would refuse it (criteria, ethics, panel, card, requirements). */
export function openReview(ctx: SeedContext, state: ProjectState, b: ReviewBuild, at: Date): void {
  const rv = b.seed;
  confirmChair(ctx, state, b, at);
  const criteria = ctx.rows.criteria.filter((c) => c.reviewId === b.id);
  const answers = ctx.rows.ethicsAnswers.filter((a) => a.reviewId === b.id);
  const filled = cardSectionsFilled({
    content: state.card?.content ?? null,
    requirementCount: state.requirements.length,
    hasDebrief: ctx.rows.reviews.some((r) => r.projectId === state.id && r.debrief != null),
  });
  must(
    state,
    `opening the level ${rv.level} review`,
    decideSubmit({
      review: { status: "draft", level: rv.level, componentIds: b.componentIds },
      project: { status: "active", memberUserIds: [...state.memberRoles.keys()] },
      components: [...state.components.values()].map((c) => ({
        id: c.id,
        level: c.level ?? -1,
        status: c.status,
        name: c.name,
      })),
      criteria: criteria.map((c) => ({
        key: c.criterionKey,
        state: c.state ?? "pending",
        note: c.note ?? null,
        naReason: c.naReason ?? null,
      })),
      ethics: {
        templateItems: ctx.ethicsTemplate.items,
        answers: answers.map((a) => ({ key: a.itemKey, answer: a.answer, note: a.note ?? "" })),
      },
      requirements: state.requirements,
      seats: b.seats,
      seatHolders: holdersOf(ctx),
      definitions: ctx.definitions,
      cardSectionsFilled: filled,
    }),
  );

  const componentVersions: Record<string, string> = {};
  for (const key of rv.components) {
    const c = componentOf(state, key);
    componentVersions[c.id] = componentPin(c.versions);
    ctx.rows.reviewComponents.push({
      reviewId: b.id,
      componentId: c.id,
      levelAtOpen: rv.level,
      codeVersion: c.versions.code,
      modelVersion: c.versions.model,
      dataVersion: c.versions.data,
    });
  }
  b.pin = { cardRevisionId: state.card?.id ?? null, componentVersions };
  Object.assign(b.row, {
    status: "open",
    openedAt: at,
    updatedAt: at,
    pinnedCardRevisionId: state.card?.id ?? null,
    dueAt: addDays(at, rv.dueAfterDays ?? 14),
  });
  state.liveReviews.set(b.id, { status: "open", componentKeys: [...rv.components], reviewRow: b.row });
  audit(ctx, state, {
    at,
    actor: rv.author,
    action: "review.open",
    entityType: "review",
    entityId: b.id,
    before: { status: "draft" },
    after: {
      status: "open",
      pinnedCardRevision: state.card?.number ?? null,
      componentPins: componentVersions,
      panel: b.seats.map((s) => `${s.name} (${s.discipline}${s.isChair ? ", chair" : ""})`),
    },
  });
}

/** Casts the votes of `voters` (seat user keys) at evenly spread times in (from, to]. */
function castVotes(
  ctx: SeedContext,
  state: ProjectState,
  b: ReviewBuild,
  voters: string[],
  from: Date,
  to: Date,
): Vote[] {
  const pin = b.pin ?? fail(state, b.seed, "is voted on before it was opened.");
  const votes: Vote[] = [];
  voters.forEach((userKey, i) => {
    const seat =
      b.seats.find((s) => s.userKey === userKey) ??
      fail(state, b.seed, `has a vote by "${userKey}", who holds no seat.`);
    const tasks = b.seed.returns?.[userKey] ?? [];
    const vote = must(
      state,
      `the vote of ${seat.name}`,
      decideVote({
        review: { status: "open", pin },
        voterId: seat.userId,
        choice: tasks.length ? "return" : "graduate",
        tasks: tasks.map((t) => ({ text: t.text, metric: t.metric ?? null, target: t.target ?? null })),
        // Seeded reviews are never re-pinned: every vote is cast in round 0.
        seenRound: 0,
        currentRound: 0,
      }),
    );
    const at = new Date(from.getTime() + ((i + 1) / voters.length) * (to.getTime() - from.getTime()));
    const voteId = newId();
    ctx.rows.votes.push({
      id: voteId,
      reviewId: b.id,
      seatId: seat.id,
      voterId: seat.userId,
      pinRound: 0,
      choice: vote.choice,
      cardRevisionId: pin.cardRevisionId,
      componentPins: pin.componentVersions,
      comment: b.seed.comments?.[userKey] ?? "",
      createdAt: at,
      updatedAt: at,
    });
    vote.tasks.forEach((t, position) => {
      ctx.rows.voteTasks.push({
        id: newId(),
        voteId,
        position,
        text: t.text,
        metric: t.metric ?? null,
        target: t.target ?? null,
      });
    });
    audit(ctx, state, {
      at,
      actor: userKey,
      action: "vote.cast",
      entityType: "vote",
      entityId: voteId,
      after: { review: b.id, choice: vote.choice, tasks: vote.tasks.length },
    });
    votes.push(vote);
  });
  return votes;
}

/** An open review as it stands now: some seats have voted, the outcome is still pending. */
export function voteOpenReview(ctx: SeedContext, state: ProjectState, b: ReviewBuild): void {
  const votes = castVotes(ctx, state, b, b.seed.votedBy ?? [], b.row.openedAt as Date, addDays(ctx.now, -0.1));
  const outcome = decideOutcome({ seats: b.seats, votes, currentPin: b.pin as Pin });
  if (outcome.status !== "pending") fail(state, b.seed, "is meant to be open but every seat has voted.");
  for (const s of b.seats) {
    ctx.rows.notifications.push({
      id: newId(),
      userId: s.userId,
      kind: "review.opened",
      projectId: state.id,
      reviewId: b.id,
      title: `Review requested: ${state.seed.name}, level ${b.seed.level}`,
      body: `You sit on the panel${s.isChair ? " as chair" : ""} (${s.discipline.replace(/_/g, " ")}). Please vote by the due date.`,
      readAt: b.seed.votedBy?.includes(s.userKey) ? addDays(b.row.openedAt as Date, 1) : null,
      createdAt: b.row.openedAt as Date,
    });
  }
}

/** Open → graduated or returned, with the key decision and the debrief the chair recorded. */
export function decideReview(ctx: SeedContext, state: ProjectState, b: ReviewBuild, at: Date): void {
  const rv = b.seed;
  const votes = castVotes(
    ctx,
    state,
    b,
    b.seats.map((s) => s.userKey),
    b.row.openedAt as Date,
    at,
  );
  const outcome = decideOutcome({ seats: b.seats, votes, currentPin: b.pin as Pin });
  if (outcome.status !== rv.status) fail(state, rv, `is declared ${rv.status} but its votes give ${outcome.status}.`);
  const chair = b.seats.find((s) => s.isChair) ?? fail(state, rv, "has no chair.");

  if (outcome.status === "graduated") {
    const drafts = must(
      state,
      `graduating the level ${rv.level} review`,
      decideGraduation({
        review: { id: b.id, status: "open", level: rv.level, componentIds: b.componentIds },
        outcome,
        components: [...state.components.values()].map((c) => ({ id: c.id, level: c.level ?? -1 })),
      }),
    );
    /** The vote that completed the panel triggers the graduation, so its voter is the actor. */
    const lastVoter = b.seats[b.seats.length - 1]?.userKey ?? rv.author;
    for (const t of drafts) {
      const c = [...state.components.values()].find((x) => x.id === t.componentId);
      if (c)
        recordTransition(ctx, state, c, {
          ...t,
          reason: `Graduated by the level ${rv.level} review.`,
          at,
          actor: lastVoter,
        });
    }
  } else if (outcome.status === "returned") {
    const seeded = Object.values(rv.returns ?? {}).flat();
    outcome.tasks.forEach((t, position) => {
      const done = seeded.find((s) => s.text.trim() === t.text)?.done;
      const taskId = newId();
      ctx.rows.reviewTasks.push({
        id: taskId,
        reviewId: b.id,
        position,
        text: t.text,
        metric: t.metric ?? null,
        target: t.target ?? null,
        doneAt: done ? addDays(ctx.now, -done.at) : null,
        doneById: done ? userOf(ctx, done.by).id : null,
        evidence: done?.evidence ?? null,
      });
      if (done) {
        const doneAt = addDays(ctx.now, -done.at);
        if (doneAt <= at) fail(state, rv, `has a task ticked off before the review was decided.`);
        audit(ctx, state, {
          at: doneAt,
          actor: done.by,
          action: "review_task.complete",
          entityType: "review_task",
          entityId: taskId,
          after: { text: t.text, evidence: done.evidence },
        });
      }
    });
  }
  ctx.rows.decisions.push({ reviewId: b.id, outcome: outcome.status, pinRound: 0, decidedAt: at });
  Object.assign(b.row, { status: outcome.status, decidedAt: at, updatedAt: at });
  state.liveReviews.delete(b.id);
  audit(ctx, state, {
    at,
    actor: null,
    action: outcome.status === "graduated" ? "review.graduate" : "review.return",
    entityType: "review",
    entityId: b.id,
    before: { status: "open" },
    after: { status: outcome.status, components: rv.components.map((k) => componentOf(state, k).name) },
  });

  recordKeyDecision(ctx, state, b, chair, at);
  if (rv.debrief) {
    const answers = must(
      state,
      "the debrief",
      decideDebrief({
        review: { status: outcome.status },
        answers: Object.entries(rv.debrief).map(([key, answer]) => ({ key, answer })),
      }),
    );
    const debriefAt = new Date(Math.min(addDays(at, 2).getTime(), ctx.now.getTime()));
    Object.assign(b.row, {
      debrief: Object.fromEntries(answers.map((a) => [a.key, a.answer])),
      debriefAt,
      updatedAt: debriefAt,
    });
    audit(ctx, state, {
      at: debriefAt,
      actor: chair.userKey,
      action: "review.debrief",
      entityType: "review",
      entityId: b.id,
      after: { debrief: Object.fromEntries(answers.map((a) => [a.key, a.answer])) },
    });
  }
}

function recordKeyDecision(
  ctx: SeedContext,
  state: ProjectState,
  b: ReviewBuild,
  chair: ReviewBuild["seats"][number],
  at: Date,
): void {
  const rv = b.seed;
  const hasPoint = levelDefinition(ctx.definitions, rv.level)?.keyDecision != null;
  if (!rv.keyDecision) {
    if (hasPoint && rv.status === "graduated") fail(state, rv, "graduated without its key decision; record one.");
    return;
  }
  const decidedAt = addDays(at, 1 / 24);
  const targetDate = rv.keyDecision.targetAfterDays === undefined ? null : addDays(at, rv.keyDecision.targetAfterDays);
  const effect = must(
    state,
    "the key decision",
    decideKeyDecision({
      review: { status: rv.status === "graduated" ? "graduated" : "returned", level: rv.level, keyDecision: null },
      projectStatus: "active",
      decision: rv.keyDecision.decision,
      targetDate,
      now: decidedAt,
    }),
  );
  if (effect.createResearchTrack || effect.pauseProject) {
    fail(
      state,
      rv,
      `records "${effect.decision}", whose side effect (new research project or pause) the demo seed does not model.`,
    );
  }
  Object.assign(b.row, {
    keyDecision: effect.decision,
    keyDecisionDate: effect.deploymentTargetDate,
    keyDecisionNote: rv.keyDecision.note,
    keyDecisionById: chair.userId,
    updatedAt: decidedAt,
  });
  audit(ctx, state, {
    at: decidedAt,
    actor: chair.userKey,
    action: "review.key_decision",
    entityType: "review",
    entityId: b.id,
    after: {
      decision: effect.decision,
      note: rv.keyDecision.note,
      targetDate: effect.deploymentTargetDate?.toISOString() ?? null,
    },
  });
}
