import { describe, expect, it } from "vitest";
import { changedSections, missingSections, sectionPatch } from "./card-sync";

const base = [
  { key: "summary", title: "Summary", body: "Links." },
  { key: "ethics", title: "Ethics", body: "" },
];

describe("changedSections", () => {
  it("finds nothing when the file is as pulled, so a push without edits sends nothing", () => {
    expect(changedSections(base, base)).toEqual([]);
  });

  it("returns only the sections whose body changed, with the card's title", () => {
    const file = [
      { key: "summary", title: "Renamed by hand", body: "Links." },
      { key: "ethics", title: "Ethics", body: "Reviewed." },
    ];
    expect(changedSections(file, base)).toEqual([{ key: "ethics", title: "Ethics", body: "Reviewed." }]);
  });

  it("counts whitespace as a change (the text is stored as written)", () => {
    expect(changedSections([{ key: "summary", title: "Summary", body: "Links.\n" }], base)).toHaveLength(1);
  });

  it("refuses a section key the card does not have and names the ones it has", () => {
    expect(() => changedSections([{ key: "nope", title: "N", body: "" }], base)).toThrow(/no section "nope"/);
  });

  it("leaves a section the file dropped alone and reports it", () => {
    const file = [{ key: "summary", title: "Summary", body: "Links." }];
    expect(changedSections(file, base)).toEqual([]);
    expect(missingSections(file, base)).toEqual(["ethics"]);
  });
});

describe("sectionPatch", () => {
  it("is a unified diff named after the section", () => {
    const patch = sectionPatch({ key: "ethics", from: "a\nb", to: "a\nc", fromLabel: "current", toLabel: "yours" });
    expect(patch).toContain("--- ethics\tcurrent");
    expect(patch).toContain("+++ ethics\tyours");
    expect(patch).toContain("-b\n+c");
  });
});
