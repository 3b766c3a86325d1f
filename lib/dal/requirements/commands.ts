import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { reason, type Decision } from "@/lib/domain/decision";
import { projectEditableReasons } from "@/lib/domain/project-status";
import { metricReasons } from "@/lib/domain/evidence";
import { riskOf, validateRequirement } from "@/lib/domain/requirements";
import type {
  CreateRequirementData,
  ImportRequirementsData,
  RequirementFormData,
  UpdateRequirementData,
} from "@/lib/schemas/requirement";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import { requirementSelect } from "@/lib/dal/requirements/read-requirements";
import { validateCsvImport } from "@/lib/dal/requirements/import";
import { recordRequirementsChange } from "@/lib/dal/cards/revisions";
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

/** Requirements of a project: create/edit with risk from the domain, and CSV import (reads in ./read-requirements). */

async function loadEditableProject(tx: Tx, user: SessionUser, projectId: string) {
  const project = await tx.project.findUnique({
    where: { id: projectId },
    select: { id: true, status: true, members: { select: { userId: true, role: true } } },
  });
  if (!project) throw notFound("project", "projectId");
  permit(user, "edit_project", { projectMemberRole: memberRoleOf(project.members, user.id) });
  refuseIf(projectEditableReasons(project.status));
  return project;
}

/** Metric columns from the form: all three or none; left out entirely → unchanged (undefined). */
function metricColumns(data: RequirementFormData) {
  if (data.metricName === undefined && data.metricComparator === undefined && data.metricTarget === undefined)
    return undefined;
  const input = {
    metricName: data.metricName ?? "",
    metricComparator: data.metricComparator ?? "",
    metricTarget: data.metricTarget ?? null,
  };
  refuseIf(metricReasons(input));
  return input.metricName === "" || input.metricComparator === ""
    ? { metricName: null, metricComparator: null, metricTarget: null }
    : { metricName: input.metricName, metricComparator: input.metricComparator, metricTarget: input.metricTarget };
}

/**
 * The domain's rules across fields, and the stored columns (risk computed, waiver reason only when
 * waived). `verifiedByRun`: an evidence run set the current status, standing for the verification text.
 */
function checkedColumns(id: string, data: RequirementFormData, verifiedByRun = false) {
  const metric = metricColumns(data);
  unwrap(validateRequirement({ id, ...data, waiverReason: data.waiverReason, verifiedByRun }));
  const risk = unwrap(riskOf(data.pFailure, data.value));
  return {
    ...metric,
    kind: data.kind,
    statement: data.statement,
    verification: data.verification,
    validation: data.validation,
    status: data.status,
    waiverReason: data.status === "waived" ? data.waiverReason : null,
    pFailure: data.pFailure,
    value: data.value,
    risk,
    ownerId: data.ownerId || null,
    evidenceLinks: data.evidenceLinks,
  };
}

async function checkOwner(tx: Tx, ownerId: string): Promise<void> {
  if (!ownerId) return;
  const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { active: true } });
  if (!owner?.active)
    throw new DomainError([reason("owner_unknown", "Choose an active user as the owner.", "ownerId")]);
}

export async function createRequirement(
  user: SessionUser,
  data: CreateRequirementData,
): Promise<Decision<{ id: string; number: number }>> {
  return runTransaction(async (tx) => {
    const project = await loadEditableProject(tx, user, data.projectId);
    const { projectId: _p, acknowledgedVoteResets, ...fields } = data;
    const columns = checkedColumns("new", fields);
    await checkOwner(tx, fields.ownerId);
    // Two creates at once pick the same number; the unique index refuses one and it is re-run.
    const { _max } = await tx.requirement.aggregate({ where: { projectId: project.id }, _max: { number: true } });
    const number = (_max.number ?? 0) + 1;
    const created = await tx.requirement.create({
      data: { projectId: project.id, number, ...columns },
      select: { id: true },
    });
    const repinned = await recordRequirementsChange(tx, {
      projectId: project.id,
      authorId: user.id,
      summary: `Requirement R${number} added`,
      acknowledgedVoteResets,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "requirement.create",
      entityType: "requirement",
      entityId: created.id,
      projectId: project.id,
      after: { number, ...columns, ...(repinned.length ? { repinned } : {}) },
    });
    return { id: created.id, number };
  });
}

