import type { Pool } from "pg";
import { channelFor, toPreferences } from "../domain/notification-preferences";
import type { Mailer, OutgoingEmail } from "./email";

/**
 * The daily digest: one e-mail per person per (UTC) day listing their unread notifications of the
 * categories they chose to get as a digest. The key (person, day) of email_digests is inserted in
 * the same transaction that marks the rows digested, and the rows are locked (SKIP LOCKED), so two
 * runs on the same day, or two workers at once, send one digest. As in the outbox, a failed send
 * rolls back and the next run tries again. `now` is a parameter (tests, scripts/run-jobs.ts).
 */

type Item = { id: string; kind: string; title: string; body: string; url: string | null; created_at: Date };

export function digestEmail(
  user: { id: string; email: string; name: string },
  day: string,
  items: readonly Item[],
  appUrl: string | undefined,
): OutgoingEmail {
  const link = (url: string | null) => (url ? (appUrl ? new URL(url, appUrl).toString() : url) : null);
  const lines = items.flatMap((n) => {
    const href = link(n.url);
    return [`- ${n.title}`, ...(n.body ? [`  ${n.body}`] : []), ...(href ? [`  ${href}`] : [])];
  });
  const all = link("/notifications");
  return {
    messageId: `<digest-${user.id}-${day}@mltrl>`,
    to: user.name ? `"${user.name.replace(/"/g, "'")}" <${user.email}>` : user.email,
    subject: `Your MLTRL digest for ${day}: ${items.length} unread`,
    text: [
      `Hello ${user.name || ""},`.trim(),
      "",
      `${items.length} unread notification${items.length === 1 ? "" : "s"} you chose to get once a day:`,
      "",
      ...lines,
      ...(all ? ["", `All your notifications: ${all}`] : []),
      "",
      "Change what arrives how on your account page. — MLTRL",
    ].join("\n"),
  };
}

export type DigestRunResult = { sent: number; items: number };

export async function sendDigests(pool: Pool, mailer: Mailer, now: Date, appUrl?: string): Promise<DigestRunResult> {
  const day = now.toISOString().slice(0, 10);
  const { rows: users } = await pool.query<{ id: string; email: string; name: string }>(
    `SELECT u.id, u.email, u.name FROM users u
      WHERE u.active AND EXISTS (SELECT 1 FROM notification_preferences p WHERE p.user_id = u.id AND p.channel = 'digest')
      ORDER BY u.id`,
  );
  const result: DigestRunResult = { sent: 0, items: 0 };
  for (const user of users) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const prefs = toPreferences(
        (await client.query("SELECT category, channel FROM notification_preferences WHERE user_id = $1", [user.id]))
          .rows,
      );
      const { rows } = await client.query<Item>(
        `SELECT id, kind, title, body, url, created_at FROM notifications
          WHERE user_id = $1 AND read_at IS NULL AND digested_at IS NULL AND created_at <= $2
          ORDER BY created_at, id FOR UPDATE SKIP LOCKED`,
        [user.id, now],
      );
      const items = rows.filter((n) => channelFor(prefs, n.kind) === "digest");
      const claimed =
        items.length > 0
          ? await client.query(
              "INSERT INTO email_digests (user_id, day, items) VALUES ($1, $2::date, $3) ON CONFLICT DO NOTHING",
              [user.id, day, items.length],
            )
          : null;
      if (claimed?.rowCount === 1) {
        await mailer.send(digestEmail(user, day, items, appUrl));
        await client.query("UPDATE notifications SET digested_at = $2 WHERE id = ANY($1)", [
          items.map((n) => n.id),
          now,
        ]);
        result.sent++;
        result.items += items.length;
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return result;
}
