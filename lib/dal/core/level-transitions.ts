import "server-only";
import { startLevelReasons } from "@/lib/domain/component-entry";
import { systemLevel } from "@/lib/domain/system-level";
import { assertTransition, type TransitionDraft } from "@/lib/domain/transitions";
import type { Tx } from "@/lib/dal/core/audit";
import { expectOne, refuseIf, unwrap } from "@/lib/dal/core/transaction";
import { recordWebhookEvents } from "@/lib/dal/core/webhook-outbox";

/**
 * The only writer of component levels. Each transition is checked by the domain invariant, the
 * component moves with compare-and-set on the level it leaves (a second mover finds no row), the
 * append-only transition row is written, and Project.systemLevel/levelSince follow — all inside
 * the caller's transaction.
 */
export async function applyTransitions(
  tx: Tx,
  input: { projectId: string; actorId: string | null; now: Date; transitions: readonly TransitionDraft[] },
): Promise<void> {
  const { projectId, actorId, now } = input;
  for (const t of input.transitions) {
    unwrap(assertTransition(t.fromLevel, t.toLevel, t.kind));
    // Every door that creates a component lands here: none may start it above 0 without a review.
    if (t.kind === "start") refuseIf(startLevelReasons(t.toLevel, t.earnedByReviewId));
    if (t.fromLevel !== null) {
      const { count } = await tx.component.updateMany({
        where: { id: t.componentId, projectId, level: t.fromLevel },
        data: { level: t.toLevel, levelSince: now, version: { increment: 1 } },
      });
      expectOne(count, `component ${t.componentId} at level ${t.fromLevel}`);
    }
    await tx.levelTransition.create({
      data: {
        projectId,
        componentId: t.componentId,
        fromLevel: t.fromLevel,
        toLevel: t.toLevel,
        kind: t.kind,
        reason: t.reason ?? "",
        actorId,
        reviewId: t.reviewId ?? null,
        createdAt: now,
      },
    });
  }
  await syncSystemLevel(tx, projectId, now);
  const moved = input.transitions.filter((t) => t.fromLevel !== null && t.fromLevel !== t.toLevel);
  // Starts (new components, imports) move no level: nothing to announce, nothing to look up.
  if (moved.length === 0) return;
  const names = await tx.component.findMany({
    where: { id: { in: moved.map((t) => t.componentId) } },
    select: { id: true, name: true },
  });
  await recordWebhookEvents(
    tx,
    projectId,
    moved.map((t) => ({
      type: "level.changed" as const,
      data: {
        projectId,
        componentId: t.componentId,
        componentName: names.find((c) => c.id === t.componentId)?.name ?? null,
        fromLevel: t.fromLevel,
        toLevel: t.toLevel,
        kind: t.kind,
        reviewId: t.reviewId ?? null,
      },
    })),
    actorId,
  );
}

/** Project.systemLevel = lowest active component level (domain rule); levelSince moves only on change. */
export async function syncSystemLevel(tx: Tx, projectId: string, now: Date): Promise<number | null> {
  const project = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { systemLevel: true } });
  const components = await tx.component.findMany({ where: { projectId }, select: { level: true, status: true } });
  const level = systemLevel(components);
  if (level !== project.systemLevel) {
    await tx.project.update({
      where: { id: projectId },
      data: { systemLevel: level, levelSince: level === null ? null : now },
    });
  }
  return level;
}
