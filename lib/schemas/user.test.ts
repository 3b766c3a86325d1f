import { describe, expect, it } from "vitest";
import { createUserSchema, resetPasswordSchema, signInSchema, updateUserAccessSchema } from "./user";

const valid = {
  email: " Ann@Example.ORG ",
  name: " Ann ",
  password: "twelve-chars",
  roles: ["reviewer", "admin", "reviewer"],
  disciplines: ["qa_engineer"],
};

describe("createUserSchema", () => {
  it("normalises email and name, orders and de-duplicates roles", () => {
    expect(createUserSchema.parse(valid)).toEqual({
      email: "ann@example.org",
      name: "Ann",
      password: "twelve-chars",
      roles: ["admin", "reviewer"],
      disciplines: ["qa_engineer"],
    });
  });
  it.each([
    ["email", { email: "not-an-email" }, "Enter a valid email address."],
    ["name", { name: "   " }, "Enter a name."],
    ["password", { password: "eleven-char" }, "Use at least 12 characters."],
    ["password", { password: "x".repeat(257) }, "Use at most 256 characters."],
    ["roles", { roles: ["superuser"] }, "Choose roles from the list."],
    ["disciplines", { disciplines: ["astrologer"] }, "Choose disciplines from the list."],
  ])("refuses a bad %s", (field, patch, message) => {
    const result = createUserSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });
  it("rejects unknown fields instead of ignoring them (strict)", () => {
    const result = createUserSchema.safeParse({ ...valid, sessionVersion: 0 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });
  it("allows a user without roles (read-only)", () => {
    expect(createUserSchema.parse({ ...valid, roles: [] }).roles).toEqual([]);
  });
});

describe("updateUserAccessSchema and resetPasswordSchema", () => {
  it("need a user id and a boolean active flag", () => {
    expect(updateUserAccessSchema.safeParse({ userId: "u1", roles: [], disciplines: [], active: true }).success).toBe(
      true,
    );
    expect(updateUserAccessSchema.safeParse({ userId: "", roles: [], disciplines: [], active: true }).success).toBe(
      false,
    );
    expect(updateUserAccessSchema.safeParse({ userId: "u1", roles: [], disciplines: [], active: "yes" }).success).toBe(
      false,
    );
    expect(
      updateUserAccessSchema.safeParse({ userId: "u1", roles: [], disciplines: [], active: true, email: "x@y.z" })
        .success,
    ).toBe(false);
  });
  it("apply the new-password rule on reset", () => {
    expect(resetPasswordSchema.safeParse({ userId: "u1", password: "short" }).success).toBe(false);
    expect(resetPasswordSchema.safeParse({ userId: "u1", password: "long-enough-pass" }).success).toBe(true);
  });
});

describe("signInSchema", () => {
  it("only checks presence, so older short passwords still sign in", () => {
    expect(signInSchema.parse({ email: " A@B.org", password: "short" })).toEqual({
      email: "a@b.org",
      password: "short",
    });
    expect(signInSchema.safeParse({ email: "", password: "" }).error?.issues.map((i) => i.message)).toEqual([
      "Enter your email address.",
      "Enter your password.",
    ]);
  });
});
