import { describe, expect, it } from "vitest";
import { MAX_ITEM_KEY_LENGTH, keyFromLabel } from "./item-keys";

const KEY = /^[a-z][a-z0-9_]*$/;

describe("keyFromLabel", () => {
  it.each([
    ["Human oversight is defined", [], "human_oversight_is_defined"],
    ["  Données: privées?  ", [], "donnees_privees"],
    ["3 data sources", [], "item_3_data_sources"],
    ["???", [], "item"],
    ["Maths reviewed", ["maths_reviewed"], "maths_reviewed_2"],
    ["Maths reviewed", ["maths_reviewed", "maths_reviewed_2"], "maths_reviewed_3"],
  ])("%j (taken %j) → %s", (label, taken, expected) => {
    expect(keyFromLabel(label, taken)).toBe(expected);
  });

  it("keeps a long label's key within the limit, cut at a word boundary, and valid", () => {
    const label = "The potential for misuse of the model by third parties was assessed and documented with mitigations";
    const key = keyFromLabel(label);
    expect(key.length).toBeLessThanOrEqual(MAX_ITEM_KEY_LENGTH);
    expect(key).toMatch(KEY);
    expect(key.endsWith("_")).toBe(false);
    expect(label.toLowerCase().replaceAll(" ", "_").startsWith(key)).toBe(true);
  });

  it("dedupes a long key with a suffix that still fits", () => {
    const label = "x".repeat(80);
    const first = keyFromLabel(label);
    const second = keyFromLabel(label, [first]);
    expect([first.length, second.length]).toEqual([60, 60]);
    expect(second).not.toBe(first);
    expect(second).toMatch(/_2$/);
  });
});
