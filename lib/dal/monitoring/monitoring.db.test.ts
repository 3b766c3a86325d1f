import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "@/test/db";
import { makeCast, makeProject, makeUser, openAppDatabase, type RoleName } from "@/test/gate-fixtures";
import { deployedProject, makeAlert } from "@/test/monitoring-fixtures";

/** Monitoring at L9 on real Postgres: refusals, de-duplication, races, notifications, the switchback. */
let t: TestDb;
let closeDb: () => Promise<void>;
let cast: Record<RoleName, SessionUser>;
const fillers: string[] = [];
type Result = { ok: boolean; value?: unknown; reasons?: { code: string }[] };
let run: (name: string, user: SessionUser, input: Record<string, unknown>) => Promise<Result>;

const codes = (d: Result) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));
const deployed = () =>
  deployedProject(t.db, {
    owners: [cast.owner.id],
    contributors: [cast.contributor.id],
    panel: [cast.seatedReviewer.id, ...fillers],
  });
const signal = (componentId: string, extra: Record<string, unknown> = {}) => ({
  componentId,
  kind: "drift",
  severity: "warning",
  metric: "psi",
  value: 0.31,
  threshold: 0.2,
  link: "https://monitor.example.org/a/1",
  source: "evidently",
  ...extra,
});

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  const { COMMANDS_BY_NAME } = await import("@/lib/commands/registry");
  run = (name, user, input) => {
    const command = COMMANDS_BY_NAME[name]!;
    return command.run(user, command.schema.parse(input));
  };
  cast = await makeCast(t.db);
  for (let i = 0; i < 6; i++) fillers.push((await makeUser(t.db, ["reviewer"], [], `Filler ${i}`)).id);
});

afterAll(async () => {
  await closeDb?.();
});

