import { describe, expect, it } from "vitest";
import {
  componentPin,
  decideOutcome,
  decideVote,
  isSameVote,
  isStale,
  repin,
  staleRoundReasons,
  withVote,
  type Pin,
  type Vote,
  type VoteInput,
} from "./votes";

const pin: Pin = { cardRevisionId: "rev1", componentVersions: { c1: "1.0.0/1.0.0/1.0.0" } };
const newCard: Pin = { ...pin, cardRevisionId: "rev2" };
const newVersion: Pin = { ...pin, componentVersions: { c1: "1.0.1/1.0.0/1.0.0" } };

const base: VoteInput = {
  review: { status: "open", pin },
  voterId: "v1",
  choice: "graduate",
  tasks: [],
  seenRound: 2,
  currentRound: 2,
};
const codes = (over: Partial<VoteInput>) => {
  const d = decideVote({ ...base, ...over });
  return d.ok ? [] : d.reasons.map((r) => r.code);
};
const vote = (voterId: string, choice: Vote["choice"], p: Pin = pin, tasks: Vote["tasks"] = []): Vote => ({
  voterId,
  choice,
  tasks,
  pin: p,
});

describe("decideVote", () => {
  it("accepts a graduate vote on the current round and pins it", () => {
    expect(decideVote(base)).toEqual({ ok: true, value: { voterId: "v1", choice: "graduate", tasks: [], pin } });
  });

  it("accepts a return with a task and trims it", () => {
    const d = decideVote({
      ...base,
      choice: "return",
      tasks: [{ text: "  Add drift tests ", metric: "PSI", target: " < 0.1 " }],
    });
    expect(d.ok && d.value.tasks).toEqual([{ text: "Add drift tests", metric: "PSI", target: "< 0.1" }]);
  });

  it.each<[string, Partial<VoteInput>, string[]]>([
    ["return without task", { choice: "return", tasks: [] }, ["return_without_task"]],
    ["return with an empty task", { choice: "return", tasks: [{ text: "Fix it" }, { text: "   " }] }, ["task_empty"]],
    ["graduate with tasks", { tasks: [{ text: "Nice to have" }] }, ["graduate_with_tasks"]],
    ["draft review", { review: { ...base.review, status: "draft" } }, ["review_not_open"]],
    ["graduated review", { review: { ...base.review, status: "graduated" } }, ["review_not_open"]],
    ["withdrawn review", { review: { ...base.review, status: "withdrawn" } }, ["review_not_open"]],
    ["an earlier pin round", { seenRound: 1 }, ["vote_pin_stale"]],
    ["a round that does not exist yet", { seenRound: 3 }, ["vote_pin_stale"]],
  ])("refuses: %s", (_n, over, expected) => {
    expect(codes(over)).toEqual(expected);
  });

  it.each<[string, number, number, { seen?: number | null; current?: number | null }, string]>([
    [
      "the card moved",
      1,
      2,
      { seen: 7, current: 8 },
      "your vote was for card revision 7; the card is now at revision 8,",
    ],
    [
      "a component moved, same card",
      0,
      1,
      { seen: 7, current: 7 },
      "your vote was for round 1 (card revision 7) of this review; it is now at round 2 (card revision 7),",
    ],
    [
      "no card known for the seen round",
      0,
      1,
      { current: 3 },
      "round 1 of this review; it is now at round 2 (card revision 3),",
    ],
    ["nothing known of the cards", 2, 1, {}, "your vote was for round 3 of this review; it is now at round 2,"],
  ])("says why a vote is stale, on the pin field: %s", (_n, seen, current, cards, says) => {
    const [r] = staleRoundReasons(seen, current, cards);
    expect(r).toMatchObject({ code: "vote_pin_stale", field: "pin" });
    expect(r!.message).toContain(says);
    expect(r!.message).toContain("Reload the review, read the changes, and vote again.");
  });

  it("a vote on the current round is not stale", () => {
    expect(staleRoundReasons(2, 2, { seen: 1, current: 2 })).toEqual([]);
  });

  it("lets a member change their vote (replaces, never adds)", () => {
    const votes = withVote(withVote([], vote("v1", "graduate")), vote("v1", "return", pin, [{ text: "x" }]));
    expect(votes).toEqual([vote("v1", "return", pin, [{ text: "x" }])]);
  });
});

