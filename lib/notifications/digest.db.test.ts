import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDb } from "@/test/db";
import { makeUser } from "@/test/gate-fixtures";
import type { Mailer, OutgoingEmail } from "./email";
import { sendDigests } from "./digest";
import { deliverNotification } from "./worker";

/**
 * Notification preferences on real Postgres: the outbox mails only the categories a person gets
 * by e-mail (no choice = e-mail, as before), holds the others, and the daily digest sends one
 * e-mail per person per day with the unread items of their digest categories — once, even when
 * two runs race.
 */

let t: TestDb;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 12 });
});
afterAll(async () => {
  await t.dispose();
});

function recordingMailer(): Mailer & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    kind: "log",
    sent,
    async send(mail) {
      await new Promise((r) => setTimeout(r, 20));
      sent.push(mail);
    },
    close() {},
  };
}

const note = (userId: string, kind: string, title: string, createdAt = new Date("2026-03-10T06:00:00Z")) =>
  t.db.notification.create({ data: { userId, kind, title, body: `${title}.`, url: "/reviews/r1", createdAt } });

const prefer = (userId: string, prefs: Record<string, "email" | "digest" | "in_app">) =>
  t.db.notificationPreference.createMany({
    data: Object.entries(prefs).map(([category, channel]) => ({ userId, category, channel })),
  });

describe("notification preferences in the outbox", () => {
  it("mails by default, holds in-app-only and digest categories", async () => {
    const user = await makeUser(t.db, ["reviewer"], ["qa_engineer"], "Pia");
    await prefer(user.id, { reminders: "in_app", escalations: "digest" });
    const mailer = recordingMailer();
    const decided = await note(user.id, "review.decided", "Decided");
    const reminder = await note(user.id, "review.reminder_overdue", "Overdue");
    const escalation = await note(user.id, "review.escalation", "Escalation");
    expect(await deliverNotification(t.pool, decided.id, mailer)).toBe("sent");
    expect(await deliverNotification(t.pool, reminder.id, mailer)).toBe("held");
    expect(await deliverNotification(t.pool, escalation.id, mailer)).toBe("held");
    expect(mailer.sent.map((m) => m.subject)).toEqual(["Decided"]);
    // Held rows are marked, so the sweep does not pick them again.
    expect(await t.db.notification.count({ where: { userId: user.id, emailedAt: null } })).toBe(0);
  });
});

describe("daily digest", () => {
  it("sends one e-mail per person per day with the unread items of their digest categories", async () => {
    await t.db.notification.updateMany({ data: { readAt: new Date() } }); // the earlier test's items
    const dana = await makeUser(t.db, ["reviewer"], ["qa_engineer"], "Dana");
    const eve = await makeUser(t.db, ["reviewer"], ["qa_engineer"], "Eve");
    await prefer(dana.id, { reminders: "digest", decisions: "digest" });
    await note(dana.id, "review.reminder_due_soon", "Due soon");
    await note(dana.id, "review.decided", "Decided");
    const read = await note(dana.id, "review.reminder_overdue", "Already read");
    await t.db.notification.update({ where: { id: read.id }, data: { readAt: new Date() } });
    await note(dana.id, "review.seat_assigned", "Seat (by e-mail)");
    await note(eve.id, "review.decided", "Eve's (by e-mail)");

    const mailer = recordingMailer();
    const now = new Date("2026-03-10T07:00:00Z");
    const runs = await Promise.all([
      sendDigests(t.pool, mailer, now, "https://mltrl.example.org"),
      sendDigests(t.pool, mailer, now, "https://mltrl.example.org"),
    ]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect(mailer.sent).toHaveLength(1);
    const mail = mailer.sent[0]!;
    expect(mail.to).toContain(dana.email);
    expect(mail.subject).toBe("Your MLTRL digest for 2026-03-10: 2 unread");
    expect(mail.text).toContain("- Due soon");
    expect(mail.text).toContain("- Decided");
    expect(mail.text).toContain("https://mltrl.example.org/reviews/r1");
    expect(mail.text).not.toContain("Already read");
    expect(mail.text).not.toContain("Seat (by e-mail)");

    // Later the same day: a new item waits for tomorrow's digest.
    await note(dana.id, "review.decided", "Decided later", new Date("2026-03-10T09:00:00Z"));
    expect((await sendDigests(t.pool, mailer, new Date("2026-03-10T10:00:00Z"))).sent).toBe(0);
    const tomorrow = await sendDigests(t.pool, mailer, new Date("2026-03-11T07:00:00Z"));
    expect(tomorrow).toEqual({ sent: 1, items: 1 });
    expect(mailer.sent[1]!.text).toContain("- Decided later");
    expect(await t.db.emailDigest.count({ where: { userId: dana.id } })).toBe(2);
  });
});
