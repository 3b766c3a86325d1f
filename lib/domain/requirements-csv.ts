import Papa from "papaparse";
import type { RequirementKind, RequirementStatus } from "./vocabulary";

/**
 * The requirements CSV: one header row, one row per requirement, every field of a requirement in
 * its own column so an export imports back unchanged. Pure text in, text out; the zod row schema
 * (lib/schemas/requirement.ts) checks the values, the DAL resolves owners and writes.
 *
 * Format decisions:
 * - UTF-8 with a byte-order mark (spreadsheets then read accents right), CRLF rows (RFC 4180);
 * - `evidence_links`: one URL per line inside the cell;
 * - `owner_email`: people are matched by e-mail, which is unique (names are not);
 * - `risk` is written for readers and ignored on import: it is always pFailure × value;
 * - cells that a spreadsheet would run as a formula (starting with = + - @ tab CR) are written with
 *   a leading apostrophe, and one leading apostrophe before such a character is removed on
 *   import. An apostrophe that starts a cell is escaped the same way, so every text round-trips.
 */
export const REQUIREMENT_CSV_COLUMNS = [
  "number",
  "kind",
  "statement",
  "verification",
  "validation",
  "status",
  "waiver_reason",
  "p_failure",
  "value",
  "risk",
  "owner_email",
  "evidence_links",
] as const;
export type RequirementCsvColumn = (typeof REQUIREMENT_CSV_COLUMNS)[number];

/** Columns an imported file must have; the others default to empty. */
export const REQUIRED_CSV_COLUMNS: readonly RequirementCsvColumn[] = [
  "kind",
  "statement",
  "status",
  "p_failure",
  "value",
];

export const MAX_CSV_ROWS = 1000;

export type RequirementCsvRow = {
  number: number;
  kind: RequirementKind;
  statement: string;
  verification: string;
  validation: string;
  status: RequirementStatus;
  waiverReason: string | null;
  pFailure: number;
  value: number;
  risk: number;
  ownerEmail: string | null;
  evidenceLinks: string[];
};

const FORMULA_START = /^[=+\-@\t\r']/;

/** Neutralises spreadsheet formulas (CSV injection) in a way readCell undoes exactly. */
export function escapeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unescapeCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

export function requirementsToCsv(rows: readonly RequirementCsvRow[]): string {
  const data = rows.map((r) =>
    [
      String(r.number),
      r.kind,
      r.statement,
      r.verification,
      r.validation,
      r.status,
      r.waiverReason ?? "",
      String(r.pFailure),
      String(r.value),
      String(r.risk),
      r.ownerEmail ?? "",
      r.evidenceLinks.join("\n"),
    ].map(escapeCell),
  );
  return `\uFEFF${Papa.unparse({ fields: [...REQUIREMENT_CSV_COLUMNS], data }, { newline: "\r\n", quotes: false })}\r\n`;
}

export type CsvIssue = { row: number | null; column: string | null; message: string };
/** `row` is the spreadsheet row: the header is row 1, the first requirement row 2. */
export type CsvRecord = { row: number; values: Record<RequirementCsvColumn, string> };

const isColumn = (h: string): h is RequirementCsvColumn => (REQUIREMENT_CSV_COLUMNS as readonly string[]).includes(h);

/**
 * Splits a CSV file into records keyed by column, or lists every problem with the file's shape
 * (unknown, missing or repeated columns, broken quoting, too many rows). Blank rows are skipped
 * but still counted, so row numbers match what a spreadsheet shows.
 */
export function readRequirementsCsv(text: string): { records: CsvRecord[]; issues: CsvIssue[] } {
  // Spreadsheets in some locales save with ";" (or tabs): guess among those, "," by default.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [",", ";", "\t"],
  });
  const issues: CsvIssue[] = parsed.errors
    .filter((e) => e.code !== "UndetectableDelimiter")
    .map((e) => ({
      row: e.row === undefined ? null : e.row + 1,
      column: null,
      message: `The file is not valid CSV: ${e.message}.`,
    }));
  const [header, ...body] = parsed.data;
  if (!header || header.every((h) => h.trim() === "")) {
    return {
      records: [],
      issues: [
        ...issues,
        { row: 1, column: null, message: "The file is empty: it needs a header row naming the columns." },
      ],
    };
  }
  const names = header.map((h) => h.trim().toLowerCase());
  names.forEach((n, i) => {
    if (!isColumn(n)) {
      issues.push({
        row: 1,
        column: n || `column ${i + 1}`,
        message: `"${header[i]}" is not a column of the requirements CSV (expected: ${REQUIREMENT_CSV_COLUMNS.join(", ")}).`,
      });
    } else if (names.indexOf(n) !== i) {
      issues.push({ row: 1, column: n, message: `The column "${n}" appears more than once.` });
    }
  });
  for (const c of REQUIRED_CSV_COLUMNS) {
    if (!names.includes(c)) issues.push({ row: 1, column: c, message: `The column "${c}" is missing.` });
  }
  const records: CsvRecord[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === "")) return;
    const row = i + 2;
    if (cells.length > names.length) {
      issues.push({
        row,
        column: null,
        message: `Row ${row} has ${cells.length} cells but the header names ${names.length} columns.`,
      });
    }
    const values = Object.fromEntries(REQUIREMENT_CSV_COLUMNS.map((c) => [c, ""])) as Record<
      RequirementCsvColumn,
      string
    >;
    names.forEach((n, j) => {
      if (isColumn(n)) values[n] = unescapeCell(cells[j] ?? "");
    });
    records.push({ row, values });
  });
  if (records.length > MAX_CSV_ROWS) {
    issues.push({
      row: null,
      column: null,
      message: `The file has ${records.length} requirements; import at most ${MAX_CSV_ROWS} at a time.`,
    });
  }
  if (records.length === 0 && issues.length === 0) {
    issues.push({ row: null, column: null, message: "The file has a header but no requirements." });
  }
  return { records, issues };
}

/** The cell of evidence links: one per line (any whitespace separates them). */
export function splitLinks(cell: string): string[] {
  return cell.split(/\s+/).filter((l) => l.length > 0);
}
