import { describe, expect, it } from "vitest";
import { anchorOf, reasonsAt } from "./readiness";
import { checklistPayload, panelPayload } from "./form-values";

/** Every submit refusal must land next to the part of the form that fixes it. */
describe("anchorOf", () => {
  it.each([
    ["criteria.poc_metrics", "criterion-poc_metrics"],
    ["ethics.bias_impact", "ethics-bias_impact"],
    ["seats.software_engineer", "panel"],
    ["seats", "panel"],
    ["requirements", "requirements"],
    ["requirements.abc", "requirements"],
    ["card.tldr", "card-sections"],
    ["componentIds", "components"],
    ["unconfirmedItems", "carried"],
    ["project", "draft-top"],
    [undefined, "draft-top"],
  ])("%s → %s", (field, anchor) => {
    expect(anchorOf({ code: "x", message: "m", ...(field ? { field } : {}) })).toBe(anchor);
  });

  it("groups reasons by anchor", () => {
    const rs = [
      { code: "a", message: "A", field: "seats" },
      { code: "b", message: "B", field: "seats.qa_engineer" },
      { code: "c", message: "C", field: "card.tldr" },
    ];
    expect(reasonsAt(rs, "panel").map((r) => r.code)).toEqual(["a", "b"]);
  });
});

describe("form payloads", () => {
  it("leaves unanswered ethics items out and maps the indices back", () => {
    const { payload, ethicsIndex } = checklistPayload("r1", {
      componentIds: ["c1"],
      dueAt: "",
      criteria: [{ key: "k", state: "done", evidenceUrl: "https://e.org", note: "", naReason: "" }],
      ethics: [
        { key: "a", answer: "", note: "" },
        { key: "b", answer: "yes", note: "ok" },
      ],
    });
    expect(payload.ethics).toEqual([{ key: "b", answer: "yes", note: "ok" }]);
    expect(ethicsIndex).toEqual([1]);
    expect(payload.dueAt).toBeNull();
  });

  it("drops empty seats and marks the chair by person", () => {
    expect(
      panelPayload("r1", {
        seats: [
          { userId: "u1", discipline: "qa_engineer" },
          { userId: "", discipline: "" },
        ],
        chair: "u1",
      }).seats,
    ).toEqual([{ userId: "u1", discipline: "qa_engineer", isChair: true }]);
  });
});
