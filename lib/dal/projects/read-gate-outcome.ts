import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import type { GateOutcomeKind } from "@/lib/domain/gate-outcome";

/** The project's standing gate outcome (a hold or a stop), for the banner on its pages; null when none. */
export type GateOutcomeBannerDto = {
  outcome: GateOutcomeKind;
  level: number | null;
  reason: string;
  decidedAt: Date;
  reviewId: string | null;
};

export const getGateOutcomeBanner = cache(async ({ slug }: { slug: string }): Promise<GateOutcomeBannerDto | null> => {
  await requireUser();
  const p = await prisma.project.findUnique({
    where: { slug },
    select: {
      status: true,
      gateOutcome: true,
      gateLevel: true,
      gateReason: true,
      gateDecidedAt: true,
      gateReviewId: true,
    },
  });
  if (!p?.gateOutcome || !p.gateDecidedAt) return null;
  // A hold shows while the project is paused; a stop always (stopped is terminal).
  if (p.gateOutcome === "hold" && p.status !== "paused") return null;
  return {
    outcome: p.gateOutcome,
    level: p.gateLevel,
    reason: p.gateReason ?? "",
    decidedAt: p.gateDecidedAt,
    reviewId: p.gateReviewId,
  };
});
