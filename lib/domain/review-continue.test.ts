import { describe, expect, it } from "vitest";
import type { Actor } from "./permissions";
import {
  carriedItemLabel,
  decideConfirmCarried,
  decideContinueReview,
  unconfirmedReasons,
  type ContinueInput,
} from "./review-continue";

const t = (day: number) => new Date(Date.UTC(2026, 5, day));
const owner: Actor = { userId: "u-owner", roles: ["researcher"] };
const holder = (userId: string, disciplines: ContinueInput["holders"][number]["disciplines"]) => ({
  userId,
  name: userId.toUpperCase(),
  active: true,
  roles: ["reviewer" as const],
  disciplines,
});

const base: ContinueInput = {
  actor: owner,
  memberRole: "owner",
  project: { id: "p", status: "active", memberUserIds: ["u-owner"] },
  review: {
    id: "r1",
    status: "returned",
    level: 1,
    kind: "gate",
    decidedAt: t(1),
    componentIds: ["c1", "c2"],
    continuedBy: null,
  },
  tasks: [{ doneAt: t(2) }, { doneAt: t(3) }],
  otherDecided: [],
  liveReviews: [],
  components: [
    { id: "c1", name: "Model", level: 1, status: "active" },
    { id: "c2", name: "Data", level: 1, status: "active" },
  ],
  seats: [
    { userId: "a", discipline: "research_lead", isChair: true },
    { userId: "b", discipline: "researcher", isChair: false },
  ],
  holders: [holder("a", ["research_lead"]), holder("b", ["researcher"])],
  criterionKeys: ["k1", "k2", "k3"],
  criteria: [
    { key: "k1", state: "done", evidenceUrl: "https://e.org/1" },
    { key: "k2", state: "not_applicable", naReason: "No data." },
    { key: "k3", state: "pending" },
    { key: "gone", state: "done", evidenceUrl: "https://e.org/x" },
  ],
  ethicsItemKeys: ["e1", "e2"],
  ethics: [
    { key: "e1", answer: "yes", note: "ok" },
    { key: "old", answer: "no", note: "" },
  ],
};
const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));
const run = (over: Partial<ContinueInput> = {}, review: Partial<ContinueInput["review"]> = {}) =>
  decideContinueReview({ ...base, ...over, review: { ...base.review, ...review } });

describe("decideContinueReview: what is carried over", () => {
  it("carries the checked criteria and answers the new versions still list, each to re-confirm", () => {
    const d = run();
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.value.componentIds).toEqual(["c1", "c2"]);
    expect(d.value.criteria.map((c) => c.key)).toEqual(["k1", "k2"]);
    expect(d.value.ethics.map((e) => e.key)).toEqual(["e1"]);
    expect(d.value.seats.map((s) => s.userId)).toEqual(["a", "b"]);
    expect(d.value.unconfirmed).toEqual(["components", "criterion:k1", "criterion:k2", "ethics:e1", "panel"]);
    expect(d.value.chairDropped).toBe(false);
  });

  it("drops seats no longer eligible, or now held by a project member, and says why", () => {
    const d = run({
      holders: [{ ...holder("a", ["research_lead"]), active: false }, holder("b", ["researcher"])],
      project: { ...base.project, memberUserIds: ["u-owner", "b"] },
    });
    if (!d.ok) throw new Error("refused");
    expect(d.value.seats).toEqual([]);
    expect(d.value.droppedSeats.map((s) => [s.id, s.why])).toEqual([
      ["a", "A does not exist or is deactivated."],
      ["b", "B is now an owner or contributor of the project."],
    ]);
    expect(d.value.chairDropped).toBe(true);
    expect(d.value.unconfirmed).not.toContain("panel");
  });

  it("drops components that left the level, and refuses when none is left", () => {
    const one = run({ components: [base.components[0]!, { ...base.components[1]!, level: 0 }] });
    expect(one.ok && one.value.droppedComponents.map((c) => c.name)).toEqual(["Data"]);
    const none = run({ components: base.components.map((c) => ({ ...c, level: 2 })) });
    expect(codes(none)).toEqual(["no_components_left"]);
  });
});

