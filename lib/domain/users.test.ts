import { describe, expect, it } from "vitest";
import { ownAccessReasons, sameAccess, type UserAccess } from "./users";

const admin: UserAccess = { roles: ["admin"], disciplines: [], active: true };

describe("ownAccessReasons", () => {
  it.each<[string, { actorId: string; userId: string; next: UserAccess }, [string, string][]]>([
    ["another user may lose every role", { actorId: "a", userId: "b", next: { ...admin, roles: [] } }, []],
    ["another user may be deactivated", { actorId: "a", userId: "b", next: { ...admin, active: false } }, []],
    [
      "oneself, keeping admin and active",
      { actorId: "a", userId: "a", next: { ...admin, roles: ["admin", "manager"] } },
      [],
    ],
    [
      "oneself, dropping admin",
      { actorId: "a", userId: "a", next: { ...admin, roles: ["manager"] } },
      [["own_admin_role", "roles"]],
    ],
    [
      "oneself, deactivating",
      { actorId: "a", userId: "a", next: { ...admin, active: false } },
      [["own_account_active", "active"]],
    ],
    [
      "oneself, both at once",
      { actorId: "a", userId: "a", next: { roles: [], disciplines: [], active: false } },
      [
        ["own_admin_role", "roles"],
        ["own_account_active", "active"],
      ],
    ],
  ])("%s", (_n, input, expected) => {
    expect(ownAccessReasons(input).map((r) => [r.code, r.field])).toEqual(expected);
  });

  it("says why, and what to do instead", () => {
    const next: UserAccess = { roles: [], disciplines: [], active: false };
    expect(ownAccessReasons({ actorId: "a", userId: "a", next }).map((r) => r.message)).toEqual([
      "You cannot remove your own admin role: ask another admin, so the site is never left without one.",
      "You cannot deactivate your own account: ask another admin, so the site is never left without one.",
    ]);
  });
});

describe("sameAccess", () => {
  it.each<[string, UserAccess, boolean]>([
    ["identical", admin, true],
    ["a role more", { ...admin, roles: ["admin", "manager"] }, false],
    ["a discipline more", { ...admin, disciplines: ["qa_engineer"] }, false],
    ["deactivated", { ...admin, active: false }, false],
  ])("%s → %s", (_n, other, same) => {
    expect(sameAccess(admin, other)).toBe(same);
  });

  it("ignores the order of roles and disciplines", () => {
    const a: UserAccess = {
      roles: ["reviewer", "researcher"],
      disciplines: ["qa_engineer", "researcher"],
      active: true,
    };
    const b: UserAccess = {
      roles: ["researcher", "reviewer"],
      disciplines: ["researcher", "qa_engineer"],
      active: true,
    };
    expect(sameAccess(a, b)).toBe(true);
  });
});
