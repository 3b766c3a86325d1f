import { describe, expect, it } from "vitest";
import { diffLevelDefinitions } from "./level-diff";
import { defaultLevelDefinitions, type LevelDefinition, type LevelDefinitions } from "./levels";

const edit = (level: number, change: (d: LevelDefinition) => LevelDefinition): LevelDefinitions => ({
  version: 2,
  levels: defaultLevelDefinitions.levels.map((d) => (d.level === level ? change(structuredClone(d)) : d)),
});

describe("diffLevelDefinitions", () => {
  it("finds nothing between a version and itself", () => {
    expect(diffLevelDefinitions(defaultLevelDefinitions, defaultLevelDefinitions)).toEqual([]);
  });

  it.each([
    [
      "an added criterion",
      (d: LevelDefinition) => ({ ...d, criteria: [...d.criteria, { key: "risk_register", label: "Risk register" }] }),
      { criteria: { added: [{ key: "risk_register", label: "Risk register" }], removed: [], changed: [] } },
    ],
    [
      "a removed criterion",
      (d: LevelDefinition) => ({ ...d, criteria: d.criteria.slice(1) }),
      { criteria: { added: [], removed: [{ key: "principles_plan", label: expect.any(String) }], changed: [] } },
    ],
    [
      "a reworded criterion (same key)",
      (d: LevelDefinition) => ({
        ...d,
        criteria: d.criteria.map((c, i) => (i === 2 ? { ...c, label: "Card begun" } : c)),
      }),
      {
        criteria: {
          added: [],
          removed: [],
          changed: [{ key: "card_started", from: "TRL Card started", to: "Card begun" }],
        },
      },
    ],
    [
      "a seat minimum",
      (d: LevelDefinition) => ({ ...d, seats: { ...d.seats, qa_engineer: 2 } }),
      { seats: [{ discipline: "QA engineer", from: 0, to: 2 }] },
    ],
    [
      "card sections",
      (d: LevelDefinition) => ({ ...d, cardSections: ["summary" as const, "caveats" as const] }),
      { sections: { added: ["Caveats, edge cases, biases and recommendations"], removed: ["TL;DR"] } },
    ],
    [
      "the settings",
      (d: LevelDefinition) => ({ ...d, chairConfirmation: true, overdueDays: 3 }),
      {
        settings: [
          { setting: "Chair confirmation", from: "not required", to: "required" },
          { setting: "Overdue days", from: "7", to: "3" },
        ],
      },
    ],
  ])("reports %s on its level only", (_, change, expected) => {
    const diff = diffLevelDefinitions(defaultLevelDefinitions, edit(0, change));
    expect(diff).toHaveLength(1);
    expect(diff[0]).toMatchObject({ level: 0, name: "First Principles", ...expected });
  });

  it("lists several changed levels in level order", () => {
    const to = edit(5, (d) => ({ ...d, overdueDays: 30 }));
    to.levels = to.levels.map((d) => (d.level === 1 ? { ...d, chairConfirmation: true } : d)).reverse();
    expect(diffLevelDefinitions(defaultLevelDefinitions, to).map((c) => c.level)).toEqual([1, 5]);
  });
});
