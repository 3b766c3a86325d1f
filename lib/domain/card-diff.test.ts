import { describe, expect, it } from "vitest";
import { emptyCardContent, type CardContent } from "./card-content";
import {
  cardDiff,
  changedCardSections,
  decideCardRestore,
  decideCardSave,
  fieldText,
  sectionValue,
  sideBySide,
} from "./card-diff";

const card = (patch: Partial<CardContent>): CardContent => ({ ...emptyCardContent, ...patch });
const v1 = card({ tldr: "First.", caveats: "Few scanners." });
const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : d.reasons!.map((r) => r.code));

describe("decideCardSave", () => {
  it("saves on top of the newest revision when the base is current", () => {
    const d = decideCardSave({
      section: "tldr",
      value: { tldr: "Second." },
      baseNumber: 1,
      base: v1,
      current: { number: 1, content: v1 },
    });
    expect(d).toEqual({
      ok: true,
      value: { kind: "save", content: { ...v1, tldr: "Second." }, changedSections: ["tldr"], rebased: false },
    });
  });

  it("starts a card that was never saved", () => {
    const d = decideCardSave({ section: "tldr", value: { tldr: "Hello." }, baseNumber: 0, base: null, current: null });
    expect(d.ok && d.value.kind === "save" && d.value.content.tldr).toBe("Hello.");
  });

  it("rebases onto the newest revision when someone else changed another section, keeping their change", () => {
    const v2 = { ...v1, caveats: "Few scanners; rare tumours." };
    const d = decideCardSave({
      section: "tldr",
      value: { tldr: "Mine." },
      baseNumber: 1,
      base: v1,
      current: { number: 2, content: v2 },
    });
    expect(d).toEqual({
      ok: true,
      value: { kind: "save", content: { ...v2, tldr: "Mine." }, changedSections: ["tldr"], rebased: true },
    });
  });

  it("reports a conflict, with their version, when the same section changed since the base", () => {
    const v2 = { ...v1, tldr: "Theirs." };
    const d = decideCardSave({
      section: "tldr",
      value: { tldr: "Mine." },
      baseNumber: 1,
      base: v1,
      current: { number: 2, content: v2 },
    });
    expect(d).toEqual({ ok: true, value: { kind: "conflict", currentNumber: 2, theirs: { tldr: "Theirs." } } });
  });

  it("treats a section as changed when any of its fields changed (data sources included)", () => {
    const base = card({
      dataFindings: "x",
      dataSources: [{ name: "a", version: "1.0.0", owner: "o", datasheetUrl: "" }],
    });
    const theirs = { ...base, dataSources: [{ name: "a", version: "1.1.0", owner: "o", datasheetUrl: "" }] };
    const value = sectionValue({ ...base, dataFindings: "y" }, "data_considerations");
    const d = decideCardSave({
      section: "data_considerations",
      value,
      baseNumber: 3,
      base,
      current: { number: 4, content: theirs },
    });
    expect(d.ok && d.value.kind).toBe("conflict");
  });

  it("refuses a save that changes nothing, and an unknown base", () => {
    expect(
      codes(
        decideCardSave({
          section: "tldr",
          value: { tldr: "First." },
          baseNumber: 1,
          base: v1,
          current: { number: 1, content: v1 },
        }),
      ),
    ).toEqual(["card_unchanged"]);
    // Both editors typed the same text: nothing left to save, not a conflict.
    const v2 = { ...v1, tldr: "Same." };
    expect(
      codes(
        decideCardSave({
          section: "tldr",
          value: { tldr: "Same." },
          baseNumber: 1,
          base: v1,
          current: { number: 2, content: v2 },
        }),
      ),
    ).toEqual(["card_unchanged"]);
    expect(
      codes(
        decideCardSave({
          section: "tldr",
          value: { tldr: "x" },
          baseNumber: 5,
          base: v1,
          current: { number: 2, content: v1 },
        }),
      ),
    ).toEqual(["card_base_unknown"]);
    expect(
      codes(
        decideCardSave({
          section: "tldr",
          value: { tldr: "x" },
          baseNumber: 1,
          base: null,
          current: { number: 2, content: v1 },
        }),
      ),
    ).toEqual(["card_base_unknown"]);
  });

  it("edits the summary block's links and coupled components as one section", () => {
    const value = {
      links: { code: "https://git.example/x", project: "", requirements: "" },
      coupledComponents: "Upstream OCR.",
    };
    const d = decideCardSave({
      section: "summary",
      value,
      baseNumber: 1,
      base: v1,
      current: { number: 1, content: v1 },
    });
    expect(d.ok && d.value.kind === "save" && d.value.content).toEqual({ ...v1, ...value });
  });
});

