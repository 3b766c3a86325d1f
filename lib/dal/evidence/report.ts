import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Decision } from "@/lib/domain/decision";
import { reason } from "@/lib/domain/decision";
import {
  decideCriterionEvidence,
  decideRequirementEvidence,
  metricLabel,
  reportedStatus,
  type EvidenceOutcome,
} from "@/lib/domain/evidence";
import { projectEditableReasons } from "@/lib/domain/project-status";
import type { ReportEvidenceData } from "@/lib/schemas/evidence";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { notifyUsers } from "@/lib/dal/core/notify";
import {
  DomainError,
  expectOne,
  memberRoleOf,
  notFound,
  permit,
  refuseIf,
  runTransaction,
  unwrap,
} from "@/lib/dal/core/transaction";
import { recordRequirementsChange } from "@/lib/dal/cards/revisions";
import { latestDefinitions } from "@/lib/dal/reviews/definitions";
import { metricOf } from "./runs";

/**
 * Reports one evidence run (a CI test run, an evaluation, or a person's manual check) against a
 * requirement or a gate criterion, in one transaction: the project's members may (the permission
 * table's `report_evidence`), archived and stopped projects refuse, the target must exist, the
 * requirement row is locked so concurrent reports queue and each decides on the status the
 * previous one left. A status change re-pins open reviews (their votes go stale) like any
 * requirement change, and a regression notifies the requirement's owner, else the project's owners.
 */

export type ReportEvidenceResult = {
  id: string;
  requirementStatus: "verified" | "regressed" | "unverified" | null;
  change: "verified" | "regressed" | null;
};

/** The REST door passes the token that reported the run. */
export type ReportContext = { apiTokenId?: string | null };

const REQUIREMENT_CODE = /^R-?(\d{1,6})$/i;

async function loadProject(tx: Tx, user: SessionUser, slug: string) {
  const project = await tx.project.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, status: true, members: { select: { userId: true, role: true } } },
  });
  if (!project) throw notFound("project", "projectSlug");
  permit(user, "report_evidence", { projectMemberRole: memberRoleOf(project.members, user.id) });
  refuseIf(projectEditableReasons(project.status));
  return project;
}

/** Finds the requirement by id or code ("R3", "R-3") within the project, and locks its row. */
async function lockRequirement(tx: Tx, projectId: string, ref: string) {
  const code = REQUIREMENT_CODE.exec(ref);
  const found = await tx.requirement.findFirst({
    where: code ? { projectId, number: Number(code[1]) } : { projectId, id: ref },
    select: { id: true },
  });
  if (!found) {
    throw new DomainError([
      reason("evidence_requirement_unknown", `This project has no requirement "${ref}".`, "target.id"),
    ]);
  }
  await tx.$queryRaw`SELECT id FROM requirements WHERE id = ${found.id} FOR UPDATE`;
  return tx.requirement.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      id: true,
      number: true,
      statement: true,
      status: true,
      version: true,
      ownerId: true,
      metricName: true,
      metricComparator: true,
      metricTarget: true,
    },
  });
}

type Project = Awaited<ReturnType<typeof loadProject>>;
type Requirement = Awaited<ReturnType<typeof lockRequirement>>;

async function applyToRequirement(
  tx: Tx,
  user: SessionUser,
  p: { project: Project; row: Requirement; outcome: EvidenceOutcome; runId: string },
) {
  const { project, row, outcome, runId } = p;
  if (!outcome.recordsRun) return [];
  const { count } = await tx.requirement.updateMany({
    where: { id: row.id, version: row.version },
    data: { status: outcome.status, statusRunId: runId, version: { increment: 1 } },
  });
  expectOne(count, `requirement ${row.id}`);
  if (!outcome.change) return [];
  const repinned = await recordRequirementsChange(tx, {
    projectId: project.id,
    authorId: user.id,
    summary: `Requirement R${row.number} ${outcome.change} by an evidence run`,
    // A run reports a fact, not an edit: its re-pin is never refused for the votes it resets.
    acknowledgedVoteResets: Number.POSITIVE_INFINITY,
  });
  if (outcome.change === "regressed") {
    const owners = row.ownerId ? [row.ownerId] : project.members.filter((m) => m.role === "owner").map((m) => m.userId);
    const metric = metricOf(row);
    const measured = outcome.measured ? ` (${outcome.measured.name} = ${outcome.measured.value})` : "";
    await notifyUsers(tx, owners, {
      kind: "requirement.regressed",
      title: `R${row.number} regressed in ${project.name}`,
      body: `A new run missed ${metric ? metricLabel(metric) : "its check"}${measured}: "${row.statement}".`,
      url: `/projects/${project.slug}/requirements#R${row.number}`,
      projectId: project.id,
    });
  }
  return repinned;
}

export async function reportEvidence(
  user: SessionUser,
  data: ReportEvidenceData,
  context: ReportContext = {},
): Promise<Decision<ReportEvidenceResult>> {
  return runTransaction(async (tx) => {
    const project = await loadProject(tx, user, data.projectSlug);
    const { target } = data;
    const common = {
      projectId: project.id,
      metrics: data.metrics,
      url: data.url,
      provider: data.provider,
      commit: data.commit,
      modelVersion: data.modelVersion,
      dataVersion: data.dataVersion,
      summary: data.summary,
      reporterId: user.id,
      apiTokenId: context.apiTokenId ?? null,
    };
    if (target.kind === "criterion") {
      const defs = await latestDefinitions(tx);
      const criterion = defs.levels.find((l) => l.level === target.level)?.criteria.find((c) => c.key === target.key);
      const { passed } = unwrap(
        decideCriterionEvidence({
          passed: data.passed,
          criterion: criterion ? { level: target.level, ...criterion } : null,
          key: target.key,
          level: target.level,
        }),
      );
      const run = await tx.evidenceRun.create({
        data: { ...common, criterionLevel: target.level, criterionKey: target.key, passed },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: user.id,
        action: "evidence.report",
        entityType: "evidence_run",
        entityId: run.id,
        projectId: project.id,
        after: { target: `L${target.level} ${target.key}`, passed, url: data.url, commit: data.commit },
      });
      return { id: run.id, requirementStatus: null, change: null };
    }
    const row = await lockRequirement(tx, project.id, target.id);
    const outcome = unwrap(
      decideRequirementEvidence({
        requirement: { number: row.number, status: row.status, metric: metricOf(row) },
        passed: data.passed,
        metrics: data.metrics,
      }),
    );
    const run = await tx.evidenceRun.create({
      data: { ...common, requirementId: row.id, passed: outcome.passed, requirementStatus: outcome.status },
      select: { id: true },
    });
    const repinned = await applyToRequirement(tx, user, { project, row, outcome, runId: run.id });
    await writeAudit(tx, {
      actorId: user.id,
      action: outcome.change ? `requirement.${outcome.change}` : "evidence.report",
      entityType: outcome.change ? "requirement" : "evidence_run",
      entityId: outcome.change ? row.id : run.id,
      projectId: project.id,
      before: outcome.change ? { status: row.status } : null,
      after: {
        target: `R${row.number}`,
        runId: run.id,
        passed: outcome.passed,
        status: outcome.status,
        ...(outcome.measured ? { measured: outcome.measured } : {}),
        url: data.url,
        commit: data.commit,
        ...(repinned.length ? { repinned } : {}),
      },
    });
    return { id: run.id, requirementStatus: reportedStatus(outcome.status), change: outcome.change };
  });
}
