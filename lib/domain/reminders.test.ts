import { describe, expect, it } from "vitest";
import { dueReminders, reminderMessage, type ReminderReview } from "./reminders";

const DUE = new Date("2026-03-10T12:00:00Z");
const at = (hoursFromDue: number) => new Date(DUE.getTime() + hoursFromDue * 3_600_000);
const settings = { daysBefore: 1 };

const review = (over: Partial<ReminderReview> = {}): ReminderReview => ({
  id: "r1",
  status: "open",
  dueAt: DUE,
  pinRound: 2,
  overdueDays: 3,
  seats: [
    { userId: "chair", isChair: true, votedThisRound: true },
    { userId: "rita", isChair: false, votedThisRound: false },
  ],
  escalateTo: ["owner", "manager"],
  ...over,
});

const summary = (r: ReminderReview, now: Date, s = settings) =>
  dueReminders([r], s, now).map((d) => `${d.kind}:${d.userId}`);

describe("dueReminders", () => {
  it.each<[string, ReminderReview, Date, string[]]>([
    ["nothing two days before", review(), at(-48), []],
    ["due_soon exactly one day before", review(), at(-24), ["due_soon:rita"]],
    ["due_soon an hour before", review(), at(-1), ["due_soon:rita"]],
    ["overdue at the due time", review(), at(0), ["overdue:rita"]],
    ["overdue, not yet escalated, after 2 days", review(), at(48), ["overdue:rita"]],
    [
      "escalation after 3 days: chair, owners and managers",
      review(),
      at(72),
      ["overdue:rita", "escalation:chair", "escalation:owner", "escalation:manager"],
    ],
    [
      "the level's overdue days set the escalation",
      review({ overdueDays: 1 }),
      at(24),
      ["overdue:rita", "escalation:chair", "escalation:owner", "escalation:manager"],
    ],
    ["no due date, no reminder", review({ dueAt: null }), at(72), []],
    ["a draft is not reminded", review({ status: "draft" }), at(0), []],
    ["a decided review is not reminded", review({ status: "decided" }), at(72), []],
    [
      "every seat voted: nothing owed, no escalation",
      review({ seats: [{ userId: "chair", isChair: true, votedThisRound: true }] }),
      at(100),
      [],
    ],
    [
      "the chair who owes a vote gets both the reminder and the escalation, once each",
      review({ seats: [{ userId: "chair", isChair: true, votedThisRound: false }], escalateTo: ["chair"] }),
      at(80),
      ["overdue:chair", "escalation:chair"],
    ],
  ])("%s", (_name, r, now, expected) => {
    expect(summary(r, now)).toEqual(expected);
  });

  it("takes the days before from the settings", () => {
    expect(summary(review(), at(-47), { daysBefore: 2 })).toEqual(["due_soon:rita"]);
  });

  it("keys each reminder by the review's pin round", () => {
    expect(dueReminders([review({ pinRound: 5 })], settings, at(0))).toEqual([
      { reviewId: "r1", userId: "rita", kind: "overdue", pinRound: 5 },
    ]);
  });
});

describe("reminderMessage", () => {
  const c = { level: 3, kind: "gate" as const, projectName: "Ranker", dueAt: DUE, missing: ["Rita"], seats: 2 };
  it("says which review, what is owed and the due date", () => {
    const m = reminderMessage("due_soon", c, at(-5));
    expect(m.title).toBe("Your vote is due 2026-03-10: Ranker L3");
    expect(m.body).toContain("gate review of Ranker at L3, due 2026-03-10");
    expect(reminderMessage("overdue", c, at(5)).body).toContain("was due 2026-03-10 and still needs your vote");
  });
  it("names the missing voters on escalation", () => {
    const m = reminderMessage("escalation", { ...c, kind: "entry" }, at(75));
    expect(m.title).toBe("Escalation: Ranker L3 review overdue by 3 days");
    expect(m.body).toBe("The entry review of Ranker at L3 was due 2026-03-10. 1 of 2 votes missing: Rita.");
  });
});
