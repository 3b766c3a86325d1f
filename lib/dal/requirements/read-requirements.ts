import "server-only";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { allowedActions } from "@/lib/domain/allowed-actions";
import { projectLabel } from "@/lib/domain/project-label";
import { requirementsToCsv, type RequirementCsvRow } from "@/lib/domain/requirements-csv";
import type { MemberRole, RequirementKind, RequirementStatus } from "@/lib/domain/vocabulary";
import { toActor } from "@/lib/dal/core/transaction";
import type { RequirementMetric } from "@/lib/domain/evidence";
import { evidenceRunSelect, metricOf, toEvidenceRunDto, type EvidenceRunDto } from "@/lib/dal/evidence/runs";

/** Requirements of a project as its pages read them, and the CSV export (commands in ./commands). */

export type RequirementDto = {
  id: string;
  number: number;
  kind: RequirementKind;
  statement: string;
  verification: string;
  validation: string;
  status: RequirementStatus;
  waiverReason: string | null;
  pFailure: number;
  value: number;
  /** pFailure × value (lib/domain riskOf), 0–10. */
  risk: number;
  owner: { id: string; name: string } | null;
  evidenceLinks: string[];
  version: number;
  updatedAt: Date;
  metric: RequirementMetric | null;
  /** The evidence run that set the status (verified by / regressed by), when one did. */
  statusRun: EvidenceRunDto | null;
  /** Carried over from another project (a research track's parent): its project ID and number there. */
  source?: { slug: string; projectId: string; number: number } | null;
};

export const requirementSelect = {
  id: true,
  number: true,
  kind: true,
  statement: true,
  verification: true,
  validation: true,
  status: true,
  waiverReason: true,
  pFailure: true,
  value: true,
  risk: true,
  evidenceLinks: true,
  version: true,
  updatedAt: true,
  metricName: true,
  metricComparator: true,
  metricTarget: true,
  statusRunId: true,
  statusRun: { select: evidenceRunSelect },
  owner: { select: { id: true, name: true, email: true } },
} as const;

export type RequirementsPageDto = {
  project: { id: string; slug: string; name: string; projectId: string; systemLevel: number | null; status: string };
  canEdit: boolean;
  /** May add evidence by hand (the permission table's report_evidence). */
  canReport: boolean;
  requirements: RequirementDto[];
  /** People a requirement can be given to: the project's members (and any current owner). */
  ownerOptions: { id: string; name: string }[];
};

export async function getRequirementsPage({ slug }: { slug: string }): Promise<RequirementsPageDto | null> {
  const viewer = await requireUser();
  const p = await prisma.project.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      track: true,
      index: true,
      systemLevel: true,
      status: true,
      members: {
        select: { userId: true, role: true, user: { select: { id: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
      requirements: {
        select: { ...requirementSelect, sourceProjectId: true, sourceNumber: true },
        orderBy: { number: "asc" },
      },
    },
  });
  if (!p) return null;
  const sourceIds = [...new Set(p.requirements.flatMap((r) => (r.sourceProjectId ? [r.sourceProjectId] : [])))];
  const sources = new Map(
    (
      await prisma.project.findMany({
        where: { id: { in: sourceIds } },
        select: { id: true, slug: true, track: true, index: true },
      })
    ).map((s) => [s.id, { slug: s.slug, projectId: projectLabel(s.track, s.index) }]),
  );
  const requirements = p.requirements.map((row) => {
    const { owner, sourceProjectId, sourceNumber, metricName, metricComparator, metricTarget, statusRun, ...r } = row;
    const from = sourceProjectId ? sources.get(sourceProjectId) : undefined;
    return {
      ...r,
      metric: metricOf({ metricName, metricComparator, metricTarget }),
      statusRun: statusRun ? toEvidenceRunDto(statusRun) : null,
      owner: owner ? { id: owner.id, name: owner.name } : null,
      source: from && sourceNumber !== null ? { ...from, number: sourceNumber } : null,
    };
  });
  const options = new Map(p.members.map((m) => [m.user.id, m.user.name]));
  for (const r of requirements) if (r.owner) options.set(r.owner.id, r.owner.name);
  const members = p.members.map((m) => ({ userId: m.userId, role: m.role as MemberRole }));
  const allowed = allowedActions({ project: { status: p.status, members } }, toActor(viewer));
  return {
    project: {
      id: p.id,
      slug: p.slug,
      name: p.name,
      projectId: projectLabel(p.track, p.index),
      systemLevel: p.systemLevel,
      status: p.status,
    },
    canEdit: allowed.includes("edit_project"),
    canReport: allowed.includes("report_evidence"),
    requirements,
    ownerOptions: [...options].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export async function exportRequirementsCsv({
  slug,
}: {
  slug: string;
}): Promise<{ filename: string; csv: string } | null> {
  await requireUser();
  const p = await prisma.project.findUnique({
    where: { slug },
    select: { slug: true, requirements: { select: requirementSelect, orderBy: { number: "asc" } } },
  });
  if (!p) return null;
  const rows: RequirementCsvRow[] = p.requirements.map((r) => ({
    number: r.number,
    kind: r.kind,
    statement: r.statement,
    verification: r.verification,
    validation: r.validation,
    status: r.status,
    waiverReason: r.waiverReason,
    pFailure: r.pFailure,
    value: r.value,
    risk: r.risk,
    ownerEmail: r.owner?.email ?? null,
    evidenceLinks: r.evidenceLinks,
  }));
  return { filename: `${p.slug}-requirements.csv`, csv: requirementsToCsv(rows) };
}
