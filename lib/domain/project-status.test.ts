import { describe, expect, it } from "vitest";
import { decideProjectStatus, projectEditableReasons } from "./project-status";
import { decideWithdraw } from "./review-draft";
import type { Actor } from "./permissions";

const owner: Actor = { userId: "own", roles: ["researcher"] };
const admin: Actor = { userId: "adm", roles: ["admin"] };
const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));

describe("decideProjectStatus", () => {
  const base = {
    actor: owner,
    memberRole: "owner" as const,
    from: "active" as const,
    to: "paused" as const,
    reason: "Waiting for funding.",
  };
  it.each<[string, object, string[]]>([
    ["owner pauses", {}, []],
    ["owner resumes", { from: "paused", to: "active" }, []],
    ["admin pauses", { actor: admin, memberRole: null }, []],
    ["owner archives", { to: "archived" }, []],
    ["contributor pauses", { memberRole: "contributor" }, ["forbidden"]],
    ["anonymous", { actor: null, memberRole: null }, ["not_signed_in"]],
    ["already paused", { from: "paused" }, ["project_status_unchanged"]],
    ["archived is final", { from: "archived", to: "active" }, ["project_archived"]],
    ["archive with live reviews", { to: "archived", liveReviewCount: 1 }, ["archive_with_live_reviews"]],
    ["no reason", { reason: "" }, ["reason_missing"]],
  ])("%s", (_n, over, expected) => {
    expect(codes(decideProjectStatus({ ...base, ...over }))).toEqual(expected);
  });
});

describe("decideWithdraw", () => {
  const review = { status: "open" as const, authorId: "auth" };
  it.each<[string, Parameters<typeof decideWithdraw>[0], string[]]>([
    ["author (no longer a member)", { actor: { userId: "auth", roles: [] }, memberRole: null, review }, []],
    ["owner", { actor: owner, memberRole: "owner", review }, []],
    ["admin", { actor: admin, memberRole: null, review: { ...review, status: "draft" } }, []],
    ["other researcher", { actor: { userId: "x", roles: ["researcher"] }, memberRole: null, review }, ["forbidden"]],
    ["seated reviewer", { actor: { userId: "r", roles: ["reviewer"] }, memberRole: null, review }, ["forbidden"]],
    [
      "decided review",
      { actor: owner, memberRole: "owner", review: { ...review, status: "graduated" } },
      ["review_not_withdrawable"],
    ],
    [
      "already withdrawn",
      { actor: owner, memberRole: "owner", review: { ...review, status: "withdrawn" } },
      ["review_not_withdrawable"],
    ],
  ])("%s", (_n, input, expected) => {
    expect(codes(decideWithdraw(input))).toEqual(expected);
  });
});

describe("projectEditableReasons", () => {
  it.each<[string, "active" | "paused" | "archived", string[]]>([
    ["active", "active", []],
    ["paused: work goes on, only reviews wait", "paused", []],
    ["archived is read-only", "archived", ["project_archived"]],
  ])("%s", (_n, status, expected) => {
    expect(projectEditableReasons(status).map((r) => r.code)).toEqual(expected);
  });
});
