/**
 * One review of the demo history: draft → open (build-decision.ts votes and decides), each step checked by the same domain
 * functions the app uses (decideSubmit, decideVote, decideOutcome, decideGraduation,
 * decideKeyDecision, decideDebrief), so the seed cannot store a review the app would refuse.
 */
import { cardSectionsFilled } from "@/lib/domain/card-sections";
import { levelDefinition } from "@/lib/domain/levels";
import type { Seat } from "@/lib/domain/panel";
import { decideSeatPanel } from "@/lib/domain/draft-edit";
import { decideOpenDraft } from "@/lib/domain/review-draft";
import { decideSubmit } from "@/lib/domain/review-submit";
import { componentPin, type Pin } from "@/lib/domain/votes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { audit, componentOf, must, userOf, type ProjectState, type SeedContext } from "./context";
import { defaultEvidence } from "./defaults";
import { addDays, newId } from "./rows";
import type { ReviewSeed } from "./types";

export type ReviewBuild = {
  seed: ReviewSeed;
  id: string;
  row: Prisma.ReviewCreateManyInput;
  seats: (Seat & { id: string; userKey: string })[];
  componentIds: string[];
  pin: Pin | null;
};

export function fail(state: ProjectState, rv: ReviewSeed, msg: string): never {
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

  // The draft's components, pinned at their current level and versions as the app's draft editor saves them;
  // opening the review re-pins them.
  for (const c of comps) {
    ctx.rows.reviewComponents.push({
      reviewId: id,
      componentId: c.id,
      levelAtOpen: c.level ?? 0,
      codeVersion: c.versions.code,
      modelVersion: c.versions.model,
      dataVersion: c.versions.data,
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
    const pinned =
      ctx.rows.reviewComponents.find((x) => x.reviewId === b.id && x.componentId === c.id) ??
      fail(state, rv, `has no draft row for the component "${c.name}".`);
    Object.assign(pinned, {
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
