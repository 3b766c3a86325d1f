import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { levelDefinition, type LevelDefinitions } from "@/lib/domain/levels";
import { decideConfirmChair, seatLabel } from "@/lib/domain/seat-eligibility";
import type { Discipline } from "@/lib/domain/vocabulary";
import { definitionsByVersion } from "@/lib/dal/reviews/definitions";
import { memberRoleOf, toActor } from "@/lib/dal/core/transaction";

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

export async function getChairConfirmationFor(
  db: DbClient,
  viewer: SessionUser,
  reviewId: string,
): Promise<ChairConfirmationDto | null> {
  const r = await db.review.findUnique({
    where: { id: reviewId },
    select: {
      id: true,
      level: true,
      status: true,
      definitionsVersion: true,
      project: { select: { members: { select: { userId: true, role: true } } } },
      seats: {
        select: {
          userId: true,
          discipline: true,
          isChair: true,
          chairConfirmedAt: true,
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
  const seats = r.seats.map((s) => ({
    userId: s.userId,
    discipline: s.discipline,
    isChair: s.isChair,
    name: s.user.name,
    chairConfirmed: s.chairConfirmedAt !== null,
  }));
  const index = r.seats.findIndex((s) => s.isChair);
  const chairRow = r.seats[index];
  const memberRole = memberRoleOf(r.project.members, viewer.id);
  const decision = decideConfirmChair({
    actor: toActor(viewer),
    memberRole,
    review: r,
    required,
    seats,
    holders: r.seats.map((s) => ({
      userId: s.userId,
      name: s.user.name,
      active: s.user.active,
      roles: s.user.roles,
      disciplines: s.user.disciplines,
    })),
  });
  const mayConfirm = viewer.roles.includes("manager") || viewer.roles.includes("admin");
  return {
    reviewId: r.id,
    level: r.level,
    required,
    chair: chairRow
      ? {
          userId: chairRow.userId,
          name: chairRow.user.name,
          discipline: chairRow.discipline,
          label: seatLabel(chairRow, index),
        }
      : null,
    confirmedBy: chairRow?.chairConfirmedBy?.name ?? null,
    confirmedAt: chairRow?.chairConfirmedAt ?? null,
    canConfirm: decision.ok,
    blockedBecause:
      !decision.ok && mayConfirm && r.status === "draft" && required && chairRow && !chairRow.chairConfirmedAt
        ? decision.reasons.map((x) => x.message)
        : [],
  };
}

const load = cache(async (reviewId: string) => getChairConfirmationFor(prisma, await requireUser(), reviewId));

export async function getChairConfirmation({ reviewId }: { reviewId: string }): Promise<ChairConfirmationDto | null> {
  return load(reviewId);
}

export type AwaitingChairDto = {
  reviewId: string;
  level: number;
  project: { slug: string; name: string };
  chairName: string;
  chairLabel: string;
};

/**
 * For managers and admins: drafts whose level requires a confirmed chair and whose proposed chair
 * awaits one, on projects the viewer is no member of (members may not confirm). Others get none.
 */
export async function getChairsAwaitingFor(db: DbClient, viewer: SessionUser): Promise<AwaitingChairDto[]> {
  if (!viewer.roles.includes("manager") && !viewer.roles.includes("admin")) return [];
  const rows = await db.review.findMany({
    where: {
      status: "draft",
      seats: { some: { isChair: true, chairConfirmedAt: null, userId: { not: viewer.id } } },
      project: { status: "active", members: { none: { userId: viewer.id } } },
    },
    select: {
      id: true,
      level: true,
      definitionsVersion: true,
      project: { select: { slug: true, name: true } },
      seats: {
        select: { discipline: true, isChair: true, user: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
    orderBy: { updatedAt: "asc" },
    take: 100,
  });
  const required = new Map<number, LevelDefinitions>();
  const out: AwaitingChairDto[] = [];
  for (const r of rows) {
    if (!required.has(r.definitionsVersion))
      required.set(r.definitionsVersion, await db.$transaction((tx) => definitionsByVersion(tx, r.definitionsVersion)));
    if (!levelDefinition(required.get(r.definitionsVersion)!, r.level)?.chairConfirmation) continue;
    const i = r.seats.findIndex((s) => s.isChair);
    out.push({
      reviewId: r.id,
      level: r.level,
      project: r.project,
      chairName: r.seats[i]!.user.name,
      chairLabel: seatLabel(r.seats[i]!, i),
    });
  }
  return out;
}

export async function getChairsAwaiting(): Promise<AwaitingChairDto[]> {
  return getChairsAwaitingFor(prisma, await requireUser());
}
