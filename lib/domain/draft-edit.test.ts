import { describe, expect, it } from "vitest";
import { decideDraftEdit, decideSeatPanel } from "./draft-edit";

const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));
const ctx = {
  actor: { userId: "own", roles: ["researcher" as const] },
  memberRole: "owner" as const,
  project: { status: "active" as const },
  review: { id: "r1", status: "draft" as const, level: 3 },
};

describe("decideDraftEdit", () => {
  const base = {
    ...ctx,
    criterionKeys: ["a", "b"],
    ethicsItemKeys: ["e1"],
    components: [
      { id: "c1", level: 3, status: "active" as const },
      { id: "c2", level: 3, status: "active" as const },
      { id: "c3", level: 2, status: "active" as const },
    ],
    reviews: [{ id: "r1", status: "draft" as const, componentIds: ["c1"] }],
  };
  it("accepts known keys and a valid selection (the draft keeps its own components)", () => {
    expect(decideDraftEdit({ ...base, criteria: [{ key: "a" }], ethics: [{ key: "e1" }], componentIds: ["c1", "c2"] })).toEqual({ ok: true, value: true });
  });
  it.each<[string, object, string[]]>([
    ["paused project: drafts may still be prepared", { project: { status: "paused" } }, []],
    ["unknown criterion", { criteria: [{ key: "zz" }] }, ["criterion_unknown"]],
    ["criterion twice", { criteria: [{ key: "a" }, { key: "a" }] }, ["criterion_duplicate"]],
    ["unknown ethics item", { ethics: [{ key: "zz" }] }, ["ethics_unknown_item"]],
    ["ethics item twice", { ethics: [{ key: "e1" }, { key: "e1" }] }, ["ethics_answer_duplicate"]],
    ["component at another level", { componentIds: ["c3"] }, ["component_wrong_level"]],
    ["empty selection", { componentIds: [] }, ["no_components"]],
    ["component held by another draft", { componentIds: ["c2"], reviews: [{ id: "r2", status: "open", componentIds: ["c2"] }] }, ["component_under_review"]],
    ["open review", { review: { ...ctx.review, status: "open" } }, ["review_not_draft"]],
    ["archived project", { project: { status: "archived" } }, ["project_archived"]],
    ["other researcher", { memberRole: null }, ["forbidden"]],
    ["anonymous", { actor: null, memberRole: null }, ["not_signed_in"]],
  ])("%s", (_n, over, expected) => {
    expect(codes(decideDraftEdit({ ...base, ...over }))).toEqual(expected);
  });
});

describe("decideSeatPanel", () => {
  const base = {
    ...ctx,
    seats: [
      { userId: "r1", discipline: "applied_ai" as const, isChair: true },
      { userId: "r2", discipline: "software_engineer" as const, isChair: false },
    ],
    memberUserIds: ["own", "con"],
    activeUserIds: ["r1", "r2"],
  };
  it("accepts a panel, even an incomplete one without a chair", () => {
    expect(decideSeatPanel(base)).toEqual({ ok: true, value: base.seats });
    expect(decideSeatPanel({ ...base, seats: [{ userId: "r2", discipline: "qa_engineer", isChair: false }] }).ok).toBe(true);
  });
  it("accepts an admin who is not a member", () => {
    expect(decideSeatPanel({ ...base, actor: { userId: "adm", roles: ["admin"] }, memberRole: null }).ok).toBe(true);
  });
  it.each<[string, object, string[]]>([
    ["unknown or deactivated user", { activeUserIds: ["r1"] }, ["seat_user_unknown"]],
    ["seated twice", { seats: [...base.seats, { userId: "r1", discipline: "qa_engineer", isChair: false }] }, ["panel_user_seated_twice"]],
    ["two chairs", { seats: base.seats.map((s) => ({ ...s, isChair: true })) }, ["panel_chair_count"]],
    ["project member seated", { seats: [{ userId: "con", discipline: "qa_engineer", isChair: false }], activeUserIds: ["con"] }, ["panel_conflict_of_interest"]],
    ["submitted review", { review: { ...ctx.review, status: "open" } }, ["review_not_draft"]],
    ["manager", { actor: { userId: "m", roles: ["manager"] }, memberRole: null }, ["forbidden"]],
  ])("refuses: %s", (_n, over, expected) => {
    expect(codes(decideSeatPanel({ ...base, ...over }))).toEqual(expected);
  });
});
