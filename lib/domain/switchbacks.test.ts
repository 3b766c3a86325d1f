import { describe, expect, it } from "vitest";
import { compareSemver, parseSemver } from "./semver";
import {
  decideDiscoverySwitchback,
  decideEmbeddedSwitchback,
  decideReviewSwitchback,
  decideVersionBump,
  type SwitchbackComponent,
  type Versions,
} from "./switchbacks";

const comp = (level: number, over: Partial<SwitchbackComponent> = {}): SwitchbackComponent => ({
  id: "c1",
  level,
  status: "active",
  ...over,
});
const codesOf = (d: { ok: boolean; reasons?: { code: string }[] }) =>
  d.ok ? [] : (d.reasons ?? []).map((r) => r.code);

describe("discovery switchback", () => {
  it("moves a component down with a reason", () => {
    expect(
      decideDiscoverySwitchback({
        component: comp(4),
        toLevel: 2,
        reason: " Sim-to-real gap ",
      }),
    ).toEqual({
      ok: true,
      value: { componentId: "c1", kind: "discovery", fromLevel: 4, toLevel: 2, reason: "Sim-to-real gap" },
    });
  });
  it.each<[string, Parameters<typeof decideDiscoverySwitchback>[0], string[]]>([
    ["same level", { component: comp(4), toLevel: 4, reason: "r" }, ["level_not_lower"]],
    ["upwards", { component: comp(4), toLevel: 5, reason: "r" }, ["level_not_lower"]],
    ["below 0", { component: comp(4), toLevel: -1, reason: "r" }, ["level_invalid"]],
    ["no reason", { component: comp(4), toLevel: 1, reason: "" }, ["reason_missing"]],
    [
      "archived component",
      { component: comp(4, { status: "archived" }), toLevel: 1, reason: "r" },
      ["component_archived"],
    ],
    [
      "under a live review",
      { component: comp(4), toLevel: 1, reason: "r", underLiveReview: true },
      ["component_under_review"],
    ],
  ])("refuses: %s", (_n, input, expected) => {
    expect(codesOf(decideDiscoverySwitchback(input))).toEqual(expected);
  });
});

describe("embedded switchback", () => {
  it.each([
    [4, 2],
    [9, 4],
  ])("%i → %i is a predefined path", (from, to) => {
    const d = decideEmbeddedSwitchback({
      component: comp(from),
      toLevel: to,
      reason: "Revisit research",
    });
    expect(d).toEqual({
      ok: true,
      value: { componentId: "c1", kind: "embedded", fromLevel: from, toLevel: to, reason: "Revisit research" },
    });
  });
  it("refuses 5 → 3, naming the allowed paths", () => {
    const d = decideEmbeddedSwitchback({ component: comp(5), toLevel: 3, reason: "r" });
    expect(d.ok ? "" : d.reasons.map((r) => r.message)).toEqual([
      "Embedded switchbacks are only the predefined paths 4 → 2 and 9 → 4; 5 → 3 is not one of them.",
    ]);
  });
  it.each<[string, Parameters<typeof decideEmbeddedSwitchback>[0], string[]]>([
    ["9 → 7 by hand (only automatic)", { component: comp(9), toLevel: 7, reason: "r" }, ["embedded_path_invalid"]],
    ["no reason", { component: comp(4), toLevel: 2, reason: " " }, ["reason_missing"]],
    [
      "under a live review",
      { component: comp(4), toLevel: 2, reason: "r", underLiveReview: true },
      ["component_under_review"],
    ],
  ])("refuses: %s", (_n, input, expected) => {
    expect(codesOf(decideEmbeddedSwitchback(input))).toEqual(expected);
  });
});

