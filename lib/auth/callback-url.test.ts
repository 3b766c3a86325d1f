import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackUrl, signInPath } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/projects/abc?tab=card", "/projects/abc?tab=card"],
    ["/admin/users", "/admin/users"],
    [undefined, DEFAULT_AFTER_SIGN_IN],
    ["", DEFAULT_AFTER_SIGN_IN],
    ["https://evil.example/x", DEFAULT_AFTER_SIGN_IN],
    ["//evil.example/x", DEFAULT_AFTER_SIGN_IN],
    ["/\\evil.example", DEFAULT_AFTER_SIGN_IN],
    ["javascript:alert(1)", DEFAULT_AFTER_SIGN_IN],
    ["/sign-in", DEFAULT_AFTER_SIGN_IN],
    ["/sign-in?callbackUrl=/x", DEFAULT_AFTER_SIGN_IN],
    ["/api/auth/signout", DEFAULT_AFTER_SIGN_IN],
    ["/x\n/y", DEFAULT_AFTER_SIGN_IN],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it("reduces an absolute URL on our own origin to its path, and refuses other origins", () => {
    expect(safeCallbackUrl("http://localhost:3100/projects/x", "http://localhost:3100")).toBe("/projects/x");
    expect(safeCallbackUrl("http://localhost:3100.evil.example/x", "http://localhost:3100")).toBe(
      DEFAULT_AFTER_SIGN_IN,
    );
  });

  it("takes the first of repeated query parameters", () => {
    expect(safeCallbackUrl(["/a", "/b"])).toBe("/a");
  });
});

describe("signInPath", () => {
  it("carries the page the visitor wanted", () => {
    expect(signInPath("/projects/x?y=1")).toBe("/sign-in?callbackUrl=%2Fprojects%2Fx%3Fy%3D1");
    expect(signInPath(null)).toBe("/sign-in");
  });
});
