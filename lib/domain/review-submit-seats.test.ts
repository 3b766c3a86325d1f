import { describe, expect, it } from "vitest";
import { defaultLevelDefinitions } from "./levels";
import type { Seat } from "./panel";
import { decideSubmit, type SubmitSnapshot } from "./review-submit";
import { codes, HOLDERS, validSnapshot } from "./review-submit-fixtures";
import type { SeatHolder } from "./seat-eligibility";

describe("decideSubmit re-checks who sits in each seat", () => {
  const holder = (userId: string, over: Partial<SeatHolder>): SeatHolder => ({
    ...HOLDERS.find((h) => h.userId === userId)!,
    ...over,
  });
  const L1 = validSnapshot(1);
  const [lead, researcher] = L1.seats as [Seat, Seat];
  const withHolder = (h: SeatHolder) => ({ ...L1, seatHolders: [...HOLDERS.filter((x) => x.userId !== h.userId), h] });
  const cases: [string, SubmitSnapshot, { code: string; message: string }[]][] = [
    [
      "a researcher-only user as research lead",
      withHolder(holder(lead.userId, { name: "Lena", roles: ["researcher", "reviewer"], disciplines: ["researcher"] })),
      [
        {
          code: "seat_discipline_not_held",
          message:
            "Seat 1 (research lead, chair): Lena does not hold the research lead discipline (holds: researcher).",
        },
      ],
    ],
    [
      "a QA engineer as researcher",
      withHolder(holder(researcher.userId, { name: "Grace", disciplines: ["qa_engineer"] })),
      [
        {
          code: "seat_discipline_not_held",
          message: "Seat 2 (researcher): Grace does not hold the researcher discipline (holds: QA engineer).",
        },
      ],
    ],
    [
      "a researcher without the reviewer role",
      withHolder(holder(researcher.userId, { name: "Jonas", roles: ["researcher"] })),
      [{ code: "seat_holder_not_reviewer", message: "Seat 2 (researcher): Jonas does not hold the reviewer role." }],
    ],
    [
      "a manager without the reviewer role as chair",
      withHolder(holder(lead.userId, { name: "Priya", roles: ["manager"] })),
      [
        {
          code: "seat_holder_not_reviewer",
          message: "Seat 1 (research lead, chair): Priya does not hold the reviewer role.",
        },
      ],
    ],
    [
      "an admin, even with the reviewer role",
      withHolder(holder(researcher.userId, { name: "Morgan", roles: ["admin", "reviewer"] })),
      [
        {
          code: "seat_holder_admin",
          message: "Seat 2 (researcher): Morgan is an admin, and admins do not sit on panels or vote.",
        },
      ],
    ],
    [
      "a person deactivated since seating",
      withHolder(holder(researcher.userId, { name: "Kofi", active: false })),
      [{ code: "seat_user_unknown", message: "Seat 2 (researcher): Kofi does not exist or is deactivated." }],
    ],
    [
      "a person with no discipline and no reviewer role",
      withHolder(holder(researcher.userId, { name: "Sam", roles: [], disciplines: [] })),
      [
        { code: "seat_holder_not_reviewer", message: "Seat 2 (researcher): Sam does not hold the reviewer role." },
        {
          code: "seat_discipline_not_held",
          message: "Seat 2 (researcher): Sam does not hold the researcher discipline (holds no discipline).",
        },
      ],
    ],
  ];
  it.each(cases)("refuses %s, naming the seat and why", (_name, snapshot, expected) => {
    const d = decideSubmit(snapshot);
    expect(d.ok ? [] : d.reasons.map(({ code, message }) => ({ code, message }))).toEqual(expected);
  });
});

describe("decideSubmit and chair confirmation", () => {
  const unconfirmed = (s: SubmitSnapshot) => ({ ...s, seats: s.seats.map((x) => ({ ...x, chairConfirmed: false })) });
  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => [n, n >= 4] as const))(
    "level %i with an unconfirmed chair is refused: %s",
    (level, refused) => {
      expect(codes(unconfirmed(validSnapshot(level)))).toEqual(refused ? ["chair_unconfirmed"] : []);
    },
  );

  it("names the chair seat and who must confirm it", () => {
    const s = unconfirmed(validSnapshot(4));
    const d = decideSubmit({ ...s, seats: s.seats.map((x) => (x.isChair ? { ...x, name: "Ravi" } : x)) });
    expect(d.ok ? "" : d.reasons[0]!.message).toBe(
      "Seat 1 (applied AI engineer, chair): Ravi is the proposed chair; level 4 needs the chair confirmed by a manager or an admin before the review opens.",
    );
  });

  it("follows the level's setting, not the level number", () => {
    const defs = structuredClone(defaultLevelDefinitions);
    defs.levels[2]!.chairConfirmation = true;
    defs.levels[5]!.chairConfirmation = false;
    expect(codes({ ...unconfirmed(validSnapshot(2)), definitions: defs })).toEqual(["chair_unconfirmed"]);
    expect(codes({ ...unconfirmed(validSnapshot(5)), definitions: defs })).toEqual([]);
  });
});
