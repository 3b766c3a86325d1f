import { describe, expect, it } from "vitest";
import { emptyCardContent } from "./card-content";
import { cardSectionsFilled } from "./card-sections";

describe("cardSectionsFilled", () => {
  it("counts the summary even before the card was ever saved", () => {
    expect(cardSectionsFilled({ content: null, requirementCount: 0, hasDebrief: false })).toEqual(["summary"]);
  });
  it("counts requirements once one exists, and debriefs once one is recorded", () => {
    expect(cardSectionsFilled({ content: null, requirementCount: 1, hasDebrief: true })).toEqual([
      "summary",
      "requirements",
      "debriefs",
    ]);
  });
  it("adds the stored sections whose fields are all filled, in card order", () => {
    const content = {
      ...emptyCardContent,
      tldr: "A detector.",
      caveats: "Night images.",
      intendedUse: "Triage",
      unacceptableUse: "",
    };
    expect(cardSectionsFilled({ content, requirementCount: 0, hasDebrief: false })).toEqual([
      "summary",
      "tldr",
      "caveats",
    ]);
  });
  it("ignores whitespace-only text", () => {
    expect(
      cardSectionsFilled({ content: { ...emptyCardContent, tldr: "   " }, requirementCount: 0, hasDebrief: false }),
    ).toEqual(["summary"]);
  });
});
