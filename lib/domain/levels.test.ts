import { describe, expect, it } from "vitest";
import { validateLevelDefinitions } from "./level-validation";
import {
  DEFAULT_OVERDUE_DAYS,
  LEVEL_DEFINITIONS_VERSION,
  defaultLevelDefinitions,
  levelDefinition,
  overdueDaysOf,
  type LevelDefinitions,
} from "./levels";

const codes = (defs: unknown) => {
  const d = validateLevelDefinitions(defs);
  return d.ok ? [] : d.reasons.map((r) => r.code);
};
const edit = (f: (d: LevelDefinitions) => void) => {
  const copy = structuredClone(defaultLevelDefinitions);
  f(copy);
  return copy;
};

describe("default level definitions", () => {
  it("are valid, version 1, levels 0..9 in order", () => {
    expect(validateLevelDefinitions(defaultLevelDefinitions).ok).toBe(true);
    expect(defaultLevelDefinitions.version).toBe(LEVEL_DEFINITIONS_VERSION);
    expect(defaultLevelDefinitions.levels.map((l) => l.level)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each([
    [0, "First Principles", "research", 3, null],
    [1, "Goal-Oriented Research", "research", 3, null],
    [2, "Proof of Principle", "research", 3, "research_path"],
    [3, "System Development", "prototyping", 5, null],
    [4, "Proof of Concept", "prototyping", 5, "continuation"],
    [5, "ML Capability", "prototyping", 4, null],
    [6, "Application Development", "productization", 5, null],
    [7, "Integrations", "productization", 6, null],
    [8, "Flight-ready", "productization", 4, "deployment"],
    [9, "Deployment", "deployment", 3, null],
  ] as const)("level %i is %s (%s), %i criteria, key decision %s", (level, name, phase, criteria, key) => {
    const d = levelDefinition(defaultLevelDefinitions, level)!;
    expect(d).toMatchObject({ name, phase, keyDecision: key });
    expect(d.criteria).toHaveLength(criteria);
  });

  it("never drops a required card section on the way up, and never requires debriefs", () => {
    for (let n = 1; n <= 9; n++) {
      const prev = levelDefinition(defaultLevelDefinitions, n - 1)!.cardSections;
      expect(levelDefinition(defaultLevelDefinitions, n)!.cardSections).toEqual(expect.arrayContaining(prev));
    }
    expect(defaultLevelDefinitions.levels.some((l) => l.cardSections.includes("debriefs"))).toBe(false);
    expect(levelDefinition(defaultLevelDefinitions, 0)!.cardSections).toEqual(["summary", "tldr"]);
  });

  it("level 9 requires no seats", () => {
    expect(levelDefinition(defaultLevelDefinitions, 9)!.seats).toEqual({});
  });

  it("round-trips through JSON (the DB stores admin versions as JSON)", () => {
    expect(validateLevelDefinitions(JSON.parse(JSON.stringify(defaultLevelDefinitions))).ok).toBe(true);
  });
});

describe("validateLevelDefinitions refusals", () => {
  const cases: [string, unknown, string[]][] = [
    ["not an object", "nope", ["defs_shape"]],
    ["bad version", edit((d) => void (d.version = 0)), ["defs_version"]],
    ["missing level", edit((d) => void d.levels.pop()), ["level_missing"]],
    ["duplicate level", edit((d) => void d.levels.push(structuredClone(d.levels[0]!))), ["level_duplicate"]],
    ["level out of range", edit((d) => void (d.levels[0]!.level = 12)), ["level_missing", "level_number"]],
    ["empty name", edit((d) => void (d.levels[1]!.name = " ")), ["level_name"]],
    ["wrong phase", edit((d) => void (d.levels[3]!.phase = "research")), ["level_phase"]],
    ["moved key decision", edit((d) => void (d.levels[3]!.keyDecision = "continuation")), ["level_key_decision"]],
    ["dropped key decision", edit((d) => void (d.levels[2]!.keyDecision = null)), ["level_key_decision"]],
    ["no criteria", edit((d) => void (d.levels[4]!.criteria = [])), ["criteria_empty"]],
    ["bad criterion key", edit((d) => void (d.levels[4]!.criteria[0]!.key = "Bad Key")), ["criterion_key"]],
    ["empty criterion label", edit((d) => void (d.levels[4]!.criteria[0]!.label = "")), ["criterion_label"]],
    [
      "duplicate criterion key",
      edit((d) => void d.levels[4]!.criteria.push({ ...d.levels[4]!.criteria[0]! })),
      ["criterion_key_duplicate"],
    ],
    [
      "unknown discipline",
      edit((d) => void ((d.levels[4]!.seats as Record<string, number>).wizard = 1)),
      ["seat_discipline"],
    ],
    ["fractional seat count", edit((d) => void (d.levels[4]!.seats.applied_ai = 1.5)), ["seat_count"]],
    ["no seats on a gate", edit((d) => void (d.levels[4]!.seats = {})), ["seats_empty"]],
    ["seats on level 9", edit((d) => void (d.levels[9]!.seats = { qa_engineer: 1 })), ["seats_on_last_level"]],
    [
      "unknown card section",
      edit((d) => void (d.levels[0]!.cardSections as string[]).push("appendix")),
      ["section_unknown"],
    ],
    ["duplicate card section", edit((d) => void d.levels[0]!.cardSections.push("tldr")), ["section_duplicate"]],
    [
      "chair confirmation not a boolean",
      edit((d) => void ((d.levels[5] as Record<string, unknown>).chairConfirmation = "yes")),
      ["level_chair_confirmation"],
    ],
    ["overdue days zero", edit((d) => void (d.levels[2]!.overdueDays = 0)), ["level_overdue_days"]],
    ["overdue days fractional", edit((d) => void (d.levels[2]!.overdueDays = 2.5)), ["level_overdue_days"]],
    ["overdue days over a year", edit((d) => void (d.levels[2]!.overdueDays = 400)), ["level_overdue_days"]],
    [
      "overdue days a string",
      edit((d) => void ((d.levels[2] as Record<string, unknown>).overdueDays = "7")),
      ["level_overdue_days"],
    ],
  ];
  it.each(cases)("%s", (_name, defs, expected) => {
    expect(codes(defs)).toEqual(expected);
  });

  it("accepts admin edits of names, criteria, seats and sections", () => {
    const defs = edit((d) => {
      d.version = 2;
      d.levels[3]!.name = "Prototype";
      d.levels[3]!.criteria.push({ key: "threat_model", label: "Threat model written" });
      d.levels[3]!.seats = { applied_ai: 2, software_engineer: 1, domain_expert: 1 };
      d.levels[3]!.cardSections = ["summary"];
    });
    expect(validateLevelDefinitions(defs).ok).toBe(true);
  });
});

describe("chair confirmation setting", () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [n, n >= 4 && n <= 8] as const))(
    "level %i defaults to %s",
    (n, on) => {
      expect(levelDefinition(defaultLevelDefinitions, n)!.chairConfirmation).toBe(on);
    },
  );

  it("a stored set written before the setting existed reads with the default", () => {
    const old = edit((d) => d.levels.forEach((l) => delete (l as Partial<typeof l>).chairConfirmation));
    const checked = validateLevelDefinitions(JSON.parse(JSON.stringify(old)));
    expect(checked.ok && checked.value.levels.map((l) => l.chairConfirmation)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it("an admin may turn it on below L4 or off above", () => {
    const defs = edit((d) => {
      d.levels[2]!.chairConfirmation = true;
      d.levels[6]!.chairConfirmation = false;
    });
    const checked = validateLevelDefinitions(defs);
    expect(
      checked.ok && [checked.value.levels[2]!.chairConfirmation, checked.value.levels[6]!.chairConfirmation],
    ).toEqual([true, false]);
  });
});

describe("overdue days setting", () => {
  it("a stored set written before the setting existed reads 7 days everywhere", () => {
    const old = edit((d) => d.levels.forEach((l) => delete (l as Partial<typeof l>).overdueDays));
    const checked = validateLevelDefinitions(JSON.parse(JSON.stringify(old)));
    expect(checked.ok && new Set(checked.value.levels.map((l) => l.overdueDays))).toEqual(new Set([7]));
  });

  it("names the field of each refusal, so the editor shows it where the admin typed", () => {
    const defs = edit((d) => {
      d.levels[1]!.overdueDays = 0;
      d.levels[1]!.criteria[0]!.label = "";
      d.levels[1]!.seats = { researcher: -1 };
    });
    const checked = validateLevelDefinitions(defs);
    expect(checked.ok ? [] : checked.reasons.map((r) => r.field)).toEqual([
      "levels.1.overdueDays",
      "levels.1.criteria.0.label",
      "levels.1.seats.researcher",
      "levels.1.seats",
    ]);
  });
});

describe("overdueDaysOf", () => {
  const edited: LevelDefinitions = {
    ...defaultLevelDefinitions,
    levels: defaultLevelDefinitions.levels.map((d) => (d.level === 3 ? { ...d, overdueDays: 2 } : d)),
  };
  it.each<[string, LevelDefinitions | null, number, number]>([
    ["the level's own setting", edited, 3, 2],
    ["another level keeps the default", edited, 4, DEFAULT_OVERDUE_DAYS],
    ["no stored definitions: the default", null, 3, DEFAULT_OVERDUE_DAYS],
    ["a level the set lacks: the default", { version: 9, levels: [] }, 3, DEFAULT_OVERDUE_DAYS],
  ])("%s", (_name, defs, level, days) => {
    expect(overdueDaysOf(defs, level)).toBe(days);
  });
});