describe("reporting a signal", () => {
  it("opens an alert with its history and audit on a deployed component", async () => {
    const { p, componentId } = await deployed();
    const d = await run("reportMonitoringSignal", cast.contributor, signal(componentId));
    expect(d).toMatchObject({ ok: true, value: { repeated: false, count: 1 } });
    const alert = await t.db.monitoringAlert.findFirstOrThrow({
      where: { projectId: p.id },
      include: { events: true },
    });
    expect(alert).toMatchObject({ status: "open", severity: "warning", metric: "psi", value: 0.31, count: 1 });
    expect(alert.events.map((e) => e.kind)).toEqual(["reported"]);
    expect(await t.db.auditEvent.count({ where: { entityId: alert.id, action: "alert.report" } })).toBe(1);
  });

  it("refuses a component below level 9 and an outsider, writing nothing", async () => {
    const p = await makeProject(t.db, { owners: [cast.owner.id], levels: [8] });
    expect(codes(await run("reportMonitoringSignal", cast.owner, signal(p.componentIds[0]!)))).toEqual([
      "component_not_deployed",
    ]);
    const { componentId } = await deployed();
    expect(codes(await run("reportMonitoringSignal", cast.otherResearcher, signal(componentId)))).toEqual([
      "forbidden",
    ]);
    expect(
      await t.db.monitoringAlert.count({ where: { componentId: { in: [componentId, p.componentIds[0]!] } } }),
    ).toBe(0);
  });

  it("counts a repeat of the same external id on the unresolved alert; after resolution a new one opens", async () => {
    const { componentId } = await deployed();
    const first = await run("reportMonitoringSignal", cast.owner, signal(componentId, { externalId: "ext-7" }));
    const again = await run(
      "reportMonitoringSignal",
      cast.owner,
      signal(componentId, { externalId: "ext-7", value: 0.5 }),
    );
    expect(again).toMatchObject({ ok: true, value: { repeated: true, count: 2 } });
    const id = (first.value as { alertId: string }).alertId;
    expect(await t.db.monitoringAlert.findUniqueOrThrow({ where: { id } })).toMatchObject({ count: 2, value: 0.5 });
    await run("resolveAlert", cast.owner, { alertId: id, note: "Fixed upstream." });
    const later = await run("reportMonitoringSignal", cast.owner, signal(componentId, { externalId: "ext-7" }));
    expect(later).toMatchObject({ ok: true, value: { repeated: false, count: 1 } });
    expect(await t.db.monitoringAlert.count({ where: { componentId } })).toBe(2);
  });

  it("two simultaneous first reports of one external id make one alert counted twice", async () => {
    const { componentId } = await deployed();
    const results = await Promise.all(
      [1, 2].map(() => run("reportMonitoringSignal", cast.owner, signal(componentId, { externalId: "race" }))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const alerts = await t.db.monitoringAlert.findMany({ where: { componentId } });
    expect(alerts.map((a) => a.count)).toEqual([2]);
  });

  it("a critical alert tells the owners and the graduating review's panel, once", async () => {
    const { p, componentId, reviewId } = await deployed();
    await run(
      "reportMonitoringSignal",
      cast.contributor,
      signal(componentId, { severity: "critical", externalId: "c" }),
    );
    await run(
      "reportMonitoringSignal",
      cast.contributor,
      signal(componentId, { severity: "critical", externalId: "c" }),
    );
    const told = await t.db.notification.findMany({ where: { projectId: p.id, kind: "project.monitoring_alert" } });
    const panel = (await t.db.panelSeat.findMany({ where: { reviewId } })).map((s) => s.userId);
    expect(told.map((n) => n.userId).sort()).toEqual([cast.owner.id, ...panel].sort());
    expect(told.every((n) => n.reviewId === reviewId)).toBe(true);
  });

  it("a member resolving a critical alert tells the panel who resolved it and why; a warning's resolution tells nobody", async () => {
    const { p, componentId, reviewId } = await deployed();
    const critical = await run(
      "reportMonitoringSignal",
      cast.contributor,
      signal(componentId, { severity: "critical" }),
    );
    const warning = await run("reportMonitoringSignal", cast.contributor, signal(componentId, { externalId: "w" }));
    const since = new Date();
    const resolve = (r: Result) =>
      run("resolveAlert", cast.owner, {
        alertId: (r.value as { alertId: string }).alertId,
        note: "Retrained on May data.",
      });
    expect((await resolve(warning)).ok).toBe(true);
    expect(await t.db.notification.count({ where: { projectId: p.id, createdAt: { gte: since } } })).toBe(0);
    expect((await resolve(critical)).ok).toBe(true);
    const told = await t.db.notification.findMany({ where: { projectId: p.id, createdAt: { gte: since } } });
    const panel = (await t.db.panelSeat.findMany({ where: { reviewId } })).map((s) => s.userId);
    expect(told.map((n) => n.userId).sort()).toEqual([...panel].sort());
    expect(told[0]!.title).toContain("Critical monitoring alert resolved");
    expect(told[0]!.body).toContain(`${cast.owner.name} resolved it with the note "Retrained on May data."`);
  });

  it("a warning tells nobody", async () => {
    const { p, componentId } = await deployed();
    await run("reportMonitoringSignal", cast.owner, signal(componentId));
    expect(await t.db.notification.count({ where: { projectId: p.id } })).toBe(0);
  });
});

describe("acknowledging and resolving", () => {
  it("open → acknowledged → resolved, each in the history; a resolved alert is not acknowledged", async () => {
    const { p, componentId } = await deployed();
    const a = await makeAlert(t.db, { projectId: p.id, componentId, severity: "warning" });
    expect(await run("acknowledgeAlert", cast.contributor, { alertId: a.id })).toMatchObject({ ok: true });
    expect(await run("resolveAlert", cast.owner, { alertId: a.id, note: "Pipeline fixed." })).toMatchObject({
      ok: true,
    });
    expect(codes(await run("acknowledgeAlert", cast.owner, { alertId: a.id }))).toEqual(["alert_resolved"]);
    const events = await t.db.monitoringAlertEvent.findMany({
      where: { alertId: a.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.kind, e.note])).toEqual([
      ["acknowledged", ""],
      ["resolved", "Pipeline fixed."],
    ]);
  });

  it("refuses outsiders and reviewers", async () => {
    const { p, componentId } = await deployed();
    const a = await makeAlert(t.db, { projectId: p.id, componentId });
    expect(codes(await run("acknowledgeAlert", cast.otherResearcher, { alertId: a.id }))).toEqual(["forbidden"]);
    expect(codes(await run("resolveAlert", cast.seatedReviewer, { alertId: a.id, note: "x" }))).toEqual(["forbidden"]);
  });

  it("two people acknowledging at once: one wins, the other is told it is acknowledged already", async () => {
    const { p, componentId } = await deployed();
    const a = await makeAlert(t.db, { projectId: p.id, componentId });
    const results = await Promise.all(
      [cast.owner, cast.contributor].map((u) => run("acknowledgeAlert", u, { alertId: a.id })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.flatMap(codes)).toEqual(["alert_already_acknowledged"]);
  });

  it("the history is append-only", async () => {
    const { p, componentId } = await deployed();
    const a = await makeAlert(t.db, { projectId: p.id, componentId });
    await run("acknowledgeAlert", cast.owner, { alertId: a.id });
    for (const sql of [
      `DELETE FROM monitoring_alert_events WHERE alert_id = $1`,
      `UPDATE monitoring_alert_events SET note = 'rewritten' WHERE alert_id = $1`,
    ])
      await expect(t.pool.query(sql, [a.id])).rejects.toMatchObject({ code: "23001", message: /append-only/ });
  });
});

describe("switchback from a critical alert", () => {
  it("the chair moves 9 → 4 once, the alert is resolved and linked; a second try is refused", async () => {
    const { p, componentId } = await deployed();
    const a = await makeAlert(t.db, { projectId: p.id, componentId });
    const results = await Promise.all(
      [4, 7].map((toLevel) =>
        run("switchbackFromAlert", cast.seatedReviewer, { alertId: a.id, toLevel, note: "Drift." }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const moves = await t.db.levelTransition.findMany({ where: { componentId, kind: "embedded" } });
    expect(moves).toHaveLength(1);
    expect(moves[0]!.reason).toMatch(/^Monitoring alert \(critical drift\): psi 0.41 \(threshold 0.2\)/);
    const alert = await t.db.monitoringAlert.findUniqueOrThrow({ where: { id: a.id } });
    expect(alert).toMatchObject({ status: "resolved", switchbackId: moves[0]!.id });
    expect((await t.db.project.findUniqueOrThrow({ where: { id: p.id } })).systemLevel).toBe(moves[0]!.toLevel);
  });

  it("refuses owners, another seat, a warning and a component that left 9", async () => {
    const { p, componentId } = await deployed();
    const a = await makeAlert(t.db, { projectId: p.id, componentId });
    expect(codes(await run("switchbackFromAlert", cast.owner, { alertId: a.id, toLevel: 4 }))).toEqual([
      "conflict_of_interest",
    ]);
    expect(
      codes(
        await run("switchbackFromAlert", { ...cast.seatedReviewer, id: fillers[0]! }, { alertId: a.id, toLevel: 4 }),
      ),
    ).toEqual(["forbidden"]);
    const w = await makeAlert(t.db, { projectId: p.id, componentId, severity: "warning" });
    expect(codes(await run("switchbackFromAlert", cast.seatedReviewer, { alertId: w.id, toLevel: 7 }))).toEqual([
      "alert_not_critical",
    ]);
    await run("embeddedSwitchback", cast.owner, { componentId, toLevel: 4, reason: "Back to the lab." });
    expect(codes(await run("switchbackFromAlert", cast.seatedReviewer, { alertId: a.id, toLevel: 7 }))).toEqual([
      "component_not_deployed",
    ]);
  });
});
