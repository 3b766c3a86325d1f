import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ReportEvidenceInput } from "@/lib/schemas/evidence";
import { reportEvidenceSchema } from "@/lib/schemas/evidence";
import type { TestDb } from "@/test/db";
import { makeCast, makeProject, makeReview, openAppDatabase, requiredSeats, type RoleName } from "@/test/gate-fixtures";

/**
 * Evidence on real Postgres: a run verifies a requirement with a metric target, a later one
 * regresses it (owner notified, open reviews re-pinned so votes go stale), the refusals, two
 * concurrent reports, and the readiness check built from it.
 */
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth", () => ({ requireUser: async () => session.user, getSessionUser: async () => session.user }));

let t: TestDb;
let close: () => Promise<void>;
let cast: Record<RoleName, SessionUser>;
let dal: typeof import("./report");
let read: typeof import("./read-readiness");

beforeAll(async () => {
  ({ t, close } = await openAppDatabase());
  dal = await import("./report");
  read = await import("./read-readiness");
  cast = await makeCast(t.db);
  session.user = cast.owner;
});
afterAll(async () => close?.());

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));

async function setup(opts: { status?: "active" | "archived" | "stopped"; ownerId?: string | null } = {}) {
  const p = await makeProject(t.db, {
    owners: [cast.owner.id],
    contributors: [cast.contributor.id],
    levels: [3],
    status: opts.status === "stopped" ? "active" : opts.status,
  });
  if (opts.status === "stopped") await t.db.project.update({ where: { id: p.id }, data: { status: "stopped" } });
  const req = await t.db.requirement.create({
    data: {
      projectId: p.id,
      number: 1,
      kind: "technical",
      statement: "Accuracy shall hold.",
      status: "open",
      pFailure: 0.2,
      value: 5,
      risk: 1,
      ownerId: opts.ownerId === undefined ? cast.contributor.id : opts.ownerId,
      metricName: "accuracy",
      metricComparator: "at_least",
      metricTarget: 0.9,
    },
  });
  return { p, req };
}

const report = (user: SessionUser, input: ReportEvidenceInput) =>
  dal.reportEvidence(user, reportEvidenceSchema.parse(input));

