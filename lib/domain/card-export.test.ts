import { describe, expect, it } from "vitest";
import { emptyCardContent } from "./card-content";
import {
  badgeSvg,
  cardId,
  cardToJson,
  cardToMarkdown,
  ethicsStatusLabel,
  levelHistory,
  type CardSnapshot,
} from "./card-export";

const snapshot = (patch: Partial<CardSnapshot> = {}): CardSnapshot => ({
  project: {
    name: "Neuro | copilot",
    slug: "neuro",
    projectId: "P01",
    status: "active",
    systemLevel: 5,
    targetLevel: 6,
    targetDate: "2027-03-01T00:00:00.000Z",
  },
  revision: { number: 6, authorName: "Lena", createdAt: "2026-11-01T10:00:00.000Z", summary: "L5 update." },
  content: {
    ...emptyCardContent,
    tldr: "A **map** of tissue types.",
    modelInfo: "A VAE.",
    intendedUse: "Copilot for neuropathologists.",
    unacceptableUse: "Autonomous diagnosis.",
    testingStatus: "Unit and integration tests.",
    dataFindings: "- Stain varies.",
    dataSources: [{ name: "TCGA", version: "2.0.0", owner: "Jonas", datasheetUrl: "https://d.example/tcga" }],
    trainingConditions: "One V100.",
    caveats: "Rare tumours untested.",
    links: { code: "https://git.example/neuro", project: "javascript:alert(1)", requirements: "" },
    coupledComponents: "Slide scanner export.",
  },
  owners: ["Lena"],
  contributors: ["Jonas"],
  reviewers: ["Hannah"],
  levelHistory: [{ level: 4, revision: 5 }],
  ethics: { state: "incomplete", reviewLevel: 5, reviewStatus: "open", answered: 5, total: 7, templateVersion: 1 },
  components: [
    {
      name: "model",
      kind: "model",
      status: "active",
      level: 5,
      versions: { code: "1.2.0", model: "2.0.0", data: "2.0.0" },
    },
  ],
  requirements: [{ number: 1, kind: "research", statement: "It shall embed.", status: "validated", risk: 1.8 }],
  debriefs: [
    {
      level: 0,
      status: "graduated",
      decidedAt: "2025-01-01T00:00:00.000Z",
      answers: [{ label: "What was learned?", answer: "Data access is slow." }],
    },
  ],
  ...patch,
});

describe("cardToMarkdown", () => {
  it("has every section with its text, the summary block, requirements, versions and debriefs", () => {
    const md = cardToMarkdown(snapshot(), { baseUrl: "https://mltrl.example" });
    for (const heading of [
      "## Summary",
      "## TL;DR",
      "## Requirements",
      "## Model and algorithm",
      "## Intended and unacceptable uses",
      "### Unacceptable uses",
      "## Testing status",
      "## Data considerations",
      "### Training conditions",
      "## Caveats, edge cases, biases and recommendations",
      "## Stage debriefs",
    ]) {
      expect(md).toContain(heading);
    }
    for (const text of [
      "A **map** of tissue types.",
      "A VAE.",
      "Autonomous diagnosis.",
      "Unit and integration tests.",
      "- Stain varies.",
      "| TCGA | 2.0.0 | Jonas | https://d.example/tcga |",
      "One V100.",
      "Rare tumours untested.",
      "Slide scanner export.",
      "1. **R1** (research, validated, risk 1.80): It shall embed.",
      "Data access is slow.",
      "| model | model | L5 | 1.2.0 | 2.0.0 | 2.0.0 | active |",
    ]) {
      expect(md).toContain(text);
    }
    expect(md).toContain("# TRL Card P01.6: Neuro \\| copilot");
    expect(md).toContain("[L4 (revision 5)](https://mltrl.example/projects/neuro/card?revision=5)");
    expect(md).toContain("[code](<https://git.example/neuro>)");
    expect(md).not.toContain("javascript:");
    expect(md).toContain("Incomplete on the level 5 review (open): 5 of 7 items");
  });

  it("says so when the card was never started", () => {
    const md = cardToMarkdown(
      snapshot({ revision: null, content: emptyCardContent, requirements: [], debriefs: [], components: [] }),
      { baseUrl: "" },
    );
    expect(md).toContain("_The TRL Card has not been started yet._");
    expect(md).toContain("_Not written yet._");
    expect(md).toContain("# TRL Card P01: ");
  });
});

