import { describe, expect, it } from "vitest";
import { phaseOf, systemLevel } from "./system-level";
import type { ComponentStatus } from "./vocabulary";

const c = (level: number, status: ComponentStatus = "active") => ({ level, status });

describe("systemLevel", () => {
  it.each([
    ["no components", [], null],
    ["only archived", [c(3, "archived")], null],
    ["one component", [c(4)], 4],
    ["lowest active wins", [c(6), c(3), c(8)], 3],
    ["archived ones do not count", [c(6), c(1, "archived")], 6],
    ["level 0 counts", [c(0), c(9)], 0],
  ] as const)("%s", (_n, components, expected) => {
    expect(systemLevel(components)).toBe(expected);
  });
});

describe("phaseOf", () => {
  it.each([
    [0, "research"],
    [2, "research"],
    [3, "prototyping"],
    [5, "prototyping"],
    [6, "productization"],
    [8, "productization"],
    [9, "deployment"],
    [-1, null],
    [10, null],
    [2.5, null],
  ] as const)("level %s → %s", (level, phase) => {
    expect(phaseOf(level)).toBe(phase);
  });
});
