import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, exitCodeForStatus } from "./exit-codes";

describe("exitCodeForStatus", () => {
  it.each([
    [401, EXIT.auth],
    [403, EXIT.auth],
    [409, EXIT.conflict],
    [412, EXIT.conflict],
    [400, EXIT.usage],
    [422, EXIT.usage],
    [404, EXIT.failure],
    [428, EXIT.failure],
    [429, EXIT.failure],
    [500, EXIT.failure],
    [503, EXIT.failure],
  ])("maps %i to exit code %i", (status, code) => {
    expect(exitCodeForStatus(status)).toBe(code);
  });

  it("keeps the documented numbers (scripts branch on them)", () => {
    expect(EXIT).toEqual({ ok: 0, problems: 1, usage: 2, auth: 3, conflict: 4, failure: 5 });
  });

  it("documents every code in docs/api.md", () => {
    const docs = readFileSync(path.join(import.meta.dirname, "..", "docs", "api.md"), "utf8");
    for (const code of Object.values(EXIT)) expect(docs).toMatch(new RegExp(`^\\| ${code} +\\|`, "m"));
  });
});
