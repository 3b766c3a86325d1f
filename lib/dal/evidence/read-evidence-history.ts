import "server-only";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";

/** A project's evidence reports, verifications and regressions, newest first, read from the audit log. */

export const EVIDENCE_AUDIT_ACTIONS = ["evidence.report", "requirement.verified", "requirement.regressed"] as const;

export type EvidenceEventDto = {
  id: string;
  action: (typeof EVIDENCE_AUDIT_ACTIONS)[number];
  at: Date;
  target: string;
  passed: boolean | null;
  url: string | null;
  commit: string | null;
  actorName: string | null;
};

const text = (v: unknown) => (typeof v === "string" ? v : null);

export async function getEvidenceHistory({ slug }: { slug: string }, limit = 50): Promise<EvidenceEventDto[]> {
  await requireUser();
  const events = await prisma.auditEvent.findMany({
    where: { project: { slug }, action: { in: [...EVIDENCE_AUDIT_ACTIONS] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, action: true, createdAt: true, after: true, actor: { select: { name: true } } },
  });
  return events.map((e) => {
    const after = (e.after && typeof e.after === "object" ? e.after : {}) as Record<string, unknown>;
    return {
      id: e.id,
      action: e.action as EvidenceEventDto["action"],
      at: e.createdAt,
      target: text(after.target) ?? "—",
      passed: typeof after.passed === "boolean" ? after.passed : null,
      url: text(after.url),
      commit: text(after.commit),
      actorName: e.actor?.name ?? null,
    };
  });
}
