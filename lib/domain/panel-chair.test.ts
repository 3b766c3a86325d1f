import { describe, expect, it } from "vitest";
import { chairAfterSeatChange } from "./panel";

const seats = (...ids: string[]) => ids.map((userId) => ({ userId, name: userId ? `Name ${userId}` : undefined }));

describe("chairAfterSeatChange: the chair follows its seat, and the author is told", () => {
  it.each<[string, Parameters<typeof chairAfterSeatChange>[0], { chair: string; note: RegExp | null }]>([
    [
      "the chair's seat changes hands",
      { chair: "a", index: 0, previousUserId: "a", seats: seats("b", "c") },
      { chair: "b", note: /^Seat 1 stays the chair, now held by Name b;/ },
    ],
    [
      "the chair's seat is emptied",
      { chair: "a", index: 1, previousUserId: "a", seats: seats("c", "") },
      { chair: "", note: /^Seat 2 held the chair and is now empty; choose who chairs/ },
    ],
    [
      "the chair's seat is removed",
      { chair: "a", index: 2, previousUserId: "a", seats: seats("c", "d"), removed: true },
      { chair: "", note: /^The chair's seat 3 was removed; choose who chairs/ },
    ],
    [
      "another seat changes",
      { chair: "a", index: 1, previousUserId: "b", seats: seats("a", "c") },
      { chair: "a", note: null },
    ],
    ["no chair yet", { chair: "", index: 0, previousUserId: "", seats: seats("c") }, { chair: "", note: null }],
    [
      "the same person chosen again",
      { chair: "a", index: 0, previousUserId: "a", seats: seats("a") },
      { chair: "a", note: null },
    ],
    [
      "a seat without a name",
      { chair: "a", index: 0, previousUserId: "a", seats: [{ userId: "z" }] },
      { chair: "z", note: /now held by the person you chose/ },
    ],
  ])("%s", (_n, input, want) => {
    const got = chairAfterSeatChange(input);
    expect(got.chair).toBe(want.chair);
    if (want.note === null) expect(got.note).toBeNull();
    else expect(got.note).toMatch(want.note);
  });
});
