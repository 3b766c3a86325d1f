/**
 * Turns one declarative ProjectSeed into rows by replaying its history in time order: components
 * start, versions bump, the card is revised, requirements are written, reviews open and decide,
 * switchbacks happen. Every step goes through lib/domain, and the finished history is checked
 * once more as a whole, so the demo data always obeys the MLTRL rules.
 */
import { validateTransitionSequence } from "@/lib/domain/transitions";
import { addAlerts } from "./build-alerts";
import { addRequirement, reviseCard } from "./build-card";
import { archiveComponent, bumpVersion, startComponent, switchback } from "./build-components";
import { createReview, openReview, type ReviewBuild } from "./build-review";
import { decideReview, voteOpenReview } from "./build-decision";
import { audit, must, userOf, type ProjectState, type SeedContext } from "./context";
import { addDays, daysBefore, newId } from "./rows";
import type { ProjectSeed, ReviewSeed } from "./types";

type Event = { at: Date; order: number; seq: number; run: () => void };

/** Same-moment events run in this order (a review decides before the next one opens). */
const ORDER = {
  start: 0,
  version: 1,
  requirement: 2,
  card: 3,
  decide: 4,
  switchback: 5,
  archive: 6,
  create: 7,
  open: 8,
} as const;

export function buildProject(ctx: SeedContext, seed: ProjectSeed): ProjectState {
  const at = (days: number) => daysBefore(ctx.now, days);
  const createdAt = at(seed.created);
  const state: ProjectState = {
    seed,
    id: newId(),
    memberRoles: new Map(),
    components: new Map(),
    card: null,
    requirements: [],
    systemLevel: null,
    levelSince: null,
    liveReviews: new Map(),
    lastEventAt: createdAt,
  };
  for (const k of seed.owners) state.memberRoles.set(userOf(ctx, k).id, "owner");
  for (const k of seed.contributors) {
    if (seed.owners.includes(k)) throw new Error(`Seed (${seed.slug}): "${k}" is both owner and contributor.`);
    state.memberRoles.set(userOf(ctx, k).id, "contributor");
  }

  const events: Event[] = [];
  const on = (days: number, order: number, run: () => void) => {
    const when = at(days);
    if (when < createdAt)
      throw new Error(
        `Seed (${seed.slug}): an event ${days} days ago precedes the project's creation (${seed.created} days ago).`,
      );
    if (when > ctx.now) throw new Error(`Seed (${seed.slug}): an event lies in the future.`);
    events.push({ at: when, order, seq: events.length, run });
  };

  for (const c of seed.components) {
    on(c.start.at, ORDER.start, () => startComponent(ctx, state, c, at(c.start.at)));
    for (const v of c.bumps ?? []) on(v.at, ORDER.version, () => bumpVersion(ctx, state, c.key, v, at(v.at)));
    if (c.archived) {
      const a = c.archived;
      on(a.at, ORDER.archive, () => archiveComponent(ctx, state, c.key, a, at(a.at)));
    }
  }
  [...seed.requirements]
    .sort((a, b) => b.created - a.created)
    .forEach((r, i) => on(r.created, ORDER.requirement, () => addRequirement(ctx, state, r, i + 1, at(r.created))));
  seed.card.forEach((rev) => on(rev.at, ORDER.card, () => reviseCard(ctx, state, rev, at(rev.at))));
  for (const s of seed.switchbacks ?? []) on(s.at, ORDER.switchback, () => switchback(ctx, state, s, at(s.at)));
  for (const rv of seed.reviews) scheduleReview(ctx, state, rv, on, at);

  events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order || a.seq - b.seq);
  writeProject(ctx, state, createdAt);
  for (const e of events) {
    e.run();
    state.lastEventAt = e.at;
  }
  finishProject(ctx, state);
  addAlerts(ctx, state, seed.alerts ?? []);
  return state;
}

