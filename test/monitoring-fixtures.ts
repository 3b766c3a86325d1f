import type { DbClient } from "@/lib/db-client";
import { makeProject, makeReview, requiredSeats } from "./gate-fixtures";

/**
 * A project whose only component is deployed (level 9), graduated there by a level-8 review whose
 * panel `panel` fills (the first is the chair), and, optionally, an alert on it.
 */
export async function deployedProject(
  db: DbClient,
  opts: { owners: string[]; contributors?: string[]; panel: string[] },
) {
  const p = await makeProject(db, {
    owners: opts.owners,
    contributors: opts.contributors ?? [],
    levels: [9],
    requirements: true,
  });
  const componentId = p.componentIds[0]!;
  const review = await makeReview(db, {
    projectId: p.id,
    componentIds: [componentId],
    level: 8,
    status: "graduated",
    authorId: opts.owners[0]!,
    seats: requiredSeats(8, opts.panel),
  });
  await db.levelTransition.create({
    data: { projectId: p.id, componentId, fromLevel: 8, toLevel: 9, kind: "graduation", reviewId: review.id },
  });
  return { p, componentId, reviewId: review.id };
}

export async function makeAlert(
  db: DbClient,
  opts: {
    projectId: string;
    componentId: string;
    severity?: "info" | "warning" | "critical";
    status?: "open" | "acknowledged" | "resolved";
    kind?: "drift" | "data_quality" | "performance" | "other";
  },
) {
  const now = new Date();
  return db.monitoringAlert.create({
    data: {
      projectId: opts.projectId,
      componentId: opts.componentId,
      kind: opts.kind ?? "drift",
      severity: opts.severity ?? "critical",
      status: opts.status ?? "open",
      metric: "psi",
      value: 0.41,
      threshold: 0.2,
      source: "evidently",
      firstSeenAt: now,
      lastSeenAt: now,
    },
  });
}
