import { describe, expect, it } from "vitest";
import { decideDraftEdit, decideSeatPanel } from "./draft-edit";
import type { SeatHolder } from "./seat-eligibility";
import type { Discipline } from "./vocabulary";

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
    expect(
      decideDraftEdit({ ...base, criteria: [{ key: "a" }], ethics: [{ key: "e1" }], componentIds: ["c1", "c2"] }),
    ).toEqual({ ok: true, value: true });
  });
  it.each<[string, object, string[]]>([
    ["paused project: drafts may still be prepared", { project: { status: "paused" } }, []],
    ["unknown criterion", { criteria: [{ key: "zz" }] }, ["criterion_unknown"]],
    ["criterion twice", { criteria: [{ key: "a" }, { key: "a" }] }, ["criterion_duplicate"]],
    ["unknown ethics item", { ethics: [{ key: "zz" }] }, ["ethics_unknown_item"]],
    ["ethics item twice", { ethics: [{ key: "e1" }, { key: "e1" }] }, ["ethics_answer_duplicate"]],
    ["component at another level", { componentIds: ["c3"] }, ["component_wrong_level"]],
    ["empty selection", { componentIds: [] }, ["no_components"]],
    [
      "component held by another draft",
      { componentIds: ["c2"], reviews: [{ id: "r2", status: "open", componentIds: ["c2"] }] },
      ["component_under_review"],
    ],
    ["open review", { review: { ...ctx.review, status: "open" } }, ["review_not_draft"]],
    ["archived project", { project: { status: "archived" } }, ["project_archived"]],
    ["other researcher", { memberRole: null }, ["forbidden"]],
    ["anonymous", { actor: null, memberRole: null }, ["not_signed_in"]],
  ])("%s", (_n, over, expected) => {
    expect(codes(decideDraftEdit({ ...base, ...over }))).toEqual(expected);
  });
});

const holder = (userId: string, disciplines: Discipline[], over: Partial<SeatHolder> = {}): SeatHolder => ({
  userId,
  name: userId.toUpperCase(),
  active: true,
  roles: ["reviewer"],
  disciplines,
  ...over,
});

describe("decideSeatPanel", () => {
  const base = {
    ...ctx,
    seats: [
      { userId: "r1", discipline: "applied_ai" as const, isChair: true },
      { userId: "r2", discipline: "software_engineer" as const, isChair: false },
    ],
    memberUserIds: ["own", "con"],
    holders: [
      holder("r1", ["applied_ai"]),
      holder("r2", ["software_engineer", "qa_engineer"]),
      holder("con", ["qa_engineer"]),
    ],
  };
  it("accepts a panel, even an incomplete one without a chair", () => {
    expect(decideSeatPanel(base)).toEqual({ ok: true, value: base.seats });
    expect(decideSeatPanel({ ...base, seats: [{ userId: "r2", discipline: "qa_engineer", isChair: false }] }).ok).toBe(
      true,
    );
  });
  it("accepts an admin who is not a member", () => {
    expect(decideSeatPanel({ ...base, actor: { userId: "adm", roles: ["admin"] }, memberRole: null }).ok).toBe(true);
  });
  it.each<[string, object, string[]]>([
    ["unknown user", { holders: [base.holders[0]] }, ["seat_user_unknown"]],
    [
      "deactivated user",
      { holders: [base.holders[0], holder("r2", ["software_engineer"], { active: false })] },
      ["seat_user_unknown"],
    ],
    [
      "discipline the person does not hold",
      { holders: [holder("r1", ["researcher"]), base.holders[1]] },
      ["seat_discipline_not_held"],
    ],
    [
      "no reviewer role",
      { holders: [holder("r1", ["applied_ai"], { roles: ["researcher"] }), base.holders[1]] },
      ["seat_holder_not_reviewer"],
    ],
    [
      "manager without the reviewer role",
      { holders: [holder("r1", ["applied_ai"], { roles: ["manager"] }), base.holders[1]] },
      ["seat_holder_not_reviewer"],
    ],
    [
      "admin with the reviewer role",
      { holders: [holder("r1", ["applied_ai"], { roles: ["admin", "reviewer"] }), base.holders[1]] },
      ["seat_holder_admin"],
    ],
    [
      "seated twice",
      { seats: [...base.seats, { userId: "r2", discipline: "qa_engineer", isChair: false }] },
      ["panel_user_seated_twice"],
    ],
    ["two chairs", { seats: base.seats.map((s) => ({ ...s, isChair: true })) }, ["panel_chair_count"]],
    [
      "project member seated",
      { seats: [{ userId: "con", discipline: "qa_engineer", isChair: false }] },
      ["panel_conflict_of_interest"],
    ],
    ["submitted review", { review: { ...ctx.review, status: "open" } }, ["review_not_draft"]],
    ["manager", { actor: { userId: "m", roles: ["manager"] }, memberRole: null }, ["forbidden"]],
  ])("refuses: %s", (_n, over, expected) => {
    expect(codes(decideSeatPanel({ ...base, ...over }))).toEqual(expected);
  });
  it("names the seat, the person and why", () => {
    const d = decideSeatPanel({ ...base, holders: [holder("r1", ["qa_engineer"]), base.holders[1]!] });
    expect(d.ok ? [] : d.reasons.map((r) => r.message)).toEqual([
      "Seat 1 (applied AI engineer, chair): R1 does not hold the applied AI engineer discipline (holds: QA engineer).",
    ]);
  });
});
