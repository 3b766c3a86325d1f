/** Component events of the demo history: start, version bump, archive and switchback. */
import { decideDiscoverySwitchback, decideEmbeddedSwitchback, decideVersionBump } from "@/lib/domain/switchbacks";
import { audit, componentOf, must, userOf, type ComponentState, type ProjectState, type SeedContext } from "./context";
import { newId } from "./rows";
import { recordTransition, refreshSystemLevel } from "./transition";
import type { ComponentSeed, SwitchbackSeed, VersionSeed } from "./types";

export function memberKey(ctx: SeedContext, state: ProjectState, key: string, what: string): void {
  if (!state.memberRoles.has(userOf(ctx, key).id))
    throw new Error(`Seed (${state.seed.slug}): ${what} by "${key}", who is not an owner or contributor.`);
}

export function startComponent(ctx: SeedContext, state: ProjectState, c: ComponentSeed, at: Date): void {
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
export function assertNotUnderOpenReview(state: ProjectState, key: string | null, what: string): void {
  for (const live of state.liveReviews.values()) {
    if (live.status === "open" && (key === null || live.componentKeys.includes(key))) {
      throw new Error(
        `Seed (${state.seed.slug}): ${what} while a review is open would make its votes stale; move it outside the review's window.`,
      );
    }
  }
}

export function bumpVersion(ctx: SeedContext, state: ProjectState, key: string, v: VersionSeed, at: Date): void {
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

export function archiveComponent(
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

export function switchback(ctx: SeedContext, state: ProjectState, s: SwitchbackSeed, at: Date): void {
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
