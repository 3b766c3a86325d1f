import { describe, expect, it } from "vitest";
import {
  assertTransition,
  currentLevel,
  currentLevels,
  decideGraduation,
  validateTransitionSequence,
  type Transition,
} from "./transitions";
import type { TransitionKind } from "./vocabulary";

describe("assertTransition (levels rise only by graduation, by one)", () => {
  it.each<[number | null, number, TransitionKind, string | null]>([
    [null, 0, "start", null],
    [null, 3, "start", null],
    [null, 9, "start", null],
    [null, 10, "start", "level_invalid"],
    [2, 3, "start", "start_not_new"],
    [null, 1, "graduation", "transition_without_start"],
    [3, 4, "graduation", null],
    [3, 5, "graduation", "level_skip"],
    [3, 3, "graduation", "level_skip"],
    [9, 10, "graduation", "level_invalid"],
    [4, 2, "discovery", null],
    [4, 0, "review", null],
    [4, 5, "discovery", "level_not_lower"],
    [4, 4, "review", "level_not_lower"],
    [4, 2, "embedded", null],
    [9, 4, "embedded", null],
    [9, 7, "embedded", null],
    [5, 3, "embedded", "embedded_path_invalid"],
    [7, 8, "embedded", "level_not_lower"],
  ])("%s → %s by %s", (from, to, kind, code) => {
    const d = assertTransition(from, to, kind);
    expect(d.ok ? null : d.reasons[0]!.code).toBe(code);
  });
});

const t = (componentId: string, kind: TransitionKind, fromLevel: number | null, toLevel: number): Transition => ({
  componentId,
  kind,
  fromLevel,
  toLevel,
});

describe("transition sequences", () => {
  const history = [
    t("a", "start", null, 3),
    t("b", "start", null, 0),
    t("a", "graduation", 3, 4),
    t("a", "embedded", 4, 2),
    t("b", "graduation", 0, 1),
  ];
  it("derives current levels from the append-only list", () => {
    expect(currentLevels(history)).toEqual(
      new Map([
        ["a", 2],
        ["b", 1],
      ]),
    );
    expect(currentLevel(history, "a")).toBe(2);
    expect(currentLevel(history, "zz")).toBeNull();
  });
  it("accepts a valid history", () => {
    expect(validateTransitionSequence(history).ok).toBe(true);
  });
  it.each<[string, Transition[], string[]]>([
    ["skip upwards", [t("a", "start", null, 3), t("a", "graduation", 3, 5)], ["level_skip"]],
    ["no start", [t("a", "graduation", 3, 4)], ["transition_out_of_sequence"]],
    ["first record is not a start", [t("a", "discovery", null, 2)], ["transition_without_start"]],
    ["second start", [t("a", "start", null, 3), t("a", "start", null, 6)], ["transition_out_of_sequence"]],
    [
      "leaves from the wrong level",
      [t("a", "start", null, 3), t("a", "graduation", 4, 5)],
      ["transition_out_of_sequence"],
    ],
  ])("refuses: %s", (_n, seq, expected) => {
    const d = validateTransitionSequence(seq);
    expect(d.ok ? [] : d.reasons.map((r) => r.code)).toEqual(expected);
  });
});

describe("decideGraduation", () => {
  const review = { id: "r1", status: "open" as const, level: 3, componentIds: ["a", "b"] };
  const components = [
    { id: "a", level: 3 },
    { id: "b", level: 3 },
  ];
  it("moves every reviewed component from N to N+1", () => {
    expect(decideGraduation({ review, outcome: { status: "graduated" }, components })).toEqual({
      ok: true,
      value: [
        { componentId: "a", kind: "graduation", fromLevel: 3, toLevel: 4, reviewId: "r1" },
        { componentId: "b", kind: "graduation", fromLevel: 3, toLevel: 4, reviewId: "r1" },
      ],
    });
  });
  it.each<[string, Parameters<typeof decideGraduation>[0], string[]]>([
    [
      "already graduated (second, concurrent decision)",
      { review: { ...review, status: "graduated" }, outcome: { status: "graduated" }, components },
      ["review_not_open"],
    ],
    [
      "outcome still pending",
      { review, outcome: { status: "pending", awaitingUserIds: ["x"] }, components },
      ["outcome_not_graduated"],
    ],
    ["outcome returned", { review, outcome: { status: "returned", tasks: [] }, components }, ["outcome_not_graduated"]],
    [
      "a component already moved",
      {
        review,
        outcome: { status: "graduated" },
        components: [
          { id: "a", level: 4 },
          { id: "b", level: 3 },
        ],
      },
      ["component_already_moved"],
    ],
    [
      "a component missing",
      { review, outcome: { status: "graduated" }, components: [{ id: "a", level: 3 }] },
      ["component_unknown"],
    ],
  ])("refuses: %s", (_n, input, expected) => {
    const d = decideGraduation(input);
    expect(d.ok ? [] : d.reasons.map((r) => r.code)).toEqual(expected);
  });
});
