/**
 * Turns one declarative ProjectSeed into rows by replaying its history in time order: components
 * start, versions bump, the card is revised, requirements are written, reviews open and decide,
 * switchbacks happen. Every step goes through lib/domain, and the finished history is checked
 * once more as a whole, so the demo data always obeys the MLTRL rules.
 */
import { STORED_CARD_SECTIONS, emptyCardContent, type CardContent } from "@/lib/domain/card-content";
import { riskOf, validateRequirement } from "@/lib/domain/requirements";
import { decideDiscoverySwitchback, decideEmbeddedSwitchback, decideVersionBump } from "@/lib/domain/switchbacks";
import { validateTransitionSequence } from "@/lib/domain/transitions";
import { createReview, decideReview, openReview, voteOpenReview, type ReviewBuild } from "./build-review";
import { audit, componentOf, must, userOf, type ComponentState, type ProjectState, type SeedContext } from "./context";
import { addDays, daysBefore, newId } from "./rows";
import { recordTransition, refreshSystemLevel } from "./transition";
import type {
  CardRevisionSeed,
  ComponentSeed,
  ProjectSeed,
  RequirementSeed,
  ReviewSeed,
  SwitchbackSeed,
  VersionSeed,
} from "./types";

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

function memberKey(ctx: SeedContext, state: ProjectState, key: string, what: string): void {
  if (!state.memberRoles.has(userOf(ctx, key).id))
    throw new Error(`Seed (${state.seed.slug}): ${what} by "${key}", who is not an owner or contributor.`);
}

function startComponent(ctx: SeedContext, state: ProjectState, c: ComponentSeed, at: Date): void {
  if (state.components.has(c.key))
    throw new Error(`Seed (${state.seed.slug}): component key "${c.key}" is used twice.`);
  memberKey(ctx, state, c.start.by, `component "${c.name}" is created`);
  const comp: ComponentState = {
    id: newId(),
    key: c.key,
    name: c.name,
    level: null,
    status: "active",
    levelSince: null,
    versions: { ...c.initial },
  };
  state.components.set(c.key, comp);
  ctx.rows.componentVersions.push({
    id: newId(),
    componentId: comp.id,
    codeVersion: c.initial.code,
    modelVersion: c.initial.model,
    dataVersion: c.initial.data,
    changelog: "Initial version.",
    authorId: userOf(ctx, c.start.by).id,
    createdAt: at,
  });
  audit(ctx, state, {
    at,
    actor: c.start.by,
    action: "component.create",
    entityType: "component",
    entityId: comp.id,
    after: { name: c.name, kind: c.kind, level: c.start.level, versions: c.initial },
  });
  recordTransition(ctx, state, comp, {
    componentId: comp.id,
    kind: "start",
    fromLevel: null,
    toLevel: c.start.level,
    reason: c.start.reason,
    at,
    actor: c.start.by,
  });
}

/** A new version re-pins open reviews in the app; the seed has no re-pinned rounds, so it refuses one. */
function assertNotUnderOpenReview(state: ProjectState, key: string | null, what: string): void {
  for (const live of state.liveReviews.values()) {
    if (live.status === "open" && (key === null || live.componentKeys.includes(key))) {
      throw new Error(
        `Seed (${state.seed.slug}): ${what} while a review is open would make its votes stale; move it outside the review's window.`,
      );
    }
  }
}

function bumpVersion(ctx: SeedContext, state: ProjectState, key: string, v: VersionSeed, at: Date): void {
  const c = componentOf(state, key);
  memberKey(ctx, state, v.by, `a version of "${c.name}" is bumped`);
  assertNotUnderOpenReview(state, key, `a version bump of "${c.name}"`);
  const changed = {
    code: v.code !== c.versions.code ? v.code : null,
    model: v.model !== c.versions.model ? v.model : null,
    data: v.data !== c.versions.data ? v.data : null,
  };
  const result = must(
    state,
    `the version bump of "${c.name}"`,
    decideVersionBump({
      component: { id: c.id, level: c.level ?? 0, status: c.status, name: c.name, versions: c.versions },
      newVersions: Object.fromEntries(Object.entries(changed).filter(([, x]) => x !== null)),
    }),
  );
  if (result.transition)
    throw new Error(
      `Seed (${state.seed.slug}): "${c.name}" is bumped at level 9, which sends it back to 7; model that explicitly or move the bump.`,
    );
  const before = { ...c.versions };
  c.versions = { code: v.code, model: v.model, data: v.data };
  ctx.rows.componentVersions.push({
    id: newId(),
    componentId: c.id,
    codeVersion: v.code,
    modelVersion: v.model,
    dataVersion: v.data,
    changelog: v.changelog,
    authorId: userOf(ctx, v.by).id,
    createdAt: at,
  });
  audit(ctx, state, {
    at,
    actor: v.by,
    action: "component.version",
    entityType: "component",
    entityId: c.id,
    before,
    after: { ...c.versions, changelog: v.changelog },
  });
}

