import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDb } from "@/test/db";
import { makeUser } from "@/test/gate-fixtures";
import type { Mailer, OutgoingEmail } from "./email";
import { deliverNotification, startNotificationWorker } from "./worker";

/**
 * The e-mail worker on real Postgres: each notification row is mailed once even when several
 * deliveries race for it, a failed send leaves the row for a retry, and the running worker (pg-boss
 * queue + sweep) delivers rows written after it started.
 */

let t: TestDb;
beforeAll(async () => {
  t = await createTestDatabase({ poolSize: 12 });
});
afterAll(async () => {
  await t.dispose();
});

function recordingMailer(opts: { failTimes?: number; delayMs?: number } = {}): Mailer & { sent: OutgoingEmail[] } {
  let fails = opts.failTimes ?? 0;
  const sent: OutgoingEmail[] = [];
  return {
    kind: "log",
    sent,
    async send(mail) {
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      if (fails > 0) {
        fails--;
        throw new Error("SMTP down");
      }
      sent.push(mail);
    },
    close() {},
  };
}

async function notification(userId: string, title = "Seat") {
  return t.db.notification.create({
    data: { userId, kind: "review.seat_assigned", title, body: "Vote, please.", url: "/reviews/x" },
  });
}

describe("notification e-mail delivery", () => {
  it("sends a row exactly once when ten deliveries race for it", async () => {
    const user = await makeUser(t.db, ["reviewer"], ["qa_engineer"], "Racer");
    const n = await notification(user.id);
    const mailer = recordingMailer({ delayMs: 30 });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => deliverNotification(t.pool, n.id, mailer, "https://mltrl.example.org")),
    );
    expect(results.filter((r) => r === "sent")).toHaveLength(1);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ subject: "Seat", messageId: `<notification-${n.id}@mltrl>` });
    expect(mailer.sent[0]!.text).toContain("https://mltrl.example.org/reviews/x");
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: n.id } })).emailedAt).not.toBeNull();
  });

  it("keeps a row whose send failed for the retry, and sends it then", async () => {
    const user = await makeUser(t.db, ["reviewer"], [], "Retry");
    const n = await notification(user.id, "Retry me");
    const mailer = recordingMailer({ failTimes: 1 });
    await expect(deliverNotification(t.pool, n.id, mailer)).rejects.toThrow("SMTP down");
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: n.id } })).emailedAt).toBeNull();
    expect(await deliverNotification(t.pool, n.id, mailer)).toBe("sent");
    expect(await deliverNotification(t.pool, n.id, mailer)).toBe("already");
    expect(mailer.sent.map((m) => m.subject)).toEqual(["Retry me"]);
  });

  it("marks a deactivated user's row without mailing", async () => {
    const user = await makeUser(t.db, ["reviewer"], [], "Gone");
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    const n = await notification(user.id);
    const mailer = recordingMailer();
    expect(await deliverNotification(t.pool, n.id, mailer)).toBe("skipped");
    expect(mailer.sent).toHaveLength(0);
  });

  it("the running worker (pg-boss) delivers rows written while it runs, each once", async () => {
    const user = await makeUser(t.db, ["reviewer"], [], "Live");
    const mailer = recordingMailer();
    const logs: string[] = [];
    const stop = await startNotificationWorker({
      databaseUrl: t.url,
      mailer,
      sweepIntervalMs: 300,
      log: (m) => logs.push(m),
    });
    try {
      expect(logs.join("\n")).toContain("pg-boss queue");
      const rows = await Promise.all([
        notification(user.id, "One"),
        notification(user.id, "Two"),
        notification(user.id, "Three"),
      ]);
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const left = await t.db.notification.count({ where: { id: { in: rows.map((r) => r.id) }, emailedAt: null } });
        if (left === 0) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      // Several sweeps ran meanwhile: still one message per row.
      await new Promise((r) => setTimeout(r, 1000));
      const live = mailer.sent
        .filter((m) => ["One", "Two", "Three"].includes(m.subject))
        .map((m) => m.subject)
        .sort();
      expect(live).toEqual(["One", "Three", "Two"]);
    } finally {
      await stop();
    }
  });
});
