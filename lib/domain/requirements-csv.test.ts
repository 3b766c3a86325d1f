import { describe, expect, it } from "vitest";
import {
  escapeCell,
  readRequirementsCsv,
  requirementsToCsv,
  splitLinks,
  unescapeCell,
  type RequirementCsvRow,
} from "./requirements-csv";

const row = (patch: Partial<RequirementCsvRow> = {}): RequirementCsvRow => ({
  number: 1,
  kind: "research",
  statement: "The model shall embed tiles.",
  verification: "Silhouette ≥ 0.5.",
  validation: "Pathologists agree.",
  status: "open",
  waiverReason: null,
  pFailure: 0.3,
  value: 8,
  risk: 2.4,
  ownerEmail: "lena@x.test",
  evidenceLinks: [],
  ...patch,
});

describe("requirements CSV", () => {
  it("writes a header, a BOM and one row per requirement, and reads every field back unchanged", () => {
    const rows = [
      row(),
      row({
        number: 7,
        kind: "product",
        status: "waived",
        waiverReason: "Out of scope, per the board.",
        statement: 'Quotes "inside", commas, and\nline breaks; ümlauts',
        verification: "=SUM(A1:A2)",
        validation: "'quoted",
        pFailure: 1,
        value: 10,
        risk: 10,
        ownerEmail: null,
        evidenceLinks: ["https://a.example/1", "https://b.example/2?x=1,2"],
      }),
      row({
        number: 9,
        statement: "- a Markdown list item",
        verification: "  leading spaces",
        validation: "@mention",
        pFailure: 0,
        value: 1,
        risk: 0,
      }),
    ];
    const csv = requirementsToCsv(rows);
    expect(
      csv.startsWith(
        "\uFEFFnumber,kind,statement,verification,validation,status,waiver_reason,p_failure,value,risk,owner_email,evidence_links\r\n",
      ),
    ).toBe(true);
    expect(csv).toContain(",'=SUM(A1:A2),");
    const { records, issues } = readRequirementsCsv(csv);
    expect(issues).toEqual([]);
    expect(records.map((r) => r.row)).toEqual([2, 3, 4]);
    const back = records.map(({ values: v }) => ({
      number: Number(v.number),
      kind: v.kind,
      statement: v.statement,
      verification: v.verification,
      validation: v.validation,
      status: v.status,
      waiverReason: v.waiver_reason || null,
      pFailure: Number(v.p_failure),
      value: Number(v.value),
      risk: Number(v.risk),
      ownerEmail: v.owner_email || null,
      evidenceLinks: splitLinks(v.evidence_links),
    }));
    expect(back).toEqual(rows);
  });

  it("escapes formula cells so that reading undoes exactly the escape", () => {
    for (const s of ["=1+1", "+x", "-x", "@x", "\tx", "'x", "'=x", "''", "plain", "", "a'b"]) {
      expect(unescapeCell(escapeCell(s))).toBe(s);
    }
    expect(escapeCell("=1+1")).toBe("'=1+1");
    expect(unescapeCell("'hello")).toBe("'hello");
  });

  it("reports unknown, missing and repeated columns on the header row", () => {
    const { issues } = readRequirementsCsv("kind,statment,status,kind,value\nresearch,x,open,research,3\n");
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [1, "statment"],
      [1, "kind"],
      [1, "statement"],
      [1, "p_failure"],
    ]);
  });

  it("accepts the minimal columns in any order and case, skips blank rows but keeps spreadsheet row numbers", () => {
    const { records, issues } = readRequirementsCsv(
      "Value,P_Failure,Status,Statement,Kind\n3,0.2,open,It shall.,technical\n\n5,0.1,open,Also.,product\n",
    );
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.row, r.values.kind, r.values.value, r.values.number])).toEqual([
      [2, "technical", "3", ""],
      [4, "product", "5", ""],
    ]);
  });

  it("refuses an empty file, a header without rows, rows with extra cells and broken quoting", () => {
    expect(readRequirementsCsv("").issues[0]!.message).toMatch(/empty/);
    expect(readRequirementsCsv("kind,statement,status,p_failure,value\n").issues[0]!.message).toMatch(
      /no requirements/,
    );
    expect(
      readRequirementsCsv("kind,statement,status,p_failure,value\nresearch,x,open,0.1,2,extra\n").issues,
    ).toMatchObject([{ row: 2 }]);
    expect(
      readRequirementsCsv('kind,statement,status,p_failure,value\nresearch,"unterminated,open,0.1,2\n').issues.length,
    ).toBeGreaterThan(0);
  });
});

describe("requirements CSV from other spreadsheets", () => {
  it("reads semicolon-separated files", () => {
    const { records, issues } = readRequirementsCsv(
      "kind;statement;status;p_failure;value\nresearch;It shall, surely.;open;0.3;8\n",
    );
    expect(issues).toEqual([]);
    expect(records[0]!.values).toMatchObject({ statement: "It shall, surely.", p_failure: "0.3" });
  });
});
