import { describe, expect, it } from "vitest";
import { categoryOf } from "./notification-preferences";
import {
  commentRecipients,
  decideNewThread,
  decideReply,
  decideThreadEvent,
  discussionClosedReasons,
  openThreadCount,
  threadStatus,
  type DiscussionState,
} from "./review-comments";

const OPEN: DiscussionState = { reviewStatus: "open", projectStatus: "active" };
const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : d.reasons!.map((r) => r.code));

describe("discussionClosedReasons", () => {
  it.each<[DiscussionState, string[]]>([
    [OPEN, []],
    [{ reviewStatus: "open", projectStatus: "paused" }, []],
    [{ reviewStatus: "draft", projectStatus: "active" }, ["review_not_open"]],
    [{ reviewStatus: "graduated", projectStatus: "active" }, ["review_decided"]],
    [{ reviewStatus: "returned", projectStatus: "active" }, ["review_decided"]],
    [{ reviewStatus: "withdrawn", projectStatus: "active" }, ["review_withdrawn"]],
    [{ reviewStatus: "open", projectStatus: "archived" }, ["project_archived"]],
    [{ reviewStatus: "open", projectStatus: "stopped" }, ["project_stopped"]],
    [{ reviewStatus: "withdrawn", projectStatus: "stopped" }, ["review_withdrawn", "project_stopped"]],
  ])("%o → %o", (state, expected) => {
    expect(discussionClosedReasons(state).map((r) => r.code)).toEqual(expected);
  });
});

describe("decideNewThread", () => {
  const base = {
    state: OPEN,
    pinnedSections: ["tldr", "caveats"],
    requirementIds: ["r1"],
    body: "Is the held-out set from the same hospital?",
  };
  it.each<[Partial<Parameters<typeof decideNewThread>[0]>, string[]]>([
    [{ anchor: { kind: "section", key: "tldr" } }, []],
    [{ anchor: { kind: "requirement", key: "r1" } }, []],
    [{ anchor: { kind: "section", key: "secrets" } }, ["anchor_missing"]],
    [{ anchor: { kind: "section", key: "tldr" }, pinnedSections: null }, ["no_pinned_card"]],
    [{ anchor: { kind: "requirement", key: "r9" } }, ["anchor_missing"]],
    [{ anchor: { kind: "section", key: "tldr" }, body: "   " }, ["comment_empty"]],
    [{ anchor: { kind: "section", key: "tldr" }, body: "x".repeat(10_001) }, ["comment_too_long"]],
    [
      { anchor: { kind: "section", key: "nope" }, state: { reviewStatus: "returned", projectStatus: "active" } },
      ["review_decided", "anchor_missing"],
    ],
  ])("%o → %o", (over, expected) => {
    expect(codes(decideNewThread({ ...base, anchor: { kind: "section", key: "tldr" }, ...over }))).toEqual(expected);
  });
});

describe("decideReply", () => {
  it("needs an open review and words", () => {
    expect(decideReply({ state: OPEN, body: "Yes, see R3." }).ok).toBe(true);
    expect(codes(decideReply({ state: OPEN, body: "" }))).toEqual(["comment_empty"]);
    expect(codes(decideReply({ state: { reviewStatus: "graduated", projectStatus: "active" }, body: "Late" }))).toEqual(
      ["review_decided"],
    );
  });
});

describe("threads resolve and reopen by appending events", () => {
  it("takes the state of the last event", () => {
    expect(threadStatus([])).toBe("open");
    expect(threadStatus([{ kind: "resolved", seq: 1 }])).toBe("resolved");
    expect(
      threadStatus([
        { kind: "reopened", seq: 2 },
        { kind: "resolved", seq: 1 },
      ]),
    ).toBe("open");
  });

  it("numbers the next event after the last and refuses a second resolution", () => {
    expect(decideThreadEvent({ state: OPEN, events: [], kind: "resolved" })).toEqual({
      ok: true,
      value: { seq: 1, kind: "resolved" },
    });
    expect(codes(decideThreadEvent({ state: OPEN, events: [{ kind: "resolved", seq: 1 }], kind: "resolved" }))).toEqual(
      ["thread_resolved"],
    );
    expect(codes(decideThreadEvent({ state: OPEN, events: [], kind: "reopened" }))).toEqual(["thread_open"]);
    expect(decideThreadEvent({ state: OPEN, events: [{ kind: "resolved", seq: 1 }], kind: "reopened" })).toMatchObject({
      ok: true,
      value: { seq: 2 },
    });
  });

  it("is read-only on a decided review", () => {
    const state: DiscussionState = { reviewStatus: "returned", projectStatus: "active" };
    expect(codes(decideThreadEvent({ state, events: [], kind: "resolved" }))).toEqual(["review_decided"]);
  });

  it("counts open threads", () => {
    expect(openThreadCount([{ status: "open" }, { status: "resolved" }, { status: "open" }])).toBe(2);
  });
});

describe("commentRecipients", () => {
  const people = { panel: ["rev", "chair"], members: ["own", "con"], threadParticipants: ["rev", "own"] };
  it("tells everyone in the room of a new thread, except its author", () => {
    expect(commentRecipients({ event: "thread", actorId: "rev", ...people })).toEqual(["chair", "own", "con"]);
  });
  it.each(["reply", "resolved", "reopened"] as const)("tells the thread's participants of a %s", (event) => {
    expect(commentRecipients({ event, actorId: "own", ...people })).toEqual(["rev"]);
  });
});

it("files comment notifications under review activity, so each person's preference for it applies", () => {
  expect(categoryOf("review.comment")).toBe("review_activity");
});
