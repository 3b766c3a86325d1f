import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "@/test/db";
import { makeCast, makeUser, openAppDatabase, type RoleName } from "@/test/gate-fixtures";
import { deployedProject } from "@/test/monitoring-fixtures";

/**
 * Monitoring alerts in the webhook outbox, on real Postgres: a new alert and a repeat that raises
 * it to critical report `monitoring.alert` in the same transaction (a plain repeat does not); the
 * chair's switchback from an alert reports `switchback` and `level.changed` like other switchbacks;
 * a refused report leaves no event.
 */
let t: TestDb;
let closeDb: () => Promise<void>;
let cast: Record<RoleName, SessionUser>;
const fillers: string[] = [];
type Result = { ok: boolean; value?: unknown };
let run: (name: string, user: SessionUser, input: Record<string, unknown>) => Promise<Result>;

const deployed = () => deployedProject(t.db, { owners: [cast.owner.id], panel: [cast.seatedReviewer.id, ...fillers] });
const signal = (componentId: string, extra: Record<string, unknown> = {}) => ({
  componentId,
  kind: "drift",
  severity: "warning",
  metric: "psi",
  value: 0.31,
  threshold: 0.2,
  source: "evidently",
  link: "https://monitor.example.org/a/1",
  externalId: "ext-1",
  ...extra,
});
const events = (projectId: string) =>
  t.db.webhookEvent.findMany({
    where: { projectId },
    orderBy: { createdAt: "asc" },
    select: { type: true, payload: true },
  });

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  const { COMMANDS_BY_NAME } = await import("@/lib/commands/registry");
  run = (name, user, input) => {
    const command = COMMANDS_BY_NAME[name]!;
    return command.run(user, command.schema.parse(input));
  };
  cast = await makeCast(t.db);
  for (let i = 0; i < 6; i++) fillers.push((await makeUser(t.db, ["reviewer"], [], `Hook filler ${i}`)).id);
});

afterAll(async () => {
  await closeDb?.();
});

describe("monitoring alerts in the webhook outbox", () => {
  it("reports a new alert and a repeat raised to critical, not a plain repeat", async () => {
    const { p, componentId } = await deployed();
    const first = await run("reportMonitoringSignal", cast.owner, signal(componentId));
    expect(first.ok).toBe(true);
    await run("reportMonitoringSignal", cast.owner, signal(componentId));
    await run("reportMonitoringSignal", cast.owner, signal(componentId, { severity: "critical", value: 0.5 }));
    const out = await events(p.id);
    expect(out.map((e) => e.type)).toEqual(["monitoring.alert", "monitoring.alert"]);
    expect(out[0]!.payload).toMatchObject({
      projectId: p.id,
      alertId: (first.value as { alertId: string }).alertId,
      status: "reported",
      componentId,
      kind: "drift",
      severity: "warning",
      metric: "psi",
      value: 0.31,
      threshold: 0.2,
      alertLink: "https://monitor.example.org/a/1",
      count: 1,
    });
    expect(out[1]!.payload).toMatchObject({ status: "raised", severity: "critical", value: 0.5, count: 3 });
  });

  it("writes no event for a refused report", async () => {
    const { p, componentId } = await deployed();
    expect((await run("reportMonitoringSignal", cast.otherResearcher, signal(componentId))).ok).toBe(false);
    expect(await events(p.id)).toEqual([]);
  });

  it("reports the chair's switchback from an alert as switchback and level.changed", async () => {
    const { p, componentId } = await deployed();
    const reported = await run("reportMonitoringSignal", cast.owner, signal(componentId, { severity: "critical" }));
    const alertId = (reported.value as { alertId: string }).alertId;
    const d = await run("switchbackFromAlert", cast.seatedReviewer, { alertId, toLevel: 4, note: "Cameras." });
    expect(d.ok).toBe(true);
    const out = await events(p.id);
    expect(out.map((e) => e.type).sort()).toEqual(["level.changed", "monitoring.alert", "switchback"]);
    expect(out.find((e) => e.type === "switchback")!.payload).toMatchObject({ alertId, level: 4, status: "resolved" });
    expect(out.find((e) => e.type === "level.changed")!.payload).toMatchObject({
      componentId,
      fromLevel: 9,
      toLevel: 4,
      kind: "embedded",
    });
  });
});
