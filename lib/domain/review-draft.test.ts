import { describe, expect, it } from "vitest";
import { decideOpenDraft, liveReviewConflictReasons, type OpenDraftInput } from "./review-draft";

const base: OpenDraftInput = {
  actor: { userId: "u1", roles: ["researcher"] },
  memberRole: "owner",
  project: { id: "p1", status: "active" },
  level: 4,
  componentIds: ["c1", "c2"],
  components: [
    { id: "c1", projectId: "p1", level: 4, status: "active" },
    { id: "c2", projectId: "p1", level: 4, status: "active" },
  ],
  reviews: [{ id: "r0", status: "returned", componentIds: ["c1"] }],
};
const codes = (i: OpenDraftInput) => {
  const d = decideOpenDraft(i);
  return d.ok ? [] : d.reasons.map((r) => r.code);
};

describe("decideOpenDraft", () => {
  it("lets an owner open a draft on components at level N", () => {
    expect(decideOpenDraft(base)).toEqual({
      ok: true,
      value: { status: "draft", level: 4, componentIds: ["c1", "c2"] },
    });
  });

  it.each([
    ["contributor", { memberRole: "contributor" as const }],
    ["admin without membership", { memberRole: null, actor: { userId: "a", roles: ["admin" as const] } }],
  ])("accepts a %s", (_n, over) => {
    expect(codes({ ...base, ...over })).toEqual([]);
  });

  it.each<[string, Partial<OpenDraftInput>, string[]]>([
    ["anonymous", { actor: null, memberRole: null }, ["not_signed_in"]],
    ["non-member researcher", { memberRole: null }, ["forbidden"]],
    ["manager without membership", { memberRole: null, actor: { userId: "m", roles: ["manager"] } }, ["forbidden"]],
    ["paused project", { project: { id: "p1", status: "paused" } }, ["project_paused"]],
    ["archived project", { project: { id: "p1", status: "archived" } }, ["project_archived"]],
    ["level 9", { level: 9, components: base.components.map((c) => ({ ...c, level: 9 })) }, ["level_not_reviewable"]],
    ["no components", { componentIds: [] }, ["no_components"]],
    [
      "component at another level",
      { components: [base.components[0]!, { ...base.components[1]!, level: 3 }] },
      ["component_wrong_level"],
    ],
    [
      "archived component",
      { components: [base.components[0]!, { ...base.components[1]!, status: "archived" }] },
      ["component_archived"],
    ],
    [
      "component of another project",
      { components: [base.components[0]!, { ...base.components[1]!, projectId: "p2" }] },
      ["component_other_project"],
    ],
    [
      "component already in a draft",
      { reviews: [{ id: "r1", status: "draft", componentIds: ["c2", "c9"] }] },
      ["component_under_review"],
    ],
    [
      "component already in an open review",
      { reviews: [{ id: "r1", status: "open", componentIds: ["c1"] }] },
      ["component_under_review"],
    ],
  ])("refuses: %s", (_n, over, expected) => {
    expect(codes({ ...base, ...over })).toEqual(expected);
  });

  it("ignores decided and withdrawn reviews of the same components", () => {
    const reviews = [
      { id: "r1", status: "graduated" as const, componentIds: ["c1"] },
      { id: "r2", status: "withdrawn" as const, componentIds: ["c2"] },
    ];
    expect(codes({ ...base, reviews })).toEqual([]);
  });
});

describe("liveReviewConflictReasons", () => {
  it("names the shared components and links the review that holds them, never raw ids", () => {
    const reasons = liveReviewConflictReasons(
      [
        { id: "rev1", status: "draft", componentIds: ["c1", "c2", "c3"] },
        { id: "rev2", status: "graduated", componentIds: ["c1"] },
      ],
      ["c1", "c2"],
      [
        { id: "c1", name: "Detector" },
        { id: "c2", name: "Data pipeline" },
      ],
    );
    expect(reasons.map((r) => r.message)).toEqual([
      'A draft review already covers "Detector" and "Data pipeline"; finish or withdraw it first: /reviews/rev1',
    ]);
    expect(
      liveReviewConflictReasons([{ id: "rev1", status: "open", componentIds: ["c1"] }], ["c1"], [], "rev1"),
    ).toEqual([]);
  });
});
