import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { accept, type Decision } from "@/lib/domain/decision";
import { validateLevelDefinitions } from "@/lib/domain/level-validation";
import type { LevelDefinitions } from "@/lib/domain/levels";
import { can } from "@/lib/domain/permissions";
import { runTransaction, toActor } from "@/lib/dal/core/transaction";
import { latestDefinitions } from "@/lib/dal/reviews/definitions";

export type LevelDefinitionVersionDto = {
  id: string;
  version: number;
  createdAt: Date;
  createdBy: string | null;
  /** Reviews opened (or drafted) under this version: they keep reading it. */
  reviewCount: number;
  /** Null when the stored JSON no longer validates (shown as such; it cannot be edited from). */
  definitions: LevelDefinitions | null;
};

/** Every published version of the level definitions, newest first; admins only (/admin/levels). */
export const listLevelDefinitionVersions = cache(async (): Promise<Decision<LevelDefinitionVersionDto[]>> => {
  const viewer = await requireUser();
  const allowed = can(toActor(viewer), "admin");
  if (!allowed.ok) return allowed;
  // A database never seeded gets version 1 (the domain defaults) so there is something to edit.
  const ensured = await runTransaction((tx) => latestDefinitions(tx));
  if (!ensured.ok) return ensured;
  const [rows, counts] = await Promise.all([
    prisma.levelDefinitionSet.findMany({
      orderBy: { version: "desc" },
      select: { id: true, version: true, definitions: true, createdAt: true, createdBy: { select: { name: true } } },
    }),
    prisma.review.groupBy({ by: ["definitionsVersion"], _count: { _all: true } }),
  ]);
  const used = new Map(counts.map((c) => [c.definitionsVersion, c._count._all]));
  return accept(
    rows.map((r) => {
      const checked = validateLevelDefinitions(r.definitions);
      return {
        id: r.id,
        version: r.version,
        createdAt: r.createdAt,
        createdBy: r.createdBy?.name ?? null,
        reviewCount: used.get(r.version) ?? 0,
        definitions: checked.ok ? checked.value : null,
      };
    }),
  );
});
