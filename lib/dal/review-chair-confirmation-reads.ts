import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { levelDefinition } from "@/lib/domain/levels";
import { decideConfirmChair, seatLabel } from "@/lib/domain/seat-eligibility";
import type { Discipline } from "@/lib/domain/vocabulary";
import { definitionsByVersion } from "./review-definitions";
import { memberRoleOf, toActor } from "./transaction";

/**
 * What a page shows about a draft's chair confirmation: whether the level requires it, the
 * proposed chair, who confirmed it, and whether this viewer may confirm it now (permission and
 * state, from the same decideConfirmChair the command runs).
 */
export type ChairConfirmationDto = {
  reviewId: string;
  level: number;
  required: boolean;
  chair: { userId: string; name: string; discipline: Discipline; label: string } | null;
  confirmedBy: string | null;
  confirmedAt: Date | null;
  canConfirm: boolean;
  /** Why this viewer cannot confirm (only for managers/admins, to explain a missing button). */
  blockedBecause: string[];
};

export async function getChairConfirmationFor(db: DbClient, viewer: SessionUser, reviewId: string): Promise<ChairConfirmationDto | null> {
  const r = await db.review.findUnique({
    where: { id: reviewId },
    select: {
      id: true, level: true, status: true, definitionsVersion: true,
      project: { select: { members: { select: { userId: true, role: true } } } },
      seats: {
        select: {
          userId: true, discipline: true, isChair: true, chairConfirmedAt: true,
          chairConfirmedBy: { select: { name: true } },
          user: { select: { name: true, active: true, roles: true, disciplines: true } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!r) return null;
  const definitions = await db.$transaction((tx) => definitionsByVersion(tx, r.definitionsVersion));
  const required = levelDefinition(definitions, r.level)?.chairConfirmation ?? false;
  const seats = r.seats.map((s) => ({ userId: s.userId, discipline: s.discipline, isChair: s.isChair, name: s.user.name, chairConfirmed: s.chairConfirmedAt !== null }));
  const index = r.seats.findIndex((s) => s.isChair);
  const chairRow = r.seats[index];
  const memberRole = memberRoleOf(r.project.members, viewer.id);
  const decision = decideConfirmChair({
    actor: toActor(viewer), memberRole, review: r, required, seats,
    holders: r.seats.map((s) => ({ userId: s.userId, name: s.user.name, active: s.user.active, roles: s.user.roles, disciplines: s.user.disciplines })),
  });
  const mayConfirm = viewer.roles.includes("manager") || viewer.roles.includes("admin");
  return {
    reviewId: r.id, level: r.level, required,
    chair: chairRow ? { userId: chairRow.userId, name: chairRow.user.name, discipline: chairRow.discipline, label: seatLabel(chairRow, index) } : null,
    confirmedBy: chairRow?.chairConfirmedBy?.name ?? null,
    confirmedAt: chairRow?.chairConfirmedAt ?? null,
    canConfirm: decision.ok,
    blockedBecause: !decision.ok && mayConfirm && r.status === "draft" && required && chairRow && !chairRow.chairConfirmedAt ? decision.reasons.map((x) => x.message) : [],
  };
}

const load = cache(async (reviewId: string) => getChairConfirmationFor(prisma, await requireUser(), reviewId));

export async function getChairConfirmation({ reviewId }: { reviewId: string }): Promise<ChairConfirmationDto | null> {
  return load(reviewId);
}
