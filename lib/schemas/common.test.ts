import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isSafeText, optionalText, parseStrict, requiredText, unsafeTextPaths } from "./common";

/** NUL bytes and lone surrogates reached PostgreSQL as a 500; the shared check refuses them as field errors. */
describe("safe text", () => {
  it.each([
    ["plain", true],
    ["emoji 😀 and é", true],
    ["a\u0000b", false],
    ["x\uD800", false],
    ["\uDC00y", false],
    ["\uDC00\uD800", false],
  ])("%j → %s", (s, ok) => {
    expect(isSafeText(s)).toBe(ok);
  });

  it("finds every unsafe string and key in nested input", () => {
    expect(unsafeTextPaths({ a: "ok", tasks: [{ text: "x\u0000" }], ["k\uD800"]: 1, d: new Date(0) })).toEqual([
      ["tasks", 0, "text"],
      ["k?"],
    ]);
  });

  it("the text helpers and parseStrict refuse it with a field error", () => {
    expect(requiredText("a name", 10).safeParse("a\u0000").success).toBe(false);
    expect(optionalText(10).safeParse("\uD800").success).toBe(false);
    const parsed = parseStrict(z.object({ n: z.number(), s: z.string() }).strict(), { n: 1, s: "a\u0000b" });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["s", expect.stringMatching(/cannot be stored/)],
    ]);
  });
});
