import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCard, parseCard, withRevision, type CardFile } from "./card-format";

const card: CardFile = {
  project: "fraud-model",
  revision: 7,
  level: 4,
  server: "https://mltrl.example.com",
  sections: [
    { key: "summary", title: "Summary", body: "Links.\n" },
    { key: "intendedUse", title: "Intended uses", body: "" },
    { key: "ethics", title: "Ethics", body: "## Not a section\n---\nproject: evil\n---" },
  ],
};

describe("formatCard", () => {
  it("writes front matter, a marker and a `## Title` heading per section", () => {
    const text = formatCard(card);
    expect(
      text.startsWith("---\nproject: fraud-model\nrevision: 7\nlevel: 4\nserver: https://mltrl.example.com\n---\n"),
    ).toBe(true);
    expect(text).toContain('<!-- mltrl:section key="intendedUse" -->\n## Intended uses\n\n');
    expect(text.endsWith("---\n")).toBe(true);
  });

  it("escapes a body line that looks like a marker and restores it on parse", () => {
    const body = '<!-- mltrl:section key="summary" -->\n\\<!-- mltrl:section key="x" -->';
    const text = formatCard({
      ...card,
      sections: [
        { key: "a", title: "A", body },
        { key: "b", title: "B", body: "" },
      ],
    });
    expect(text).toContain('\\<!-- mltrl:section key="summary" -->\n\\\\<!-- mltrl:section');
    expect(parseCard(text).sections.map((s) => s.key)).toEqual(["a", "b"]);
    expect(parseCard(text).sections[0]!.body).toBe(body);
  });

  it("refuses a section key the marker cannot hold", () => {
    expect(() => formatCard({ ...card, sections: [{ key: 'a" --', title: "A", body: "" }] })).toThrow(/key/);
  });

  it("writes an empty level as null and reads it back", () => {
    expect(parseCard(formatCard({ ...card, level: null })).level).toBeNull();
  });
});

describe("parseCard", () => {
  it("reads back what formatCard wrote", () => {
    expect(parseCard(formatCard(card))).toEqual(card);
  });

  it.each([
    ["no front matter", "# Card\n", /front matter/],
    ["front matter without a project", "---\nrevision: 1\nserver: x\n---\n", /project/],
    ["a revision that is not a number", "---\nproject: p\nrevision: seven\nserver: x\n---\n", /revision/],
    ["invalid YAML", "---\nproject: [\n---\n", /YAML/],
    [
      "a marker without its heading",
      '---\nproject: p\nrevision: 1\nserver: x\n---\n<!-- mltrl:section key="a" -->\ntext\n',
      /Title/,
    ],
    [
      "a section twice",
      '---\nproject: p\nrevision: 1\nserver: x\n---\n<!-- mltrl:section key="a" -->\n## A\n<!-- mltrl:section key="a" -->\n## A\n',
      /twice/,
    ],
  ])("refuses %s", (_name, text, message) => {
    expect(() => parseCard(text)).toThrow(message);
  });

  it("tolerates a hand edit that dropped the blank line after a heading", () => {
    const text = '---\nproject: p\nrevision: 1\nserver: x\n---\n<!-- mltrl:section key="a" -->\n## A\nNew text\n';
    expect(parseCard(text).sections[0]!.body).toBe("New text");
  });
});

describe("withRevision", () => {
  it("changes only the revision line of the front matter", () => {
    const text = formatCard(card).replace("Links.", "Links, edited by hand.\nrevision: 99");
    const updated = withRevision(text, 9);
    expect(updated).toBe(text.replace("revision: 7", "revision: 9"));
    expect(parseCard(updated).revision).toBe(9);
  });
});

// Bodies built from the pieces most likely to confuse a parser, mixed with arbitrary text.
const tricky = fc.constantFrom(
  "## ",
  "## Summary",
  "---",
  "project: other",
  "revision: 1",
  "<!-- mltrl:",
  '<!-- mltrl:section key="summary" -->',
  "\\",
  "\n",
  "\n\n",
  "\r\n",
  " ",
  "```",
);
const body = fc.array(fc.oneof(fc.string(), tricky), { maxLength: 12 }).map((parts) => parts.join(""));
const key = fc.stringMatching(/^[A-Za-z0-9_.:-]{1,12}$/);
const title = fc.string().map((t) => t.replace(/[\r\n]/g, ""));

describe("format → parse", () => {
  it("is the identity for arbitrary section bodies", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ key, title, body }), { selector: (s) => s.key, maxLength: 6 }),
        fc.nat(),
        fc.option(fc.nat({ max: 9 })),
        (sections, revision, level) => {
          const file: CardFile = { project: "p", revision, level, server: "https://x.example", sections };
          expect(parseCard(formatCard(file))).toEqual(file);
        },
      ),
      { numRuns: 300 },
    );
  });
});