export async function updateRequirement(
  user: SessionUser,
  data: UpdateRequirementData,
): Promise<Decision<{ id: string; number: number }>> {
  return runTransaction(async (tx) => {
    const row = await tx.requirement.findUnique({
      where: { id: data.requirementId },
      select: { ...requirementSelect, projectId: true },
    });
    if (!row) throw notFound("requirement", "requirementId");
    await loadEditableProject(tx, user, row.projectId);
    if (row.version !== data.version) {
      throw new DomainError([
        reason(
          "requirement_changed",
          `Someone changed R${row.number} since you opened it. Reload the page to see their change, then edit again.`,
        ),
      ]);
    }
    const { requirementId: _r, version: _v, acknowledgedVoteResets, ...fields } = data;
    // A status set by an evidence run stays "verified by" that run until someone changes it by hand.
    const keepsRun = row.statusRunId !== null && fields.status === row.status;
    const columns = { ...checkedColumns(row.id, fields, keepsRun), ...(keepsRun ? {} : { statusRunId: null }) };
    await checkOwner(tx, fields.ownerId);
    const { count } = await tx.requirement.updateMany({
      where: { id: row.id, version: row.version },
      data: { ...columns, version: { increment: 1 } },
    });
    expectOne(count, `requirement ${row.id}`);
    const repinned = await recordRequirementsChange(tx, {
      projectId: row.projectId,
      authorId: user.id,
      summary: `Requirement R${row.number} edited`,
      acknowledgedVoteResets,
    });
    const { owner, statusRun: _run, id: _id, projectId: _pid, version: _ver, updatedAt: _u, ...before } = row;
    await writeAudit(tx, {
      actorId: user.id,
      action: "requirement.update",
      entityType: "requirement",
      entityId: row.id,
      projectId: row.projectId,
      before: { ...before, ownerId: owner?.id ?? null },
      after: { number: row.number, ...columns, ...(repinned.length ? { repinned } : {}) },
    });
    return { id: row.id, number: row.number };
  });
}

/**
 * Imports a CSV (see lib/domain/requirements-csv.ts for the format) as new requirements of the
 * project, all or nothing: any problem in any row refuses the whole file with every problem
 * listed by row and column. Numbers from the file are kept when the project uses none of them
 * yet (so an export imports into an empty project unchanged); otherwise the imported
 * requirements are numbered after the project's highest number, in file order.
 */
export async function importRequirementsCsv(
  user: SessionUser,
  data: ImportRequirementsData,
): Promise<Decision<{ created: number; renumbered: boolean; numbers: number[] }>> {
  return runTransaction(async (tx) => {
    const project = await loadEditableProject(tx, user, data.projectId);
    const rows = await validateCsvImport(tx, data.csv);
    const existing = new Set(
      (await tx.requirement.findMany({ where: { projectId: project.id }, select: { number: true } })).map(
        (r) => r.number,
      ),
    );
    const fileNumbers = rows.map((r) => r.number);
    const keep = fileNumbers.every((n) => n !== null && !existing.has(n));
    let next = Math.max(0, ...existing) + 1;
    const numbers = rows.map((r) => (keep && r.number !== null ? r.number : next++));
    await tx.requirement.createMany({
      data: rows.map((r, i) => ({ projectId: project.id, number: numbers[i]!, ...r.columns })),
    });
    const repinned = await recordRequirementsChange(tx, {
      projectId: project.id,
      authorId: user.id,
      summary: `${rows.length} ${rows.length === 1 ? "requirement" : "requirements"} imported from CSV`,
      acknowledgedVoteResets: data.acknowledgedVoteResets,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "requirement.import",
      entityType: "project",
      entityId: project.id,
      projectId: project.id,
      after: { created: rows.length, numbers, renumbered: !keep, ...(repinned.length ? { repinned } : {}) },
    });
    return { created: rows.length, renumbered: !keep, numbers };
  });
}