describe("review switchback", () => {
  const base = {
    review: { id: "r1", status: "returned" as const, componentIds: ["c1", "c2"] },
    components: [comp(7), comp(7, { id: "c2" }), comp(7, { id: "c3" })],
    moves: [{ componentId: "c1", toLevel: 4 }],
    rationale: "Priorities shifted to the new product line.",
  };
  it("moves reviewed components down, linked to the review", () => {
    expect(decideReviewSwitchback(base)).toEqual({
      ok: true,
      value: [{ componentId: "c1", kind: "review", fromLevel: 7, toLevel: 4, reason: base.rationale, reviewId: "r1" }],
    });
  });
  it.each<[string, object, string[]]>([
    ["graduated review", { review: { ...base.review, status: "graduated" } }, ["review_not_returned"]],
    ["open review", { review: { ...base.review, status: "open" } }, ["review_not_returned"]],
    ["no moves", { moves: [] }, ["no_moves"]],
    ["component outside the review", { moves: [{ componentId: "c3", toLevel: 4 }] }, ["component_not_reviewed"]],
    ["not lower", { moves: [{ componentId: "c1", toLevel: 7 }] }, ["level_not_lower"]],
    [
      "moved twice",
      {
        moves: [
          { componentId: "c1", toLevel: 4 },
          { componentId: "c1", toLevel: 3 },
        ],
      },
      ["component_listed_twice"],
    ],
    ["no rationale", { rationale: "" }, ["rationale_missing"]],
    ["held by a newer review", { componentIdsUnderLiveReview: ["c1"] }, ["component_under_review"]],
    ["already moved by this review", { movedComponentIds: ["c1"] }, ["component_already_switched"]],
  ])("refuses: %s", (_n, over, expected) => {
    expect(codesOf(decideReviewSwitchback({ ...base, ...over }))).toEqual(expected);
  });
});

describe("version bump", () => {
  const versions: Versions = { code: "1.2.3", model: "0.4.0", data: "2.0.0" };
  it("updates versions without a transition below L9", () => {
    expect(decideVersionBump({ component: { ...comp(7), versions }, newVersions: { code: "1.3.0" } })).toEqual({
      ok: true,
      value: { versions: { ...versions, code: "1.3.0" }, transition: null },
    });
  });
  it.each(["code", "model", "data"] as const)(
    "a new %s version at L9 moves the component back to L7 (embedded)",
    (kind) => {
      const d = decideVersionBump({ component: { ...comp(9), versions }, newVersions: { [kind]: "9.0.0" } });
      expect(d.ok && d.value.transition).toMatchObject({
        componentId: "c1",
        kind: "embedded",
        fromLevel: 9,
        toLevel: 7,
      });
    },
  );
  it("accepts a first version when none was set", () => {
    expect(
      decideVersionBump({
        component: { ...comp(1), versions: { ...versions, data: null } },
        newVersions: { data: "0.0.1" },
      }).ok,
    ).toBe(true);
  });
  it.each<[string, Partial<Versions>, string[]]>([
    ["nothing new", {}, ["no_new_version"]],
    ["not semver", { code: "1.3" }, ["version_invalid"]],
    ["pre-release tag", { code: "1.3.0-beta" }, ["version_invalid"]],
    ["leading zero", { code: "01.3.0" }, ["version_invalid"]],
    ["same version", { model: "0.4.0" }, ["version_not_increasing"]],
    ["lower version", { data: "1.9.9" }, ["version_not_increasing"]],
    ["two problems at once", { code: "x", model: "0.3.9" }, ["version_invalid", "version_not_increasing"]],
  ])("refuses: %s", (_n, newVersions, expected) => {
    expect(codesOf(decideVersionBump({ component: { ...comp(9), versions }, newVersions }))).toEqual(expected);
  });
  it("refuses an archived component", () => {
    expect(
      codesOf(
        decideVersionBump({
          component: { ...comp(3, { status: "archived" }), versions },
          newVersions: { code: "2.0.0" },
        }),
      ),
    ).toEqual(["component_archived"]);
  });
});

describe("semver", () => {
  it.each([
    ["1.2.3", [1, 2, 3]],
    [" 0.0.0 ", [0, 0, 0]],
    ["1.2", null],
    ["v1.2.3", null],
    ["1.2.3.4", null],
  ] as const)("parses %s", (s, parts) => {
    expect(parseSemver(s)).toEqual(parts);
  });
  it.each([
    ["1.2.3", "1.2.4", -1],
    ["1.10.0", "1.9.9", 1],
    ["2.0.0", "2.0.0", 0],
  ] as const)("compares %s and %s", (a, b, sign) => {
    expect(Math.sign(compareSemver(parseSemver(a)!, parseSemver(b)!))).toBe(sign);
  });
});
