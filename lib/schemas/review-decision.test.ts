import { describe, expect, it } from "vitest";
import { importComponentSchema } from "./component-import";
import { castVoteSchema } from "./review-decision";

const vote = { reviewId: "rev_1", pinRound: 0, comment: "" };

describe("castVoteSchema", () => {
  it("refuses a return vote without tasks, under the tasks field, with the domain's message", () => {
    const r = castVoteSchema.safeParse({ ...vote, choice: "return", tasks: [] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["tasks", "A return vote must list at least one specific task."],
    ]);
  });

  it("takes a return vote with a task and a graduate vote without", () => {
    expect(castVoteSchema.safeParse({ ...vote, choice: "return", tasks: [{ text: "Add tests" }] }).success).toBe(true);
    expect(castVoteSchema.safeParse({ ...vote, choice: "graduate", tasks: [] }).success).toBe(true);
  });
});

describe("importComponentSchema", () => {
  it("asks to choose a component when none is picked", () => {
    const r = importComponentSchema.safeParse({ projectId: "p_1", sourceComponentId: "" });
    expect(r.error?.issues[0]).toMatchObject({
      path: ["sourceComponentId"],
      message: "Choose the component to import.",
    });
  });

  it("still refuses a malformed id", () => {
    const r = importComponentSchema.safeParse({ projectId: "p_1", sourceComponentId: "a b" });
    expect(r.error?.issues[0]?.message).toBe("This is not a valid component id.");
  });
});
