import "server-only";
import { z } from "zod";
import { reason, type Reason } from "@/lib/domain/decision";
import { riskOf, validateRequirement } from "@/lib/domain/requirements";
import { readRequirementsCsv, type CsvIssue, type CsvRecord } from "@/lib/domain/requirements-csv";
import { requirementCsvRowSchema, type RequirementCsvRowData } from "@/lib/schemas/requirement";
import type { Tx } from "@/lib/dal/core/audit";
import { DomainError, unwrap } from "@/lib/dal/core/transaction";

/**
 * Checks a whole requirements CSV before anything is written: the file's shape (domain), every
 * cell (the zod row schema, the same rules as the form), the rules across fields (domain
 * validateRequirement), repeated numbers and owners' e-mail addresses. Every problem is reported
 * at once, keyed `row.<n>.<column>` (or `row.<n>`, or `file`), and nothing is written.
 */

/** Domain field names → CSV columns, so a refusal points at the cell to fix. */
const COLUMN_OF: Record<string, string> = {
  kind: "kind",
  statement: "statement",
  verification: "verification",
  validation: "validation",
  status: "status",
  waiverReason: "waiver_reason",
  pFailure: "p_failure",
  value: "value",
};

const at = (row: number | null, column: string | null) =>
  row === null ? "file" : column ? `row.${row}.${column}` : `row.${row}`;
const where = (row: number | null, column: string | null) =>
  row === null ? "" : column ? `Row ${row}, column ${column}: ` : `Row ${row}: `;

function issueReason(i: CsvIssue): Reason {
  return reason("csv_invalid", `${where(i.row, i.column)}${i.message}`, at(i.row, i.column));
}

export type ImportRow = {
  row: number;
  number: number | null;
  columns: {
    kind: RequirementCsvRowData["kind"];
    statement: string;
    verification: string;
    validation: string;
    status: RequirementCsvRowData["status"];
    waiverReason: string | null;
    pFailure: number;
    value: number;
    risk: number;
    ownerId: string | null;
    evidenceLinks: string[];
  };
};

export async function validateCsvImport(tx: Tx, csv: string): Promise<ImportRow[]> {
  const { records, issues } = readRequirementsCsv(csv);
  const reasons: Reason[] = issues.map(issueReason);
  const parsed: { row: number; data: RequirementCsvRowData }[] = [];
  if (issues.length === 0) {
    for (const rec of records) {
      const r = requirementCsvRowSchema.safeParse(rec.values);
      if (!r.success) {
        for (const i of r.error.issues)
          reasons.push(issueReason({ row: rec.row, column: String(i.path[0] ?? ""), message: i.message }));
        continue;
      }
      const d = r.data;
      const decision = validateRequirement({
        id: `row ${rec.row}`,
        kind: d.kind,
        statement: d.statement,
        verification: d.verification,
        validation: d.validation,
        status: d.status,
        waiverReason: d.waiver_reason,
        pFailure: d.p_failure,
        value: d.value,
      });
      if (!decision.ok) {
        for (const x of decision.reasons)
          reasons.push(issueReason({ row: rec.row, column: COLUMN_OF[x.field ?? ""] ?? null, message: x.message }));
      }
      parsed.push({ row: rec.row, data: d });
    }
  }
  const seen = new Map<number, number>();
  for (const p of parsed) {
    if (p.data.number === null) continue;
    const first = seen.get(p.data.number);
    if (first !== undefined)
      reasons.push(
        issueReason({
          row: p.row,
          column: "number",
          message: `R${p.data.number} is already used by row ${first} of the file.`,
        }),
      );
    else seen.set(p.data.number, p.row);
  }
  // Owners are checked on every well-formed address, also in rows with other problems, so one
  // round of fixes is enough.
  const ownerOf = (rec: CsvRecord) => {
    const email = rec.values.owner_email.trim().toLowerCase();
    return email && z.email().safeParse(email).success ? email : "";
  };
  const emails = [...new Set(records.map(ownerOf).filter((e) => e !== ""))];
  const users = emails.length
    ? await tx.user.findMany({
        where: { email: { in: emails, mode: "insensitive" }, active: true },
        select: { id: true, email: true },
      })
    : [];
  const idByEmail = new Map(users.map((u) => [u.email.toLowerCase(), u.id]));
  for (const rec of records) {
    const email = ownerOf(rec);
    if (email && !idByEmail.has(email)) {
      reasons.push(
        issueReason({
          row: rec.row,
          column: "owner_email",
          message: `No active user has the e-mail address ${email}.`,
        }),
      );
    }
  }
  if (reasons.length > 0) {
    const n = reasons.length;
    throw new DomainError([
      reason(
        "csv_import_refused",
        `Nothing was imported: the file has ${n} problem${n === 1 ? "" : "s"}. Fix ${n === 1 ? "it" : "them"} and import again.`,
      ),
      ...reasons,
    ]);
  }
  return parsed.map(({ row, data: d }) => ({
    row,
    number: d.number,
    columns: {
      kind: d.kind,
      statement: d.statement,
      verification: d.verification,
      validation: d.validation,
      status: d.status,
      waiverReason: d.status === "waived" ? d.waiver_reason : null,
      pFailure: d.p_failure,
      value: d.value,
      risk: unwrap(riskOf(d.p_failure, d.value)),
      ownerId: d.owner_email ? (idByEmail.get(d.owner_email) ?? null) : null,
      evidenceLinks: d.evidence_links,
    },
  }));
}
