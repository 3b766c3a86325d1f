import { describe, expect, it } from "vitest";
import { parseStrict } from "./common";
import { createComponentSchema } from "./component";

/** A stale tab still sends the old "starting level": refused with a field error saying why, not ignored. */
describe("createComponentSchema", () => {
  const base = { projectId: "p1", name: "resnet", kind: "model" };

  it.each([0, 7, "9"])("refuses a starting level (%s) under its own name", (level) => {
    const parsed = parseStrict(createComponentSchema, { ...base, level });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      [
        "level",
        "A new component starts at level 0; to enter higher, claim a level — an entry review at that level confirms it.",
      ],
    ]);
  });

  it("takes a claimed level instead", () => {
    expect(parseStrict(createComponentSchema, { ...base, claimedLevel: 7 }).data).toMatchObject({ claimedLevel: 7 });
    expect(parseStrict(createComponentSchema, base).data?.claimedLevel).toBeUndefined();
  });
});
