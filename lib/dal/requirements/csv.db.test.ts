import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { readRequirementsCsv } from "@/lib/domain/requirements-csv";
import { databaseDigest } from "@/test/gate-fixtures";
import { t, reqs, cast, setupRequirementsDb, codes, project, fields, reqReads } from "@/lib/dal/requirements/fixtures";

/**
 * Requirements CSV on real Postgres: the export → import round trip (every field, all or nothing),
 * numbering, and the refusals (by row and column, before anything is written).
 */
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth", () => ({ requireUser: async () => session.user, getSessionUser: async () => session.user }));

setupRequirementsDb(session);

describe("CSV", () => {
  it("round-trips every field from one project into another (numbers kept when free, owners by e-mail)", async () => {
    const source = await project();
    const target = await project();
    const all = [
      { ...fields },
      {
        ...fields,
        kind: "technical" as const,
        statement: 'Quotes "and", commas,\nline breaks',
        verification: "=1+1",
        validation: "'x",
        status: "validated" as const,
        pFailure: 1,
        value: 10,
        ownerId: cast.contributor.id,
        evidenceLinks: ["https://e.example/a", "https://e.example/b?x=1,2"],
      },
      {
        ...fields,
        kind: "product" as const,
        statement: "- list item",
        status: "waived" as const,
        waiverReason: "Board said so.",
        pFailure: 0,
        value: 1,
      },
    ];
    for (const f of all)
      expect((await reqs.createRequirement(cast.owner, { projectId: source.id, ...f })).ok).toBe(true);
    const exported = await reqReads.exportRequirementsCsv({ slug: source.slug });
    const imported = await reqs.importRequirementsCsv(cast.owner, { projectId: target.id, csv: exported!.csv });
    expect(imported).toEqual({ ok: true, value: { created: 3, renumbered: false, numbers: [1, 2, 3] } });
    const again = await reqReads.exportRequirementsCsv({ slug: target.slug });
    expect(again!.csv).toBe(exported!.csv);
    const pick = (r: Record<string, unknown>) => ({
      ...r,
      id: undefined,
      projectId: undefined,
      createdAt: undefined,
      updatedAt: undefined,
    });
    const [a, b] = await Promise.all(
      [source, target].map((p) =>
        t.db.requirement.findMany({ where: { projectId: p.id }, orderBy: { number: "asc" } }),
      ),
    );
    expect(b!.map(pick)).toEqual(a!.map(pick));
    expect(await t.db.auditEvent.count({ where: { projectId: target.id, action: "requirement.import" } })).toBe(1);
  });

  it("numbers imported requirements after the existing ones when the file's numbers are taken", async () => {
    const p = await project();
    await reqs.createRequirement(cast.owner, { projectId: p.id, ...fields });
    const csv =
      "number,kind,statement,status,p_failure,value\n1,research,Again.,open,0.1,2\n2,product,More.,open,0.2,3\n";
    expect(await reqs.importRequirementsCsv(cast.owner, { projectId: p.id, csv })).toEqual({
      ok: true,
      value: { created: 2, renumbered: true, numbers: [2, 3] },
    });
  });

  it("refuses the whole file, writing nothing, with every problem by row and column", async () => {
    const p = await project();
    const csv = [
      "number,kind,statement,status,waiver_reason,p_failure,value,owner_email,evidence_links",
      "1,research,Fine.,open,,0.3,8,,",
      "2,resarch,,open,,1.5,11,ghost@nowhere.test,ftp://x",
      "3,technical,Waived without reason.,waived,,0.1,2,,",
      "1,product,Duplicate number.,open,,0.1,2,,",
    ].join("\n");
    const before = await databaseDigest(t.db);
    const d = await reqs.importRequirementsCsv(cast.owner, { projectId: p.id, csv });
    expect(await databaseDigest(t.db)).toEqual(before);
    expect(d.ok).toBe(false);
    const fieldsOf = d.ok ? [] : d.reasons.map((r) => r.field ?? "");
    expect(fieldsOf).toEqual(
      expect.arrayContaining([
        "",
        "row.3.kind",
        "row.3.statement",
        "row.3.p_failure",
        "row.3.value",
        "row.3.evidence_links",
        "row.4.waiver_reason",
        "row.5.number",
      ]),
    );
    expect(d.ok ? "" : d.reasons[0]!.message).toMatch(/^Nothing was imported: the file has \d+ problems/);
    const ghost = await reqs.importRequirementsCsv(cast.owner, {
      projectId: p.id,
      csv: "kind,statement,status,p_failure,value,owner_email\nresearch,x,open,0.1,2,ghost@nowhere.test\n",
    });
    expect(ghost.ok ? [] : ghost.reasons.map((r) => r.field)).toEqual([undefined, "row.2.owner_email"]);
  });

  it("refuses a file with a broken header before reading rows, and non-editors before anything", async () => {
    const p = await project();
    const d = await reqs.importRequirementsCsv(cast.owner, { projectId: p.id, csv: "kind,statment\nresearch,x\n" });
    expect(d.ok ? [] : d.reasons.map((r) => r.field)).toEqual([
      undefined,
      "row.1.statment",
      "row.1.statement",
      "row.1.status",
      "row.1.p_failure",
      "row.1.value",
    ]);
    expect(
      codes(
        await reqs.importRequirementsCsv(cast.manager, {
          projectId: p.id,
          csv: "kind,statement,status,p_failure,value\nresearch,x,open,0.1,2\n",
        }),
      ),
    ).toEqual(["forbidden"]);
  });

  it("exports a header even when there are no requirements", async () => {
    const p = await project();
    const file = await reqReads.exportRequirementsCsv({ slug: p.slug });
    expect(readRequirementsCsv(file!.csv).records).toEqual([]);
    expect(file!.filename).toBe(`${p.slug}-requirements.csv`);
  });
});