describe("decideCardRestore", () => {
  const v2 = { ...v1, tldr: "Second." };
  it("restores an earlier revision as new content, naming the sections it changes", () => {
    expect(
      decideCardRestore({ restore: { number: 1, content: v1 }, baseNumber: 2, current: { number: 2, content: v2 } }),
    ).toEqual({
      ok: true,
      value: { content: v1, changedSections: ["tldr"] },
    });
  });
  it("refuses when the card changed since the user looked, when nothing would change, or for the newest revision", () => {
    expect(
      codes(
        decideCardRestore({ restore: { number: 1, content: v1 }, baseNumber: 1, current: { number: 2, content: v2 } }),
      ),
    ).toEqual(["card_changed_meanwhile"]);
    expect(
      codes(
        decideCardRestore({ restore: { number: 1, content: v1 }, baseNumber: 3, current: { number: 3, content: v1 } }),
      ),
    ).toEqual(["card_unchanged"]);
    expect(
      codes(
        decideCardRestore({ restore: { number: 2, content: v2 }, baseNumber: 2, current: { number: 2, content: v2 } }),
      ),
    ).toEqual(["card_restore_current"]);
  });
});

describe("changedCardSections", () => {
  it("lists sections in reading order; a first save counts every filled section", () => {
    expect(changedCardSections(null, v1)).toEqual(["tldr", "caveats"]);
    expect(changedCardSections(v1, { ...v1, links: { ...v1.links, code: "https://x" }, modelInfo: "CNN" })).toEqual([
      "summary",
      "model_info",
    ]);
    expect(changedCardSections(v1, v1)).toEqual([]);
  });
});

describe("sideBySide", () => {
  it("pairs unchanged lines and puts a replaced block next to its replacement", () => {
    expect(sideBySide("a\nb\nc", "a\nB\nc\nd")).toEqual([
      { left: { text: "a", kind: "same" }, right: { text: "a", kind: "same" } },
      { left: { text: "b", kind: "removed" }, right: { text: "B", kind: "added" } },
      { left: { text: "c", kind: "same" }, right: { text: "c", kind: "same" } },
      { left: { text: "", kind: "empty" }, right: { text: "d", kind: "added" } },
    ]);
  });
  it("shows pure removals with a blank right side and treats CRLF like LF", () => {
    expect(sideBySide("a\r\nb\r\n", "a\n")).toEqual([
      { left: { text: "a", kind: "same" }, right: { text: "a", kind: "same" } },
      { left: { text: "b", kind: "removed" }, right: { text: "", kind: "empty" } },
    ]);
    expect(sideBySide("", "")).toEqual([]);
  });
});

describe("cardDiff and fieldText", () => {
  it("marks changed sections and fields, and renders structured fields as lines", () => {
    const after = { ...v1, dataSources: [{ name: "TCGA", version: "1.0.0", owner: "", datasheetUrl: "https://d" }] };
    const diff = cardDiff(v1, after);
    expect(diff.filter((s) => s.changed).map((s) => s.section)).toEqual(["data_considerations"]);
    const ds = diff.find((s) => s.section === "data_considerations")!.fields.find((f) => f.field === "dataSources")!;
    expect(ds.rows).toEqual([
      { left: { text: "", kind: "empty" }, right: { text: "TCGA · 1.0.0 · — · https://d", kind: "added" } },
    ]);
    expect(fieldText(v1, "links")).toBe("Code: —\nProject page: —\nRequirements: —");
  });
});
