/** The votes on an open review, and its decision: outcome, graduation, key decision and debrief. */
import { decideDebrief } from "@/lib/domain/debrief";
import { decideKeyDecision } from "@/lib/domain/key-decisions";
import { levelDefinition } from "@/lib/domain/levels";
import { decideGraduation } from "@/lib/domain/transitions";
import { decideOutcome, decideVote, type Pin, type Vote } from "@/lib/domain/votes";
import { audit, componentOf, must, userOf, type ProjectState, type SeedContext } from "./context";
import { addDays, newId } from "./rows";
import { recordTransition } from "./transition";
import { fail, type ReviewBuild } from "./build-review";

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
        position: position + 1,
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
        position: position + 1,
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
