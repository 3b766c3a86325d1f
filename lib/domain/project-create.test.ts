import { describe, expect, it } from "vitest";
import { decideNewProject, type PickedUser } from "./project-create";

const users = new Map<string, PickedUser>([
  ["a", { id: "a", name: "Ada", active: true }],
  ["b", { id: "b", name: "Bo", active: true }],
  ["x", { id: "x", name: "Xi", active: false }],
]);
const base = { creatorId: "me", owners: [], contributors: [], users, components: [] };
const codes = (d: ReturnType<typeof decideNewProject>) => (d.ok ? [] : d.reasons.map((r) => `${r.code}@${r.field}`));

describe("decideNewProject", () => {
  it.each([
    ["no owner picked: the creator owns it", {}, []],
    ["picked owners and contributors", { owners: ["a"], contributors: ["b"] }, []],
    ["an unknown owner", { owners: ["zz"] }, ["member_unknown@owners.0"]],
    ["a deactivated contributor", { contributors: ["x"] }, ["member_inactive@contributors.0"]],
    ["an owner also a contributor", { owners: ["a"], contributors: ["b", "a"] }, ["member_twice@contributors.1"]],
    [
      "the default owner also a contributor",
      { contributors: ["me"] },
      ["member_unknown@contributors.0", "member_twice@contributors.0"],
    ],
    [
      "two components with the same name, ignoring case and spaces",
      {
        components: [
          { name: "Net", kind: "model", description: "" },
          { name: " net", kind: "model", description: "" },
        ],
      },
      ["component_name_taken@components.1.name"],
    ],
    [
      "a claimed level out of range",
      { components: [{ name: "Net", kind: "model", description: "", claimedLevel: 12 }] },
      ["level_invalid@components.0.claimedLevel"],
    ],
  ] as const)("%s", (_, input, expected) => {
    expect(codes(decideNewProject({ ...base, ...input } as Parameters<typeof decideNewProject>[0]))).toEqual(expected);
  });

  it("plans members and components at 0, a claim kept as a claim", () => {
    const d = decideNewProject({
      ...base,
      contributors: ["a"],
      components: [
        { name: "Net", kind: "model", description: "" },
        { name: "Vendor", kind: "model", description: "", claimedLevel: 4 },
      ],
    });
    expect(d).toEqual({
      ok: true,
      value: {
        members: [
          { userId: "me", role: "owner" },
          { userId: "a", role: "contributor" },
        ],
        components: [
          { name: "Net", kind: "model", description: "", level: 0, claimedLevel: null },
          { name: "Vendor", kind: "model", description: "", level: 0, claimedLevel: 4 },
        ],
      },
    });
  });
});
