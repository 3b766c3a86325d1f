import { describe, expect, it } from "vitest";
import { emptyCardContent, type CardContent } from "./card-content";
import { decideCardHold, decideCardPublish, heldEditState, type HeldEdit } from "./card-held-edits";

const card = (patch: Partial<CardContent>): CardContent => ({ ...emptyCardContent, ...patch });
const v1 = card({ tldr: "First.", caveats: "Few scanners.", modelInfo: "A CNN." });
const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : d.reasons!.map((r) => r.code));
const held = (patch: Partial<HeldEdit> & Pick<HeldEdit, "section" | "value">): HeldEdit => ({
  baseNumber: 1,
  base: v1,
  ...patch,
});

describe("decideCardPublish", () => {
  it("applies every held section as one revision, in the card's order", () => {
    const d = decideCardPublish({
      held: [
        held({ section: "caveats", value: { caveats: "Many." } }),
        held({ section: "tldr", value: { tldr: "Two." } }),
      ],
      current: { number: 1, content: v1 },
    });
    expect(d).toEqual({
      ok: true,
      value: {
        content: { ...v1, tldr: "Two.", caveats: "Many." },
        changedSections: ["tldr", "caveats"],
        rebased: false,
      },
    });
  });

  it("rebases onto changes to other sections made since the edits were held", () => {
    const v2 = { ...v1, modelInfo: "A transformer." };
    const d = decideCardPublish({
      held: [held({ section: "tldr", value: { tldr: "Two." } })],
      current: { number: 2, content: v2 },
    });
    expect(d.ok && d.value).toEqual({ content: { ...v2, tldr: "Two." }, changedSections: ["tldr"], rebased: true });
  });

  it("refuses the whole publish when a held section changed meanwhile, naming every such section", () => {
    const v2 = { ...v1, tldr: "Theirs.", caveats: "Theirs too." };
    const d = decideCardPublish({
      held: [
        held({ section: "tldr", value: { tldr: "Mine." } }),
        held({ section: "caveats", value: { caveats: "Mine too." } }),
        held({ section: "model_info", value: { modelInfo: "Mine as well." } }),
      ],
      current: { number: 2, content: v2 },
    });
    expect(codes(d)).toEqual(["card_held_conflict"]);
    expect(d.ok ? "" : d.reasons[0]!.message).toMatch(/"TL;DR" and "Caveats.*" since you held them \(now revision 2\)/);
  });

  it("refuses a held edit whose base revision is unknown", () => {
    const d = decideCardPublish({
      held: [held({ section: "tldr", value: { tldr: "Mine." }, baseNumber: 5, base: null })],
      current: { number: 2, content: v1 },
    });
    expect(codes(d)).toEqual(["card_base_unknown"]);
  });

  it("leaves out held edits that already read like the newest revision", () => {
    const d = decideCardPublish({
      held: [
        held({ section: "tldr", value: { tldr: "First." } }),
        held({ section: "caveats", value: { caveats: "New." } }),
      ],
      current: { number: 1, content: v1 },
    });
    expect(d.ok && d.value.changedSections).toEqual(["caveats"]);
  });

  it("refuses when nothing is held or nothing would change", () => {
    expect(codes(decideCardPublish({ held: [], current: { number: 1, content: v1 } }))).toEqual(["card_nothing_held"]);
    expect(
      codes(
        decideCardPublish({
          held: [held({ section: "tldr", value: { tldr: "First." } })],
          current: { number: 1, content: v1 },
        }),
      ),
    ).toEqual(["card_unchanged"]);
  });

  it("starts a card that was never saved", () => {
    const d = decideCardPublish({
      held: [held({ section: "tldr", value: { tldr: "Hello." }, baseNumber: 0, base: null })],
      current: null,
    });
    expect(d.ok && d.value.content).toEqual(card({ tldr: "Hello." }));
  });
});

describe("heldEditState", () => {
  const current = { number: 2, content: { ...v1, tldr: "Theirs." } };
  it.each([
    [held({ section: "caveats", value: { caveats: "Mine." } }), "ready"],
    [held({ section: "tldr", value: { tldr: "Mine." } }), "conflict"],
    [held({ section: "tldr", value: { tldr: "Theirs." } }), "unchanged"],
    [held({ section: "tldr", value: { tldr: "Mine." }, baseNumber: 3, base: null }), "base_unknown"],
  ] as const)("%o → %s", (edit, state) => {
    expect(heldEditState(edit, current)).toBe(state);
  });
});

describe("decideCardHold", () => {
  it("follows the save rule and says what to do when nothing changed", () => {
    const current = { number: 1, content: v1 };
    expect(decideCardHold({ ...held({ section: "tldr", value: { tldr: "New." } }), current }).ok).toBe(true);
    const same = decideCardHold({ ...held({ section: "tldr", value: { tldr: "First." } }), current });
    expect(same.ok ? "" : same.reasons[0]!.message).toMatch(/Nothing to hold.*Discard the held edit/);
  });
});