describe("reportEvidence", () => {
  it("verifies on a run meeting the target, regresses on a later miss, notifies the owner and re-pins open reviews", async () => {
    const { p, req } = await setup();
    const review = await makeReview(t.db, {
      projectId: p.id,
      componentIds: p.componentIds,
      level: 3,
      status: "open",
      authorId: cast.owner.id,
      seats: requiredSeats(3, [cast.seatedReviewer.id, cast.unseatedReviewer.id]),
    });
    const pass = await report(cast.contributor, {
      projectSlug: p.slug,
      target: { kind: "requirement", id: "R1" },
      metrics: [{ name: "accuracy", value: 0.93 }],
      url: "https://ci.example.org/run/1",
      provider: "github-actions",
      commit: "abc1234def",
    });
    expect(pass).toMatchObject({ ok: true, value: { requirementStatus: "verified", change: "verified" } });
    const verified = await t.db.requirement.findUniqueOrThrow({ where: { id: req.id } });
    expect(verified).toMatchObject({ status: "verified", statusRunId: pass.ok ? pass.value.id : "" });
    const round1 = (await t.db.review.findUniqueOrThrow({ where: { id: review.id } })).pinRound;
    expect(round1).toBe(1);

    const fail = await report(cast.owner, {
      projectSlug: p.slug,
      target: { kind: "requirement", id: req.id },
      metrics: [{ name: "accuracy", value: 0.81 }],
    });
    expect(fail).toMatchObject({ ok: true, value: { requirementStatus: "regressed", change: "regressed" } });
    expect(await t.db.requirement.findUniqueOrThrow({ where: { id: req.id } })).toMatchObject({ status: "regressed" });
    const notes = await t.db.notification.findMany({ where: { projectId: p.id, kind: "requirement.regressed" } });
    expect(notes.map((n) => n.userId)).toEqual([cast.contributor.id]);
    expect(notes[0]!.body).toContain("accuracy ≥ 0.9");
    expect((await t.db.review.findUniqueOrThrow({ where: { id: review.id } })).pinRound).toBe(2);
    const audit = await t.db.auditEvent.findMany({ where: { projectId: p.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["requirement.verified", "requirement.regressed"]);
    expect(await t.db.evidenceRun.count({ where: { requirementId: req.id } })).toBe(2);
  });

  it("without an owner, the project's owners are told of a regression; pass/fail without metrics works", async () => {
    const { p, req } = await setup({ ownerId: null });
    await t.db.requirement.update({ where: { id: req.id }, data: { status: "verified" } });
    const d = await report(cast.contributor, {
      projectSlug: p.slug,
      target: { kind: "requirement", id: "R-1" },
      passed: false,
    });
    expect(d).toMatchObject({ ok: true, value: { requirementStatus: "regressed" } });
    const notes = await t.db.notification.findMany({ where: { projectId: p.id, kind: "requirement.regressed" } });
    expect(notes.map((n) => n.userId)).toEqual([cast.owner.id]);
  });

  it("records criterion evidence against a known key of the level definitions", async () => {
    const { p } = await setup();
    const d = await report(cast.owner, {
      projectSlug: p.slug,
      target: { kind: "criterion", level: 3, key: "unit_integration_tests" },
      passed: true,
      url: "https://ci.example.org/run/7",
    });
    expect(d).toMatchObject({ ok: true, value: { requirementStatus: null, change: null } });
    const run = await t.db.evidenceRun.findFirstOrThrow({ where: { projectId: p.id } });
    expect(run).toMatchObject({ criterionLevel: 3, criterionKey: "unit_integration_tests", requirementId: null });
    expect(await t.db.auditEvent.count({ where: { projectId: p.id, action: "evidence.report" } })).toBe(1);
  });

  it.each<[string, RoleName | null, Partial<ReportEvidenceInput>, "active" | "archived" | "stopped", string[]]>([
    ["another researcher", "otherResearcher", {}, "active", ["forbidden"]],
    ["an admin (not a member)", "admin", {}, "active", ["forbidden"]],
    ["an archived project", "owner", {}, "archived", ["project_archived"]],
    ["a stopped project", "owner", {}, "stopped", ["project_stopped"]],
    [
      "an unknown requirement",
      "owner",
      { target: { kind: "requirement", id: "R99" } },
      "active",
      ["evidence_requirement_unknown"],
    ],
    [
      "an unknown criterion",
      "owner",
      { target: { kind: "criterion", level: 3, key: "no_such" }, passed: true },
      "active",
      ["evidence_criterion_unknown"],
    ],
    ["another metric only", "owner", { metrics: [{ name: "f1", value: 0.99 }] }, "active", ["evidence_metric_missing"]],
    [
      "a contradicting verdict",
      "owner",
      { passed: true, metrics: [{ name: "accuracy", value: 0.1 }] },
      "active",
      ["evidence_passed_contradicts_metric"],
    ],
    ["no verdict at all", "owner", {}, "active", ["evidence_passed_missing"]],
  ])("refuses %s, writing nothing", async (_n, who, patch, status, expected) => {
    const { p, req } = await setup({ status });
    const d = await report(cast[who!], { projectSlug: p.slug, target: { kind: "requirement", id: "R1" }, ...patch });
    const got = codes(d);
    if (expected[0] === "forbidden") expect(got.length).toBe(1);
    else expect(got).toEqual(expected);
    expect(await t.db.evidenceRun.count({ where: { projectId: p.id } })).toBe(0);
    expect((await t.db.requirement.findUniqueOrThrow({ where: { id: req.id } })).status).toBe("open");
  });

  it("refuses an unknown project", async () => {
    expect(
      codes(
        await report(cast.owner, {
          projectSlug: "no-such-project",
          target: { kind: "requirement", id: "R1" },
          passed: true,
        }),
      ),
    ).toEqual(["not_found"]);
  });

  it("evidence runs are append-only", async () => {
    const { p } = await setup();
    await report(cast.owner, { projectSlug: p.slug, target: { kind: "requirement", id: "R1" }, passed: true });
    await expect(t.db.evidenceRun.updateMany({ where: { projectId: p.id }, data: { summary: "x" } })).rejects.toThrow();
    await expect(t.db.evidenceRun.deleteMany({ where: { projectId: p.id } })).rejects.toThrow();
  });

  it("two concurrent reports queue on the requirement: the status follows the run recorded last", async () => {
    for (let round = 0; round < 3; round++) {
      const { p, req } = await setup();
      const [a, b] = await Promise.all([
        report(cast.owner, {
          projectSlug: p.slug,
          target: { kind: "requirement", id: "R1" },
          metrics: [{ name: "accuracy", value: 0.95 }],
        }),
        report(cast.contributor, {
          projectSlug: p.slug,
          target: { kind: "requirement", id: "R1" },
          metrics: [{ name: "accuracy", value: 0.5 }],
        }),
      ]);
      expect(a.ok && b.ok).toBe(true);
      const runs = await t.db.evidenceRun.findMany({ where: { requirementId: req.id }, orderBy: { createdAt: "asc" } });
      expect(runs).toHaveLength(2);
      const row = await t.db.requirement.findUniqueOrThrow({ where: { id: req.id } });
      // Pass then fail → regressed; fail then pass → verified. Each run recorded the status it left.
      expect(row.status).toBe(runs.at(-1)!.requirementStatus);
      expect(row.status).toBe(runs[0]!.passed ? "regressed" : "verified");
    }
  });
});

describe("readiness", () => {
  it("lists regressed requirements, criteria without evidence and overdue reviews; fresh evidence clears a criterion", async () => {
    const { p, req } = await setup();
    await t.db.requirement.update({ where: { id: req.id }, data: { status: "regressed" } });
    const check = await read.getProjectCheck({ slug: p.slug });
    expect(check).toMatchObject({ ok: false, level: 3 });
    const kinds = check!.problems.map((x) => x.kind);
    expect(kinds).toContain("regressed_requirement");
    expect(kinds).toContain("missing_evidence");
    const panel = await read.getReadinessPanel(p.slug);
    const key = panel!.criteria[0]!.key;
    const d = await report(cast.owner, {
      projectSlug: p.slug,
      target: { kind: "criterion", level: 3, key },
      passed: true,
    });
    expect(d.ok).toBe(true);
    const after = await read.getProjectCheck({ slug: p.slug });
    expect(after!.problems.filter((x) => x.message.includes(`(${key})`))).toEqual([]);
    expect(Object.keys(after!).sort()).toEqual(["level", "ok", "problems"]);
  });

  it("counts evidence older than the org's window as stale", async () => {
    const { p } = await setup();
    const panel = await read.getReadinessPanel(p.slug);
    const key = panel!.criteria[0]!.key;
    await t.db.evidenceRun.create({
      data: {
        projectId: p.id,
        criterionLevel: 3,
        criterionKey: key,
        passed: true,
        createdAt: new Date(Date.now() - 40 * 86_400_000),
      },
    });
    const check = await read.getProjectCheck({ slug: p.slug });
    expect(check!.problems.some((x) => x.kind === "stale_evidence" && x.message.includes(key))).toBe(true);
  });
});
