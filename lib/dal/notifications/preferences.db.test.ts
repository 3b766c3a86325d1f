import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Mailer, OutgoingEmail } from "@/lib/notifications/email";
import { deliverNotification } from "@/lib/notifications/worker";
import { makeUser, openAppDatabase } from "@/test/gate-fixtures";
import type { TestDb } from "@/test/db";

/**
 * setNotificationPreferences on real Postgres: it writes the caller's own rows only (no input
 * names a user), audits what changed, and the outbox worker follows the result.
 */

let t: TestDb;
let close: () => Promise<void>;
let prefs: typeof import("./preferences");
beforeAll(async () => {
  ({ t, close } = await openAppDatabase());
  prefs = await import("./preferences");
});
afterAll(async () => {
  await close?.();
});

const mailer = (): Mailer & { sent: OutgoingEmail[] } => {
  const sent: OutgoingEmail[] = [];
  return { kind: "log", sent, send: async (m) => void sent.push(m), close() {} };
};

describe("notification preferences", () => {
  it("sets the caller's own channels, audits the change, and the outbox follows them", async () => {
    const ann = await makeUser(t.db, ["reviewer"], ["qa_engineer"], "Ann");
    const ben = await makeUser(t.db, ["reviewer"], ["qa_engineer"], "Ben");
    const input = { review_activity: "email", reminders: "in_app", escalations: "digest", decisions: "email" } as const;
    expect(await prefs.setNotificationPreferences(ann, input)).toEqual({ ok: true, value: { changed: 2 } });
    // Saving the same choices again changes nothing (and says so in the audit).
    expect(await prefs.setNotificationPreferences(ann, input)).toEqual({ ok: true, value: { changed: 0 } });
    const rows = await t.db.notificationPreference.findMany({ orderBy: { category: "asc" } });
    expect(rows.map((r) => [r.userId, r.category, r.channel])).toEqual([
      [ann.id, "escalations", "digest"],
      [ann.id, "reminders", "in_app"],
    ]);
    const audit = await t.db.auditEvent.findFirstOrThrow({
      where: { actorId: ann.id, action: "notification.preferences_changed" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.before).toEqual({ reminders: "email", escalations: "email" });
    expect(audit.after).toEqual({ reminders: "in_app", escalations: "digest" });

    const m = mailer();
    for (const user of [ann, ben]) {
      const n = await t.db.notification.create({
        data: { userId: user.id, kind: "review.reminder_overdue", title: `Overdue for ${user.name}` },
      });
      await deliverNotification(t.pool, n.id, m);
    }
    // Ann chose the app only for reminders; Ben kept the default (e-mail).
    expect(m.sent.map((s) => s.subject)).toEqual(["Overdue for Ben"]);
  });
});
