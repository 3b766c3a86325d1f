import { describe, expect, it } from "vitest";
import { ACTIONS, PERMISSION_TABLE, can, type Action, type Actor, type PermissionContext } from "./permissions";

type Kind = { actor: Actor; ctx: PermissionContext };
const researcher = (userId: string): Actor => ({ userId, roles: ["researcher"] });
const reviewer: Actor = { userId: "rev", roles: ["reviewer"] };

const KINDS: Record<string, Kind> = {
  anonymous: { actor: null, ctx: {} },
  owner: { actor: researcher("own"), ctx: { projectMemberRole: "owner" } },
  contributor: { actor: researcher("con"), ctx: { projectMemberRole: "contributor" } },
  "other researcher": { actor: researcher("oth"), ctx: { projectMemberRole: null } },
  "seated reviewer": { actor: reviewer, ctx: { seat: { isChair: false } } },
  "seated chair": { actor: reviewer, ctx: { seat: { isChair: true } } },
  "unseated reviewer": { actor: reviewer, ctx: { seat: null } },
  manager: { actor: { userId: "man", roles: ["manager"] }, ctx: {} },
  admin: { actor: { userId: "adm", roles: ["admin"] }, ctx: {} },
};

/** Expected grants per actor kind, in ACTIONS order (the rules' permission table). */
const Y = true,
  N = false;
const EXPECTED: Record<string, Record<Action, boolean>> = Object.fromEntries(
  Object.entries({
    //                   read create edit open withdraw vote chair confirm admin embedded discovery bump pause resume target claim manage gate comment resolve tokens evidence report alert switch hooks
    anonymous: [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N],
    owner: [Y, Y, Y, Y, Y, N, N, N, N, Y, Y, Y, Y, Y, Y, Y, Y, N, Y, Y, Y, Y, Y, Y, N, Y],
    contributor: [Y, Y, Y, Y, Y, N, N, N, N, N, Y, Y, N, N, N, N, N, N, Y, N, N, Y, Y, Y, N, N],
    "other researcher": [Y, Y, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N],
    "seated reviewer": [Y, N, N, N, N, Y, N, N, N, N, N, N, N, N, N, N, N, N, Y, N, N, N, N, N, N, N],
    "seated chair": [Y, N, N, N, N, Y, Y, N, N, N, N, N, N, N, N, N, N, N, Y, Y, N, N, N, N, Y, N],
    "unseated reviewer": [Y, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N],
    manager: [Y, Y, N, N, N, N, N, Y, N, N, N, N, N, N, Y, N, Y, Y, N, N, N, N, N, N, N, N],
    admin: [Y, Y, Y, Y, Y, N, N, Y, Y, N, N, Y, Y, Y, Y, Y, Y, Y, N, N, Y, N, N, N, N, Y],
  }).map(([kind, row]) => [kind, Object.fromEntries(ACTIONS.map((a, i) => [a, row[i]!])) as Record<Action, boolean>]),
);

describe("permission table", () => {
  it("covers every action of PERMISSION_TABLE", () => {
    expect(Object.keys(PERMISSION_TABLE).sort()).toEqual([...ACTIONS].sort());
  });

  const rows = Object.keys(KINDS).flatMap((kind) => ACTIONS.map((action) => [kind, action] as const));
  it.each(rows)("%s → %s", (kind, action) => {
    const { actor, ctx } = KINDS[kind]!;
    const d = can(actor, action, ctx);
    expect(d.ok).toBe(EXPECTED[kind]![action]);
    if (!d.ok) {
      expect(d.reasons).toHaveLength(1);
      expect(d.reasons[0]!.message.length).toBeGreaterThan(10);
    }
  });
});

