import { describe, expect, it } from "vitest";
import { problemLines } from "./errors";

describe("problemLines", () => {
  it("prints a lone refusal once, not as detail and again as its reason", () => {
    expect(problemLines({ detail: "This API token was revoked.", reasons: ["This API token was revoked."] })).toEqual([
      "This API token was revoked.",
    ]);
  });

  it("prints each reason of a refusal under its detail", () => {
    expect(
      problemLines({ detail: "Refused.", reasons: ["Tasks 1 and 2 are not done.", "The project is paused."] }),
    ).toEqual(["Refused.", "- Tasks 1 and 2 are not done.", "- The project is paused."]);
  });

  it("prints field errors once, not also as the reasons that repeat them", () => {
    expect(
      problemLines({
        detail: "Check the fields listed under errors.",
        reasons: ["statement: Enter the statement."],
        errors: [{ path: "statement", message: "Enter the statement." }],
      }),
    ).toEqual(["Check the fields listed under errors.", "- statement: Enter the statement."]);
  });
});