describe("cardToJson and cardId", () => {
  it("tags the format and carries the card ID", () => {
    const json = cardToJson(snapshot(), { baseUrl: "https://m" });
    expect(json).toMatchObject({ format: "mltrl-trl-card/1", cardId: "P01.6", url: "https://m/projects/neuro/card" });
    expect(cardId("R02", null)).toBe("R02");
  });
});

describe("levelHistory", () => {
  it("links the last revision written at each earlier level, not the current one", () => {
    const revs = [0, 0, 1, 2, 2, 3, 4, 5, 5].map((systemLevel, i) => ({ number: i + 1, systemLevel }));
    expect(levelHistory(revs, 5)).toEqual([
      { level: 0, revision: 2 },
      { level: 1, revision: 3 },
      { level: 2, revision: 5 },
      { level: 3, revision: 6 },
      { level: 4, revision: 7 },
    ]);
  });
  it("lists only levels below the current one, once each, lowest first", () => {
    // A switchback 3 → 2: level 3 is not an earlier level of an L2 card.
    expect(
      levelHistory(
        [
          { number: 1, systemLevel: null },
          { number: 2, systemLevel: 3 },
        ],
        2,
      ),
    ).toEqual([]);
    // 4 → 2 → 4: the stay at L2 is earlier, the first stay at L4 is the current level's.
    expect(
      levelHistory(
        [
          { number: 1, systemLevel: 4 },
          { number: 2, systemLevel: 2 },
          { number: 3, systemLevel: 4 },
        ],
        4,
      ),
    ).toEqual([{ level: 2, revision: 2 }]);
    // 1 → 3 → 1 → 2 → 3 at L3: the last revision at L1 counts, the L3 runs do not.
    expect(
      levelHistory(
        [1, 3, 1, 2, 3].map((systemLevel, i) => ({ number: i + 1, systemLevel })),
        3,
      ),
    ).toEqual([
      { level: 1, revision: 3 },
      { level: 2, revision: 4 },
    ]);
  });
  it("counts every level as earlier while the system has no level", () => {
    expect(
      levelHistory(
        [
          { number: 1, systemLevel: 0 },
          { number: 2, systemLevel: 1 },
        ],
        null,
      ),
    ).toEqual([
      { level: 0, revision: 1 },
      { level: 1, revision: 2 },
    ]);
  });
});

describe("ethicsStatusLabel", () => {
  it("reads as a sentence", () => {
    expect(ethicsStatusLabel({ state: "none" })).toBe("No review yet");
    expect(
      ethicsStatusLabel({
        state: "complete",
        reviewLevel: 2,
        reviewStatus: "graduated",
        answered: 7,
        total: 7,
        templateVersion: 2,
      }),
    ).toMatch(/^Complete on the level 2 review/);
  });
});

describe("badgeSvg", () => {
  it("shows the level in the phase colour, as valid SVG with a title, and no other text", () => {
    const svg = badgeSvg({ level: 4 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(">MLTRL</text>");
    expect(svg).toContain(">4</text>");
    expect(svg).toContain("#c2410c");
    expect(svg).toContain("<title>MLTRL level 4 (prototyping)</title>");
    expect(badgeSvg({ level: 9 })).toContain("#15803d");
    expect(badgeSvg({ level: null })).toContain(">—</text>");
    expect(badgeSvg({ notFound: true })).toContain(">unknown project</text>");
  });
});
