import { describe, expect, it } from "vitest";
import { emptyCardContent, type CardContent } from "./card-content";
import { EDITABLE_CARD_SECTION_KEYS, sectionValue } from "./card-diff";
import { markdownToSection, sectionToMarkdown } from "./card-markdown";

const full: CardContent = {
  ...emptyCardContent,
  tldr: "A classifier.\n\n    indented code",
  intendedUse: "Triage.",
  unacceptableUse: "",
  dataFindings: "Skewed.",
  dataSources: [{ name: "MIMIC", version: "4", owner: "PhysioNet", datasheetUrl: "https://x.test/ds" }],
  trainingConditions: "GPU",
  links: { code: "https://git.test/a", project: "", requirements: "https://x.test/r" },
  coupledComponents: "None.",
  caveats: "Bias.",
};

describe("card sections as Markdown", () => {
  it.each([emptyCardContent, full])("round-trips every section", (content) => {
    for (const key of EDITABLE_CARD_SECTION_KEYS) {
      const parsed = markdownToSection(key, sectionToMarkdown(content, key));
      expect(parsed, key).toEqual({ ok: true, value: sectionValue(content, key) });
    }
  });

  it("reads a one-field section as its text", () => {
    expect(markdownToSection("caveats", "Edge cases\r\n\n")).toEqual({ ok: true, value: { caveats: "Edge cases" } });
  });

  it.each(["Just text", "### Unacceptable uses\n\nx\n\n### Intended uses\n\ny"])(
    "refuses a multi-field section without its sub-headings in order: %s",
    (body) => {
      const d = markdownToSection("intended_use", body);
      expect(d).toMatchObject({ ok: false, reasons: [{ code: "card_section_headings", field: "body" }] });
    },
  );
});