describe("staleness and re-pinning", () => {
  it.each([
    ["same pin", pin, false],
    ["card revised", newCard, true],
    ["component version changed", newVersion, true],
    ["component added to pin", { ...pin, componentVersions: { ...pin.componentVersions, c2: "1/1/1" } }, true],
  ] as const)("%s → stale %s", (_n, current, stale) => {
    expect(isStale(vote("v1", "graduate"), current)).toBe(stale);
  });

  it("repin lists the votes that become stale", () => {
    const votes = [vote("v1", "graduate"), vote("v2", "graduate", { ...pin, cardRevisionId: "rev0" })];
    expect(repin({ previousPin: pin, nextPin: newVersion, votes })).toEqual({
      pin: newVersion,
      changed: true,
      newlyStaleVoterIds: ["v1"],
    });
    expect(repin({ previousPin: pin, nextPin: pin, votes })).toEqual({ pin, changed: false, newlyStaleVoterIds: [] });
  });

  it("formats component pins as code/model/data", () => {
    expect(componentPin({ code: "1.2.3", model: "0.1.0", data: null })).toBe("1.2.3/0.1.0/-");
  });
});

describe("decideOutcome", () => {
  const seats = [{ userId: "v1" }, { userId: "v2" }];
  it.each<[string, Vote[], Pin, unknown]>([
    ["nobody voted", [], pin, { status: "pending", awaitingUserIds: ["v1", "v2"] }],
    ["one seat missing", [vote("v1", "graduate")], pin, { status: "pending", awaitingUserIds: ["v2"] }],
    ["all graduate", [vote("v1", "graduate"), vote("v2", "graduate")], pin, { status: "graduated" }],
    [
      "stale votes do not count",
      [vote("v1", "graduate"), vote("v2", "graduate")],
      newCard,
      { status: "pending", awaitingUserIds: ["v1", "v2"] },
    ],
    [
      "unseated votes are ignored",
      [vote("v1", "graduate"), vote("x", "return", pin, [{ text: "no" }])],
      pin,
      { status: "pending", awaitingUserIds: ["v2"] },
    ],
    [
      "one return → returned with the union of tasks, identical texts once",
      [
        vote("v1", "return", pin, [{ text: "Add drift test", target: "PSI < 0.1" }, { text: "Document data" }]),
        vote("v2", "return", pin, [{ text: " Add  drift test" }]),
      ],
      pin,
      { status: "returned", tasks: [{ text: "Add drift test", target: "PSI < 0.1" }, { text: "Document data" }] },
    ],
  ])("%s", (_n, votes, currentPin, expected) => {
    expect(decideOutcome({ seats, votes, currentPin })).toEqual(expected);
  });

  it("an empty panel never decides", () => {
    expect(decideOutcome({ seats: [], votes: [vote("v1", "graduate")], currentPin: pin })).toEqual({
      status: "pending",
      awaitingUserIds: [],
    });
  });
});

describe("isSameVote", () => {
  const ret = {
    choice: "return" as const,
    tasks: [{ text: "Add drift tests", metric: "PSI", target: "< 0.1" }],
    comment: "ok",
  };
  it.each<[string, Parameters<typeof isSameVote>[1], boolean]>([
    ["identical", ret, true],
    [
      "same after trimming",
      { ...ret, tasks: [{ text: " Add drift tests ", metric: "PSI ", target: " < 0.1" }], comment: " ok " },
      true,
    ],
    ["other choice", { choice: "graduate", tasks: [] }, false],
    ["other task text", { ...ret, tasks: [{ text: "Add bias tests", metric: "PSI", target: "< 0.1" }] }, false],
    ["other target", { ...ret, tasks: [{ text: "Add drift tests", metric: "PSI", target: "< 0.2" }] }, false],
    ["one task more", { ...ret, tasks: [...ret.tasks, { text: "More" }] }, false],
    ["other comment", { ...ret, comment: "changed my mind" }, false],
  ])("%s", (_n, other, expected) => {
    expect(isSameVote(ret, other)).toBe(expected);
  });
  it("treats a missing comment as empty", () => {
    expect(isSameVote({ choice: "graduate", tasks: [] }, { choice: "graduate", tasks: [], comment: "" })).toBe(true);
  });
});
