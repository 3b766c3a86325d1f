import "server-only";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { permit } from "@/lib/dal/core/transaction";

/** The REST API's monitoring alerts of one project, all statuses, by id (cursor pages as the other lists). */
export async function listApiAlerts(projectId: string, p: { cursor?: string; limit: number }) {
  permit(await requireUser(), "read");
  return prisma.monitoringAlert.findMany({
    where: { projectId },
    orderBy: { id: "asc" },
    take: p.limit + 1,
    ...(p.cursor ? { cursor: { id: p.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      componentId: true,
      kind: true,
      severity: true,
      status: true,
      metric: true,
      value: true,
      threshold: true,
      link: true,
      source: true,
      externalId: true,
      count: true,
      firstSeenAt: true,
      lastSeenAt: true,
      switchbackId: true,
    },
  });
}
