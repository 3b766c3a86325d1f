import { describe, expect, it } from "vitest";
import { safeHref } from "./safe-href";

describe("safeHref", () => {
  it.each([
    ["https://example.org/x", "https://example.org/x"],
    ["  http://example.org ", "http://example.org/"],
    ["/projects/a", "/projects/a"],
    ["//evil.example", null],
    ["/\\evil.example", null],
    ["javascript:alert(1)", null],
    ["JaVaScRiPt:alert(1)", null],
    ["data:text/html,<b>x</b>", null],
    ["example.org", null],
    ["", null],
  ])("%s → %s", (raw, expected) => {
    expect(safeHref(raw)).toBe(expected);
  });
});
