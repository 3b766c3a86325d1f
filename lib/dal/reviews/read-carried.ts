import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { levelDefinition } from "@/lib/domain/levels";
import { carriedItemLabel, type Dropped } from "@/lib/domain/review-continue";
import type { ReviewStatus } from "@/lib/domain/vocabulary";
import { definitionsByVersion, ethicsTemplateOf } from "@/lib/dal/reviews/definitions";

/** A draft started from a returned review: where it came from, what still awaits re-confirmation, what was dropped. */
export type CarriedDto = {
  continues: { id: string; level: number; status: ReviewStatus };
  items: { item: string; label: string }[];
  droppedSeats: Dropped[];
  droppedComponents: Dropped[];
  chairDropped: boolean;
};

const droppedList = (v: unknown): Dropped[] =>
  Array.isArray(v)
    ? v.flatMap((d) =>
        d && typeof d === "object" && "id" in d && "name" in d && "why" in d
          ? [{ id: String(d.id), name: String(d.name), why: String(d.why) }]
          : [],
      )
    : [];

/** Reads the draft's carried items (labelled as the editor names them) and the drop report its audit event keeps. */
export async function getCarriedFor(db: DbClient, reviewId: string): Promise<CarriedDto | null> {
  const r = await db.review.findUnique({
    where: { id: reviewId },
    select: {
      level: true,
      definitionsVersion: true,
      ethicsTemplateId: true,
      unconfirmedItems: true,
      continues: { select: { id: true, level: true, status: true } },
    },
  });
  if (!r?.continues) return null;
  const definitions = await db.$transaction((tx) => definitionsByVersion(tx, r.definitionsVersion));
  const template = await db.$transaction((tx) => ethicsTemplateOf(tx, r.ethicsTemplateId));
  const labels = {
    criteria: Object.fromEntries((levelDefinition(definitions, r.level)?.criteria ?? []).map((c) => [c.key, c.label])),
    ethics: Object.fromEntries(template.items.map((i) => [i.key, i.label])),
  };
  const event = await db.auditEvent.findFirst({
    where: { entityId: reviewId, action: "review.continue" },
    select: { after: true },
  });
  const after = (event?.after ?? {}) as Record<string, unknown>;
  const seats = droppedList(after.droppedSeats);
  return {
    continues: r.continues,
    items: r.unconfirmedItems.map((item) => ({ item, label: carriedItemLabel(item, labels) })),
    droppedSeats: seats,
    droppedComponents: droppedList(after.droppedComponents),
    chairDropped: after.chairDropped === true,
  };
}

const loadCarried = cache(async (reviewId: string) => {
  await requireUser();
  return getCarriedFor(prisma, reviewId);
});

export async function getCarried({ reviewId }: { reviewId: string }): Promise<CarriedDto | null> {
  return loadCarried(reviewId);
}
