import { describe, expect, it } from "vitest";
import { defaultEthicsTemplate, ethicsReasons, ethicsTemplateReasons, type EthicsResponse } from "./ethics";

const items = defaultEthicsTemplate.items;
const full: EthicsResponse[] = items.map((i) => ({ key: i.key, answer: "yes", note: "Reviewed." }));

describe("ethics checklist", () => {
  it("the default template covers the rules' topics and is valid", () => {
    expect(items.map((i) => i.key)).toEqual([
      "data_consent",
      "bias_impact",
      "privacy_security",
      "transparency",
      "human_oversight",
      "regulatory",
      "misuse",
    ]);
    expect(ethicsTemplateReasons(defaultEthicsTemplate)).toEqual([]);
  });

  it.each<[string, EthicsResponse[], string[]]>([
    ["complete", full, []],
    [
      "n/a with a note",
      full.map((a, i) => (i === 0 ? { ...a, answer: "not_applicable", note: "No personal data." } : a)),
      [],
    ],
    ["no without a note", full.map((a, i) => (i === 0 ? { key: a.key, answer: "no" } : a)), ["ethics_note_missing"]],
    [
      "yes without a note (every answer needs one)",
      full.map((a, i) => (i === 0 ? { ...a, note: " " } : a)),
      ["ethics_note_missing"],
    ],
    ["unanswered item", full.slice(0, -1), ["ethics_unanswered"]],
    [
      "invalid answer",
      full.map((a, i) => (i === 0 ? { ...a, answer: "maybe" as "yes" } : a)),
      ["ethics_answer_invalid"],
    ],
  ])("%s", (_n, answers, expected) => {
    expect(ethicsReasons(items, answers).map((r) => r.code)).toEqual(expected);
  });

  it.each<[string, typeof defaultEthicsTemplate, string[]]>([
    ["empty", { version: 2, items: [] }, ["ethics_template_empty"]],
    ["bad version", { ...defaultEthicsTemplate, version: 0 }, ["ethics_template_version"]],
    ["bad key and label", { version: 2, items: [{ key: "Bad", label: "" }] }, ["ethics_item_key", "ethics_item_label"]],
    ["duplicate key", { version: 2, items: [items[0]!, items[0]!] }, ["ethics_item_duplicate"]],
  ])("template refusal: %s", (_n, template, expected) => {
    expect(ethicsTemplateReasons(template).map((r) => r.code)).toEqual(expected);
  });
});
