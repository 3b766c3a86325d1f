import { describe, expect, it } from "vitest";
import { reasonsOf } from "./decision";
import { decideGateOutcome, gateOutcomeTitle, type GateOutcomeInput } from "./gate-outcome";
import { allowedActions } from "./allowed-actions";
import { decideProjectStatus, projectEditableReasons } from "./project-status";
import { projectActiveReasons } from "./review-components";

const manager = { userId: "m", roles: ["manager"] as const };
const base: GateOutcomeInput = {
  actor: manager,
  memberRole: null,
  outcome: "stop",
  project: { status: "active" },
  review: { status: "returned", level: 4 },
  reason: "The market moved.",
};
const codes = (over: Partial<GateOutcomeInput>) =>
  reasonsOf(decideGateOutcome({ ...base, ...over })).map((r) => r.code);

describe("decideGateOutcome", () => {
  it("stops: terminal status, the gate's level, live reviews withdrawn", () => {
    expect(decideGateOutcome(base)).toEqual({
      ok: true,
      value: { status: "stopped", level: 4, withdrawLiveReviews: true },
    });
  });
  it("holds: paused, reviews untouched", () => {
    expect(decideGateOutcome({ ...base, outcome: "hold", review: { status: "open", level: 2 } })).toEqual({
      ok: true,
      value: { status: "paused", level: 2, withdrawLiveReviews: false },
    });
  });
  it.each<[string, Partial<GateOutcomeInput>, string[]]>([
    ["a researcher", { actor: { userId: "r", roles: ["researcher"] } }, ["forbidden"]],
    ["a manager who owns the project", { memberRole: "owner" }, ["conflict_of_interest"]],
    ["a stopped project", { project: { status: "stopped" } }, ["project_stopped"]],
    ["an archived project", { project: { status: "archived" } }, ["project_archived"]],
    ["a hold on a paused project", { outcome: "hold", project: { status: "paused" } }, ["project_status_unchanged"]],
    ["no review of this project", { review: null }, ["gate_review_not_found"]],
    ["a draft", { review: { status: "draft", level: 4 } }, ["gate_not_held"]],
    ["a withdrawn review", { review: { status: "withdrawn", level: 4 } }, ["gate_not_held"]],
    ["no reason", { reason: "  " }, ["reason_missing"]],
    [
      "everything at once",
      { actor: null, project: { status: "stopped" }, review: null, reason: "" },
      ["not_signed_in", "project_stopped", "gate_review_not_found", "reason_missing"],
    ],
  ])("refuses %s", (_, over, expected) => {
    expect(codes(over)).toEqual(expected);
  });
  it("a stop on a paused (held) project is allowed", () => {
    expect(decideGateOutcome({ ...base, project: { status: "paused" } }).ok).toBe(true);
  });
  it("titles", () => {
    expect(gateOutcomeTitle("stop", 4)).toBe("Stopped at the L4 gate");
    expect(gateOutcomeTitle("hold", 2)).toBe("Held at the L2 gate");
  });
});

describe("a stopped project's doors", () => {
  it("is not editable, not reviewable, and its status never changes again", () => {
    expect(projectEditableReasons("stopped").map((r) => r.code)).toEqual(["project_stopped"]);
    expect(projectActiveReasons("stopped").map((r) => r.code)).toEqual(["project_stopped"]);
    const admin = { userId: "a", roles: ["admin"] as const };
    for (const to of ["active", "paused", "archived"] as const) {
      const d = decideProjectStatus({ actor: admin, memberRole: null, from: "stopped", to, reason: "Back." });
      expect(reasonsOf(d).map((r) => r.code)).toEqual(["project_stopped"]);
    }
  });
  it("offers no edit, review, pause, resume or gate outcome in the UI", () => {
    const owner = { userId: "o", roles: ["researcher"] as const };
    const project = { status: "stopped" as const, members: [{ userId: "o", role: "owner" as const }] };
    expect(allowedActions({ project }, owner)).toEqual(["read", "create_project"]);
    const review = { status: "returned" as const, level: 4, authorId: "o", seats: [] };
    expect(allowedActions({ project, review }, manager)).not.toContain("decide_gate_outcome");
  });
  it("a gate hold is lifted by a manager or an admin, not by the owner", () => {
    const owner = { userId: "o", roles: ["researcher"] as const };
    const held = { status: "paused" as const, members: [{ userId: "o", role: "owner" as const }], gateHold: true };
    expect(allowedActions({ project: held }, owner)).not.toContain("resume_project");
    expect(allowedActions({ project: held }, manager)).toContain("resume_project");
    expect(allowedActions({ project: { ...held, gateHold: false } }, owner)).toContain("resume_project");
    const d = decideProjectStatus({
      actor: owner,
      memberRole: "owner",
      from: "paused",
      to: "active",
      reason: "Go.",
      gateHold: true,
    });
    expect(d.ok).toBe(false);
  });
});
