import { systemLevel } from "@/lib/domain/system-level";
import { assertTransition, type TransitionDraft } from "@/lib/domain/transitions";
import { audit, must, userOf, type ComponentState, type ProjectState, type SeedContext } from "./context";
import { newId } from "./rows";
import type { UserKey } from "./types";

/** Recomputes the system level; levelSince moves only when the level itself changes. */
export function refreshSystemLevel(state: ProjectState, at: Date): void {
  const next = systemLevel(
    [...state.components.values()]
      .filter((c) => c.level !== null)
      .map((c) => ({ level: c.level as number, status: c.status })),
  );
  if (next !== state.systemLevel) {
    state.systemLevel = next;
    state.levelSince = next === null ? null : at;
  }
}

/**
 * Appends one level change after checking it against assertTransition and the component's
 * current level, then updates the component, the system level and the audit log.
 */
export function recordTransition(
  ctx: SeedContext,
  state: ProjectState,
  c: ComponentState,
  t: TransitionDraft & { at: Date; actor: UserKey },
): void {
  if (t.fromLevel !== c.level) {
    throw new Error(
      `Seed (${state.seed.slug}): a ${t.kind} transition of "${c.name}" leaves from level ${t.fromLevel ?? "—"}, but it is at ${c.level ?? "—"}.`,
    );
  }
  must(
    state,
    `the ${t.kind} transition of "${c.name}" ${t.fromLevel ?? "new"} → ${t.toLevel}`,
    assertTransition(t.fromLevel, t.toLevel, t.kind),
  );
  const id = newId();
  ctx.rows.transitions.push({
    id,
    projectId: state.id,
    componentId: c.id,
    fromLevel: t.fromLevel,
    toLevel: t.toLevel,
    kind: t.kind,
    reason: t.reason ?? "",
    actorId: userOf(ctx, t.actor).id,
    reviewId: t.reviewId ?? null,
    createdAt: t.at,
  });
  c.level = t.toLevel;
  c.levelSince = t.at;
  refreshSystemLevel(state, t.at);
  audit(ctx, state, {
    at: t.at,
    actor: t.actor,
    action: `transition.${t.kind}`,
    entityType: "component",
    entityId: c.id,
    before: { level: t.fromLevel },
    after: { level: t.toLevel, reason: t.reason ?? "", review: t.reviewId ?? null },
  });
}