describe("special cases", () => {
  it("a member never votes on their own project, even if seated", () => {
    const d = can(researcher("own"), "vote", { projectMemberRole: "owner", seat: { isChair: false } });
    expect(d).toMatchObject({ ok: false, reasons: [{ code: "conflict_of_interest" }] });
  });

  it("a member seated as chair records no decision on their project's review", () => {
    const d = can(researcher("own"), "record_chair_decision", { projectMemberRole: "owner", seat: { isChair: true } });
    expect(d).toMatchObject({ ok: false, reasons: [{ code: "conflict_of_interest" }] });
  });

  it.each<[string, Actor, boolean, string]>([
    ["a seated manager with the reviewer role votes", { userId: "x", roles: ["manager", "reviewer"] }, true, ""],
    [
      "a seated manager without the reviewer role does not",
      { userId: "x", roles: ["manager"] },
      false,
      "hold the reviewer role",
    ],
    [
      "a seated admin never votes, even with the reviewer role",
      { userId: "x", roles: ["admin", "reviewer"] },
      false,
      "Admins do not vote",
    ],
    ["a seated admin without it neither", { userId: "x", roles: ["admin"] }, false, "Admins do not vote"],
    [
      "a seated person who lost the reviewer role does not",
      { userId: "x", roles: ["researcher"] },
      false,
      "hold the reviewer role",
    ],
  ])("%s", (_name, actor, ok, message) => {
    const d = can(actor, "vote", { seat: { isChair: false } });
    expect(d.ok).toBe(ok);
    if (!d.ok) expect(d.reasons[0]!.message).toContain(message);
  });

  it("a manager who is a project member cannot hold or stop it at a gate", () => {
    const d = can({ userId: "m", roles: ["manager"] }, "decide_gate_outcome", { projectMemberRole: "owner" });
    expect(d).toMatchObject({ ok: false, reasons: [{ code: "conflict_of_interest" }] });
  });

  it("a manager who is a project member cannot confirm its review's chair", () => {
    const d = can({ userId: "m", roles: ["manager"] }, "confirm_chair", { projectMemberRole: "contributor" });
    expect(d).toMatchObject({ ok: false, reasons: [{ code: "conflict_of_interest" }] });
  });

  it("the review's author may withdraw it", () => {
    expect(can(researcher("a"), "withdraw_review", { isReviewAuthor: true }).ok).toBe(true);
  });

  it("a thread's author may resolve it, whoever they are in the review", () => {
    expect(
      can(researcher("c"), "resolve_review_thread", { projectMemberRole: "contributor", isThreadAuthor: true }).ok,
    ).toBe(true);
    expect(can(reviewer, "resolve_review_thread", { seat: { isChair: false }, isThreadAuthor: true }).ok).toBe(true);
    expect(can(reviewer, "resolve_review_thread", { seat: { isChair: false } }).ok).toBe(false);
  });

  it("several roles combine", () => {
    expect(can({ userId: "x", roles: ["reviewer", "researcher"] }, "create_project").ok).toBe(true);
  });

  it.each<[Actor, Action, PermissionContext, string]>([
    [null, "read", {}, "Sign in to read projects, cards and reviews."],
    [
      reviewer,
      "record_chair_decision",
      { seat: { isChair: false } },
      "Only the panel's chair can record key decisions, switchbacks and the debrief.",
    ],
    [reviewer, "vote", {}, "Only members seated on this review's panel who hold the reviewer role can vote."],
    [reviewer, "confirm_chair", {}, "Only a manager or an admin can confirm a review's chair."],
    [
      researcher("c"),
      "embedded_switchback",
      { projectMemberRole: "contributor" },
      "Only a project owner can take an embedded switchback.",
    ],
    [
      researcher("c"),
      "set_target",
      { projectMemberRole: "contributor" },
      "Only the project's owners, managers and admins can set its target.",
    ],
    [null, "set_target", {}, "Sign in to set a project's target."],
  ])("explains the refusal (%#)", (actor, action, ctx, message) => {
    const d = can(actor, action, ctx);
    expect(d.ok ? "" : d.reasons[0]!.message).toBe(message);
  });
});
