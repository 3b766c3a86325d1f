import { describe, expect, it } from "vitest";
import type { Seat } from "./panel";
import type { Actor } from "./permissions";
import { carryChairConfirmation, decideConfirmChair, isEligible, type SeatHolder } from "./seat-eligibility";
import type { Discipline, Role } from "./vocabulary";

const holder = (userId: string, roles: Role[], disciplines: Discipline[], active = true): SeatHolder => ({
  userId,
  name: userId,
  active,
  roles,
  disciplines,
});

describe("isEligible (discipline held, reviewer role, not an admin, active)", () => {
  it.each<[string, SeatHolder | undefined, Discipline, boolean]>([
    ["reviewer holding the discipline", holder("a", ["reviewer"], ["qa_engineer"]), "qa_engineer", true],
    ["manager who is also a reviewer", holder("a", ["manager", "reviewer"], ["executive"]), "executive", true],
    ["reviewer, other discipline", holder("a", ["reviewer"], ["qa_engineer"]), "researcher", false],
    ["researcher-only user as research lead", holder("a", ["researcher"], ["researcher"]), "research_lead", false],
    [
      "researcher with the discipline, no reviewer role",
      holder("a", ["researcher"], ["research_lead"]),
      "research_lead",
      false,
    ],
    ["admin reviewer", holder("a", ["admin", "reviewer"], ["qa_engineer"]), "qa_engineer", false],
    ["deactivated reviewer", holder("a", ["reviewer"], ["qa_engineer"], false), "qa_engineer", false],
    ["unknown person", undefined, "qa_engineer", false],
  ])("%s → %s", (_name, h, d, ok) => {
    expect(isEligible(h, d)).toBe(ok);
  });
});

describe("carryChairConfirmation", () => {
  const chair: Seat = { userId: "c", discipline: "applied_ai", isChair: true, chairConfirmed: true };
  const other: Seat = { userId: "o", discipline: "software_engineer", isChair: false };
  it.each<[string, Seat[], Seat[], boolean, boolean]>([
    [
      "unchanged chair keeps it",
      [chair, other],
      [{ ...chair, chairConfirmed: false }, other, { userId: "n", discipline: "qa_engineer", isChair: false }],
      true,
      false,
    ],
    [
      "another person as chair clears it",
      [chair, other],
      [
        { ...chair, isChair: false },
        { ...other, isChair: true },
      ],
      false,
      true,
    ],
    [
      "the chair's discipline changed clears it",
      [chair, other],
      [{ ...chair, discipline: "qa_engineer" }, other],
      false,
      true,
    ],
    ["the chair removed clears it", [chair, other], [other], false, true],
    ["nothing was confirmed: nothing cleared", [{ ...chair, chairConfirmed: false }], [chair], false, false],
  ])("%s", (_name, previous, next, kept, cleared) => {
    const got = carryChairConfirmation(previous, next);
    expect(got.seats.some((s) => s.chairConfirmed)).toBe(kept);
    expect(got.cleared).toBe(cleared);
  });
  it("never takes a confirmation from the client's input", () => {
    expect(carryChairConfirmation([], [chair]).seats[0]!.chairConfirmed).toBe(false);
  });
});

describe("decideConfirmChair", () => {
  const manager: Actor = { userId: "m", roles: ["manager"] };
  const seats: Seat[] = [
    { userId: "s", discipline: "software_engineer", isChair: false, name: "Sofia" },
    { userId: "r", discipline: "applied_ai", isChair: true, name: "Ravi" },
  ];
  const base = {
    actor: manager,
    memberRole: null,
    review: { status: "draft" as const, level: 4 },
    required: true,
    seats,
    holders: [holder("s", ["reviewer"], ["software_engineer"]), holder("r", ["reviewer"], ["applied_ai"])],
  };
  const codes = (over: Partial<typeof base> & Record<string, unknown>) => {
    const d = decideConfirmChair({ ...base, ...over } as typeof base);
    return d.ok ? [] : d.reasons.map((r) => r.code);
  };
  it.each<[string, Record<string, unknown>, string[]]>([
    ["a manager confirms", {}, []],
    ["an admin confirms", { actor: { userId: "adm", roles: ["admin"] } }, []],
    ["a reviewer cannot", { actor: { userId: "x", roles: ["reviewer"] } }, ["forbidden"]],
    [
      "the owner cannot",
      { actor: { userId: "own", roles: ["researcher"] }, memberRole: "owner" },
      ["conflict_of_interest"],
    ],
    ["a manager who contributes to the project cannot", { memberRole: "contributor" }, ["conflict_of_interest"]],
    ["anonymous cannot", { actor: null }, ["not_signed_in"]],
    ["not on an open review", { review: { status: "open", level: 4 } }, ["review_not_draft"]],
    [
      "not where the level does not require it",
      { required: false, review: { status: "draft", level: 3 } },
      ["chair_confirmation_not_required"],
    ],
    ["not without a chair", { seats: seats.map((s) => ({ ...s, isChair: false })) }, ["panel_chair_count"]],
    ["not twice", { seats: seats.map((s) => ({ ...s, chairConfirmed: s.isChair })) }, ["chair_already_confirmed"]],
    ["not one's own chair seat", { actor: { userId: "r", roles: ["manager", "reviewer"] } }, ["chair_confirm_self"]],
    [
      "not a chair other than the one seen",
      { seen: { userId: "s", discipline: "software_engineer" } },
      ["chair_changed"],
    ],
    [
      "not a chair whose discipline changed since seen",
      { seen: { userId: "r", discipline: "researcher" } },
      ["chair_changed"],
    ],
    ["the chair as seen", { seen: { userId: "r", discipline: "applied_ai" } }, []],
    ["not an ineligible chair", { holders: [holder("r", ["reviewer"], ["researcher"])] }, ["seat_discipline_not_held"]],
  ])("%s", (_name, over, expected) => {
    expect(codes(over)).toEqual(expected);
  });
  it("names the chair seat in its refusals", () => {
    const d = decideConfirmChair({ ...base, holders: [holder("r", ["researcher"], ["applied_ai"])] });
    expect(d.ok ? [] : d.reasons.map((r) => r.message)).toEqual([
      "Seat 2 (applied AI engineer, chair): r does not hold the reviewer role.",
    ]);
  });
});