function scheduleReview(
  ctx: SeedContext,
  state: ProjectState,
  rv: ReviewSeed,
  on: (d: number, o: number, run: () => void) => void,
  at: (d: number) => Date,
): void {
  const order = [rv.created, rv.opened, rv.decided].filter((d): d is number => d !== undefined);
  if (order.some((d, i) => i > 0 && d >= (order[i - 1] as number))) {
    throw new Error(
      `Seed (${state.seed.slug}): the level ${rv.level} review's created/opened/decided days must be strictly decreasing (earlier first).`,
    );
  }
  const needs = { draft: [false, false], open: [true, false], graduated: [true, true], returned: [true, true] }[
    rv.status
  ];
  if ((rv.opened !== undefined) !== needs[0] || (rv.decided !== undefined) !== needs[1]) {
    throw new Error(
      `Seed (${state.seed.slug}): a ${rv.status} level ${rv.level} review needs ${needs[0] ? "an opened day" : "no opened day"} and ${needs[1] ? "a decided day" : "no decided day"}.`,
    );
  }
  let build: ReviewBuild | null = null;
  const get = () => build as ReviewBuild;
  on(rv.created, ORDER.create, () => {
    build = createReview(ctx, state, rv, at(rv.created));
  });
  if (rv.opened !== undefined) {
    const opened = rv.opened;
    on(opened, ORDER.open, () => {
      openReview(ctx, state, get(), at(opened));
      if (rv.status === "open") voteOpenReview(ctx, state, get());
    });
  }
  if (rv.decided !== undefined) {
    const decided = rv.decided;
    on(decided, ORDER.decide, () => decideReview(ctx, state, get(), at(decided)));
  }
}

function writeProject(ctx: SeedContext, state: ProjectState, createdAt: Date): void {
  const { seed } = state;
  ctx.rows.projects.push({
    id: state.id,
    slug: seed.slug,
    name: seed.name,
    description: seed.description,
    track: seed.track,
    index: seed.index,
    status: seed.status ?? "active",
    tags: seed.tags,
    createdAt,
    updatedAt: createdAt,
    targetLevel: seed.target?.level ?? null,
    targetDate: seed.target ? addDays(ctx.now, seed.target.inDays) : null,
  });
  for (const [userId, role] of state.memberRoles)
    ctx.rows.members.push({ projectId: state.id, userId, role, createdAt });
  const people = (keys: string[]) => keys.map((k) => userOf(ctx, k).name);
  audit(ctx, state, {
    at: createdAt,
    actor: seed.createdBy,
    action: "project.create",
    entityType: "project",
    entityId: state.id,
    after: {
      slug: seed.slug,
      name: seed.name,
      track: seed.track,
      index: seed.index,
      owners: people(seed.owners),
      contributors: people(seed.contributors),
    },
  });
}

/** Final state onto the rows, then the whole history checked again as one sequence. */
function finishProject(ctx: SeedContext, state: ProjectState): void {
  const transitions = ctx.rows.transitions.filter((t) => t.projectId === state.id);
  must(
    state,
    "the transition history",
    validateTransitionSequence(
      transitions.map((t) => ({
        componentId: t.componentId,
        kind: t.kind,
        fromLevel: t.fromLevel ?? null,
        toLevel: t.toLevel,
      })),
    ),
  );
  for (const c of state.components.values()) {
    const seed = state.seed.components.find((x) => x.key === c.key);
    const versions = ctx.rows.componentVersions.filter((v) => v.componentId === c.id);
    ctx.rows.components.push({
      id: c.id,
      projectId: state.id,
      name: c.name,
      kind: seed?.kind ?? "other",
      status: c.status,
      description: seed?.description ?? "",
      level: c.level ?? 0,
      codeVersion: c.versions.code,
      modelVersion: c.versions.model,
      dataVersion: c.versions.data,
      levelSince: c.levelSince ?? state.lastEventAt,
      createdAt: versions[0]?.createdAt ?? state.lastEventAt,
      updatedAt: state.lastEventAt,
    });
  }
  const project = ctx.rows.projects.find((p) => p.id === state.id);
  if (project)
    Object.assign(project, {
      systemLevel: state.systemLevel,
      levelSince: state.levelSince,
      updatedAt: state.lastEventAt,
    });
}
