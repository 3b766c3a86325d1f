import { describe, expect, it } from "vitest";
import { decideVoteResets, voteResetWarning, type VoteReset } from "./vote-resets";

const votes = (...names: string[]): VoteReset[] => names.map((voterName) => ({ voterName }));

describe("voteResetWarning", () => {
  it.each<[VoteReset[], string]>([
    [votes("Ravi"), "This resets 1 current vote (Ravi)."],
    [votes("Ravi", "Sofia"), "This resets 2 current votes (Ravi and Sofia)."],
    [votes("Ravi", "Sofia", "Mia"), "This resets 3 current votes (Ravi, Sofia and Mia)."],
  ])("%j", (resets, text) => {
    expect(voteResetWarning(resets)).toBe(text);
  });
});

describe("decideVoteResets", () => {
  it.each<[string, VoteReset[], number, boolean]>([
    ["no vote to reset, nothing confirmed", [], 0, true],
    ["as many as confirmed", votes("Ravi", "Sofia"), 2, true],
    ["fewer than confirmed (a vote was withdrawn meanwhile)", votes("Ravi"), 2, true],
    ["unconfirmed resets", votes("Ravi"), 0, false],
    ["more than confirmed (someone voted since the page loaded)", votes("Ravi", "Sofia"), 1, false],
  ])("%s", (_name, resets, acknowledged, ok) => {
    expect(decideVoteResets({ resets, acknowledged }).ok).toBe(ok);
  });

  it("names who would be reset, on the field the save carries", () => {
    const d = decideVoteResets({ resets: votes("Ravi", "Sofia"), acknowledged: 1 });
    expect(d).toEqual({
      ok: false,
      reasons: [
        {
          code: "vote_resets_unconfirmed",
          field: "acknowledgedVoteResets",
          message: expect.stringContaining("This resets 2 current votes (Ravi and Sofia)."),
        },
      ],
    });
  });

  it("says what did not happen: a save, or a publish of held edits", () => {
    const message = (verb?: "saved" | "published") => {
      const d = decideVoteResets({ resets: votes("Ravi"), acknowledged: 0, verb });
      return d.ok ? "" : d.reasons[0]!.message;
    };
    expect(message()).toMatch(/^Not saved: This resets 1 current vote \(Ravi\)\./);
    expect(message("published")).toMatch(/^Not published: This resets 1 current vote \(Ravi\)\./);
  });
});
