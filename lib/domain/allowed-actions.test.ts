import { describe, expect, it } from "vitest";
import { allowedActions, type AllowedActionsSnapshot } from "./allowed-actions";
import type { Actor } from "./permissions";

const project = {
  status: "active" as const,
  members: [
    { userId: "own", role: "owner" as const },
    { userId: "con", role: "contributor" as const },
  ],
};
const review = (status: NonNullable<AllowedActionsSnapshot["review"]>["status"], over: object = {}) => ({
  status,
  level: 4,
  authorId: "con",
  seats: [
    { userId: "chair", isChair: true },
    { userId: "rev", isChair: false },
  ],
  ...over,
});
const owner: Actor = { userId: "own", roles: ["researcher"] };
const contributor: Actor = { userId: "con", roles: ["researcher"] };
const chair: Actor = { userId: "chair", roles: ["reviewer"] };
const seated: Actor = { userId: "rev", roles: ["reviewer"] };
const admin: Actor = { userId: "adm", roles: ["admin"] };

describe("allowedActions", () => {
  it.each<[string, AllowedActionsSnapshot, Actor, string[]]>([
    ["anonymous sees nothing", { project }, null, []],
    [
      "owner on an active project",
      { project },
      owner,
      [
        "read",
        "create_project",
        "edit_project",
        "bump_version",
        "open_review",
        "discovery_switchback",
        "embedded_switchback",
        "pause_project",
        "manage_project",
        "report_evidence",
      ],
    ],
    [
      "owner on a paused project",
      { project: { ...project, status: "paused" } },
      owner,
      [
        "read",
        "create_project",
        "edit_project",
        "bump_version",
        "discovery_switchback",
        "embedded_switchback",
        "resume_project",
        "manage_project",
        "report_evidence",
      ],
    ],
    [
      "owner on an archived project",
      { project: { ...project, status: "archived" } },
      owner,
      ["read", "create_project"],
    ],
    [
      "contributor (author) on a draft",
      { project, review: review("draft") },
      contributor,
      [
        "read",
        "create_project",
        "edit_project",
        "bump_version",
        "open_review",
        "discovery_switchback",
        "submit_review",
        "withdraw_review",
        "report_evidence",
      ],
    ],
    ["seated reviewer on an open review", { project, review: review("open") }, seated, ["read", "vote"]],
    ["seated reviewer on a draft", { project, review: review("draft") }, seated, ["read"]],
    ["chair on an open review", { project, review: review("open") }, chair, ["read", "vote"]],
    [
      "chair on a graduated L4 review",
      { project, review: review("graduated") },
      chair,
      ["read", "record_key_decision", "record_debrief"],
    ],
    [
      "chair after the key decision",
      { project, review: review("graduated", { keyDecision: "continue" }) },
      chair,
      ["read", "record_debrief"],
    ],
    [
      "chair on a graduated L3 review (no key decision)",
      { project, review: review("graduated", { level: 3 }) },
      chair,
      ["read", "record_debrief"],
    ],
    [
      "chair on a returned review",
      { project, review: review("returned") },
      chair,
      ["read", "record_key_decision", "record_review_switchback", "pause_on_return", "record_debrief"],
    ],
    [
      "admin on an open review",
      { project, review: review("open") },
      admin,
      [
        "read",
        "create_project",
        "admin",
        "edit_project",
        "bump_version",
        "open_review",
        "pause_project",
        "withdraw_review",
        "manage_project",
        "decide_gate_outcome",
      ],
    ],
    [
      "owner on a withdrawn review",
      { project, review: review("withdrawn") },
      owner,
      [
        "read",
        "create_project",
        "edit_project",
        "bump_version",
        "open_review",
        "discovery_switchback",
        "embedded_switchback",
        "pause_project",
        "manage_project",
        "report_evidence",
      ],
    ],
  ])("%s", (_n, snapshot, actor, expected) => {
    expect(allowedActions(snapshot, actor)).toEqual(expected);
  });

  it("a member seated by mistake still cannot vote", () => {
    const snap = { project, review: review("open", { seats: [{ userId: "own", isChair: true }] }) };
    expect(allowedActions(snap, owner)).not.toContain("vote");
    expect(allowedActions(snap, owner)).not.toContain("record_key_decision");
  });
});
