import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { reason, type Decision } from "@/lib/domain/decision";
import { diffLevelDefinitions } from "@/lib/domain/level-diff";
import { validateLevelDefinitions } from "@/lib/domain/level-validation";
import { levelDefinition, type LevelDefinition, type LevelDefinitions } from "@/lib/domain/levels";
import { DISCIPLINES, type Discipline } from "@/lib/domain/vocabulary";
import type { PublishLevelDefinitionsData } from "@/lib/schemas/levels";
import { writeAudit } from "@/lib/dal/core/audit";
import { DomainError, permit, runTransaction } from "@/lib/dal/core/transaction";
import { latestDefinitions } from "@/lib/dal/reviews/definitions";

/**
 * Publishes the admin's edit of the level definitions as the next version. Old versions are never
 * changed: every review keeps reading the version it was opened under (Review.definitionsVersion).
 */

type LevelEdit = PublishLevelDefinitionsData["levels"][number];

/** The edited level on top of its base: names, phases and key decisions are carried over unchanged. */
function applyEdit(base: LevelDefinitions, edit: LevelEdit): Partial<LevelDefinition> {
  const b = levelDefinition(base, edit.level);
  // Seats in vocabulary order, 0 meaning "not required", so equal panels compare equal.
  const seats: Partial<Record<Discipline, number>> = {};
  for (const d of DISCIPLINES) if ((edit.seats[d] ?? 0) > 0) seats[d] = edit.seats[d];
  return {
    level: edit.level,
    ...(b ? { name: b.name, phase: b.phase, keyDecision: b.keyDecision } : {}),
    criteria: edit.criteria.map((c) => ({ key: c.key, label: c.label })),
    seats,
    cardSections: [...edit.cardSections],
    overdueDays: edit.overdueDays,
    chairConfirmation: edit.chairConfirmation,
  };
}

export async function publishLevelDefinitions(
  user: SessionUser,
  data: PublishLevelDefinitionsData,
): Promise<Decision<{ id: string; version: number }>> {
  return runTransaction(async (tx) => {
    permit(user, "admin");
    const latest = await latestDefinitions(tx);
    // Two admins editing at once: the second would publish over a version they never saw.
    if (data.baseVersion !== latest.version) {
      throw new DomainError([
        reason(
          "level_definitions_changed",
          `Version ${latest.version} was published while you were editing version ${data.baseVersion}. Reload, then make your changes again.`,
        ),
      ]);
    }
    const version = latest.version + 1;
    const checked = validateLevelDefinitions({ version, levels: data.levels.map((e) => applyEdit(latest, e)) });
    if (!checked.ok) throw new DomainError(checked.reasons);
    const next = checked.value;
    const changes = diffLevelDefinitions(latest, next);
    if (changes.length === 0) {
      throw new DomainError([
        reason("level_definitions_unchanged", `Nothing changed since version ${latest.version}.`),
      ]);
    }
    // Two publishes from the same base both try this version; the unique index refuses one, and
    // its re-run stops at the base-version check above.
    const created = await tx.levelDefinitionSet.create({
      data: { version, definitions: next, createdById: user.id },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "level_definitions.publish",
      entityType: "level_definition_set",
      entityId: created.id,
      before: { version: latest.version },
      after: { version, changedLevels: changes.map((c) => c.level) },
    });
    return { id: created.id, version };
  });
}
