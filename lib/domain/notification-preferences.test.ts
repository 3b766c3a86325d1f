import { describe, expect, it } from "vitest";
import { categoryOf, channelFor, toPreferences, withDefaults } from "./notification-preferences";

describe("notification preferences", () => {
  it.each([
    ["review.seat_assigned", "review_activity"],
    ["review.vote_stale", "review_activity"],
    ["review.reminder_due_soon", "reminders"],
    ["review.reminder_overdue", "reminders"],
    ["review.escalation", "escalations"],
    ["webhook.disabled", "escalations"],
    ["review.decided", "decisions"],
    ["project.research_track", "decisions"],
    ["something.new", "review_activity"],
  ])("%s is %s", (kind, category) => {
    expect(categoryOf(kind)).toBe(category);
  });

  it("defaults to e-mail (the behaviour before preferences)", () => {
    expect(channelFor({}, "review.decided")).toBe("email");
    expect(withDefaults({ reminders: "digest" })).toEqual({
      review_activity: "email",
      reminders: "digest",
      escalations: "email",
      decisions: "email",
    });
  });

  it("follows the person's choice per category", () => {
    const prefs = toPreferences([
      { category: "reminders", channel: "in_app" },
      { category: "decisions", channel: "digest" },
      { category: "bogus", channel: "email" },
      { category: "escalations", channel: "pigeon" },
    ]);
    expect(prefs).toEqual({ reminders: "in_app", decisions: "digest" });
    expect(channelFor(prefs, "review.reminder_overdue")).toBe("in_app");
    expect(channelFor(prefs, "review.decided")).toBe("digest");
    expect(channelFor(prefs, "review.escalation")).toBe("email");
  });
});