describe("decideContinueReview: the doors", () => {
  it.each<[string, Partial<ContinueInput>, Partial<ContinueInput["review"]>, string[]]>([
    ["a graduated review", {}, { status: "graduated" }, ["review_not_returned"]],
    ["an open review", {}, { status: "open" }, ["review_not_returned"]],
    ["a task not done", { tasks: [{ doneAt: t(2) }, { doneAt: null }] }, {}, ["tasks_not_done"]],
    ["already continued", {}, { continuedBy: { id: "r2", status: "withdrawn" } }, ["review_already_continued"]],
    ["a paused project", { project: { ...base.project, status: "paused" } }, {}, ["project_paused"]],
    ["a reviewer who is not a member", { actor: { userId: "x", roles: ["reviewer"] }, memberRole: null }, {}, []],
    [
      "a later review decided the components",
      { otherDecided: [{ id: "r9", level: 1, status: "graduated", decidedAt: t(5), componentIds: ["c1"] }] },
      {},
      ["review_superseded"],
    ],
    [
      "a newer live review covers a component",
      { liveReviews: [{ id: "r3", status: "draft", componentIds: ["c2"] }] },
      {},
      ["component_under_review"],
    ],
  ])("refuses %s", (_n, over, review, want) => {
    const d = run(over, review);
    expect(d.ok).toBe(false);
    if (want.length > 0) expect(codes(d)).toEqual(want);
  });

  it("names the open tasks by their number from 1", () => {
    const d = run({ tasks: [{ doneAt: null }, { doneAt: t(1) }, { doneAt: null }] });
    expect(!d.ok && d.reasons[0]!.message).toMatch(/^Tasks 1 and 3 of this review are not done yet/);
  });

  it("a returned review without tasks can be continued", () => {
    expect(run({ tasks: [] }).ok).toBe(true);
  });
});

describe("re-confirmation", () => {
  it("submit lists every unconfirmed item by name", () => {
    const [r] = unconfirmedReasons(["components", "criterion:k1", "ethics:e1", "panel"], {
      criteria: { k1: "Maths reviewed" },
    });
    expect(r).toMatchObject({ code: "carried_unconfirmed", field: "unconfirmedItems" });
    expect(r!.message).toContain(
      "the components, criterion “Maths reviewed”, ethics item “e1” and the panel. Check each",
    );
    expect(unconfirmedReasons([])).toEqual([]);
  });

  it("labels items", () => {
    expect(carriedItemLabel("panel")).toBe("the panel");
    expect(carriedItemLabel("ethics:e1", { ethics: { e1: "Consent" } })).toBe("ethics item “Consent”");
  });

  it.each<[string, Parameters<typeof decideConfirmCarried>[0], string[] | { remaining: string[] }]>([
    [
      "confirms some",
      {
        actor: owner,
        memberRole: "owner",
        review: { status: "draft", unconfirmedItems: ["panel", "components"] },
        items: ["panel"],
      },
      { remaining: ["components"] },
    ],
    [
      "a repeat is harmless",
      {
        actor: owner,
        memberRole: "owner",
        review: { status: "draft", unconfirmedItems: ["components"] },
        items: ["panel"],
      },
      { remaining: ["components"] },
    ],
    [
      "not a draft",
      { actor: owner, memberRole: "owner", review: { status: "open", unconfirmedItems: ["panel"] }, items: ["panel"] },
      ["review_not_draft"],
    ],
    [
      "an unknown item",
      { actor: owner, memberRole: "owner", review: { status: "draft", unconfirmedItems: [] }, items: ["everything"] },
      ["carried_item_unknown"],
    ],
  ])("%s", (_n, input, want) => {
    const d = decideConfirmCarried(input);
    if (Array.isArray(want)) expect(codes(d)).toEqual(want);
    else expect(d.ok && d.value).toEqual(want);
  });
});