function archiveComponent(
  ctx: SeedContext,
  state: ProjectState,
  key: string,
  a: NonNullable<ComponentSeed["archived"]>,
  at: Date,
): void {
  const c = componentOf(state, key);
  memberKey(ctx, state, a.by, `"${c.name}" is archived`);
  for (const live of state.liveReviews.values()) {
    if (live.componentKeys.includes(key))
      throw new Error(`Seed (${state.seed.slug}): "${c.name}" is archived while under review.`);
  }
  c.status = "archived";
  refreshSystemLevel(state, at);
  audit(ctx, state, {
    at,
    actor: a.by,
    action: "component.archive",
    entityType: "component",
    entityId: c.id,
    before: { status: "active" },
    after: { status: "archived", reason: a.reason },
  });
}

function addRequirement(ctx: SeedContext, state: ProjectState, r: RequirementSeed, number: number, at: Date): void {
  const id = newId();
  const req = must(
    state,
    `requirement R${number}`,
    validateRequirement({
      id,
      kind: r.kind,
      statement: r.statement,
      verification: r.verification,
      validation: r.validation,
      status: r.status,
      waiverReason: r.waiverReason ?? null,
      pFailure: r.pFailure,
      value: r.value,
    }),
  );
  const risk = must(state, `the risk of requirement R${number}`, riskOf(r.pFailure, r.value));
  state.requirements.push(req);
  ctx.rows.requirements.push({
    id,
    projectId: state.id,
    number,
    kind: r.kind,
    statement: r.statement,
    verification: r.verification,
    validation: r.validation,
    status: r.status,
    waiverReason: r.waiverReason ?? null,
    pFailure: r.pFailure,
    value: r.value,
    risk,
    ownerId: userOf(ctx, r.owner).id,
    evidenceLinks: r.evidenceLinks ?? [],
    createdAt: at,
    updatedAt: at,
  });
  audit(ctx, state, {
    at,
    actor: r.owner,
    action: "requirement.create",
    entityType: "requirement",
    entityId: id,
    after: { number, kind: r.kind, statement: r.statement, status: r.status, risk },
  });
}

function reviseCard(ctx: SeedContext, state: ProjectState, rev: CardRevisionSeed, at: Date): void {
  memberKey(ctx, state, rev.by, "the TRL Card is revised");
  assertNotUnderOpenReview(state, null, "a TRL Card revision");
  const content: CardContent = { ...(state.card?.content ?? emptyCardContent), ...rev.patch };
  const fields = Object.keys(rev.patch);
  const changedSections = STORED_CARD_SECTIONS.filter((s) => s.fields.some((f) => fields.includes(f))).map(
    (s) => s.key as string,
  );
  if (fields.includes("links") || fields.includes("coupledComponents")) changedSections.unshift("summary");
  const number = (state.card?.number ?? 0) + 1;
  const id = newId();
  ctx.rows.cardRevisions.push({
    id,
    projectId: state.id,
    number,
    content,
    changedSections,
    summary: rev.summary,
    authorId: userOf(ctx, rev.by).id,
    systemLevel: state.systemLevel,
    createdAt: at,
  });
  state.card = { id, number, content };
  audit(ctx, state, {
    at,
    actor: rev.by,
    action: "card.revise",
    entityType: "card_revision",
    entityId: id,
    after: { number, changedSections, summary: rev.summary },
  });
}

function switchback(ctx: SeedContext, state: ProjectState, s: SwitchbackSeed, at: Date): void {
  const c = componentOf(state, s.component);
  const role = state.memberRoles.get(userOf(ctx, s.by).id) ?? null;
  const underLiveReview = [...state.liveReviews.values()].some((r) => r.componentKeys.includes(s.component));
  const input = {
    memberRole: role,
    component: { id: c.id, level: c.level ?? 0, status: c.status, name: c.name },
    toLevel: s.toLevel,
    reason: s.reason,
    underLiveReview,
  };
  const draft = must(
    state,
    `the ${s.kind} switchback of "${c.name}"`,
    s.kind === "discovery" ? decideDiscoverySwitchback(input) : decideEmbeddedSwitchback(input),
  );
  recordTransition(ctx, state, c, { ...draft, at, actor: s.by });
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
