import { randomUUID } from "node:crypto";
import type { Pool, PoolClient } from "pg";
import { Webhook } from "standardwebhooks";
import { MAX_DELIVERY_ATTEMPTS, TEST_EVENT_TYPE, chatText, retryDelaySeconds, shouldDisable } from "../domain/webhooks";
import { sendWebhook } from "./send";

/**
 * Sends one pending delivery (an outbox row), exactly as the e-mail worker sends a notification:
 *
 *   claim:  BEGIN; SELECT … WHERE status = 'pending' AND next_attempt_at <= now FOR UPDATE SKIP LOCKED;
 *           move next_attempt_at out by a lease; COMMIT
 *   POST (signed), with no transaction open
 *   record: BEGIN; INSERT the attempt; UPDATE the delivery (delivered, or the next attempt time); COMMIT
 *
 * At least once: a crash during the POST leaves the row pending, due again when the lease ends,
 * and the sweeper picks it up; the lease keeps a second worker off a delivery in flight. A failed attempt schedules the next
 * one with exponential backoff (lib/domain/webhooks.ts retryDelaySeconds) until the attempts run
 * out; an endpoint failing for WEBHOOK_DISABLE_AFTER_DAYS days is disabled and its owners told.
 * Signatures follow Standard Webhooks (the `standardwebhooks` package): webhook-id is the event's
 * id (the same on every retry and redelivery, so receivers can drop duplicates), webhook-timestamp
 * the attempt's time, and webhook-signature one "v1,…" per secret (two during a rotation).
 */

export type DeliverOptions = {
  now?: Date;
  allowedNetworks: readonly string[];
  disableAfterDays: number;
  appUrl?: string;
};
export type DeliverOutcome = "delivered" | "retry" | "failed" | "disabled" | "already";

type Row = {
  id: string;
  attempts: number;
  endpoint_id: string;
  kind: "webhook" | "chat";
  url: string;
  secret: string | null;
  previous_secret: string | null;
  previous_secret_until: Date | null;
  failing_since: Date | null;
  project_id: string | null;
  event_id: string;
  type: string;
  payload: Record<string, unknown>;
  created_at: Date;
};

export function signatureHeader(
  row: Pick<Row, "secret" | "previous_secret" | "previous_secret_until">,
  id: string,
  at: Date,
  body: string,
): string {
  const secrets = [
    row.secret,
    row.previous_secret_until && row.previous_secret_until > at ? row.previous_secret : null,
  ];
  return secrets
    .filter((s): s is string => !!s)
    .map((s) => new Webhook(s).sign(id, at, body))
    .join(" ");
}

export function eventLink(payload: Record<string, unknown>, appUrl: string | undefined): string | null {
  if (!appUrl || typeof payload.projectSlug !== "string") return null;
  const base = `${appUrl.replace(/\/$/, "")}/projects/${payload.projectSlug}`;
  return typeof payload.reviewId === "string" ? `${base}/reviews/${payload.reviewId}` : base;
}

function request(row: Row, at: Date, appUrl: string | undefined): { body: string; headers: Record<string, string> } {
  const link = eventLink(row.payload, appUrl);
  if (row.kind === "chat")
    return { body: JSON.stringify({ text: chatText(row.type, row.payload, link) }), headers: {} };
  const body = JSON.stringify({
    type: row.type,
    timestamp: row.created_at.toISOString(),
    data: { ...row.payload, link },
  });
  const id = `msg_${row.event_id}`;
  return {
    body,
    headers: {
      "webhook-id": id,
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": signatureHeader(row, id, at, body),
      "user-agent": "MLTRL-Webhooks/1",
    },
  };
}

/**
 * How long a claimed delivery stays off the sweeper's list while its POST is in flight: longer
 * than a send can take (10 s per hop, three redirects), so only a crashed worker's claim runs out.
 */
export const CLAIM_LEASE_SECONDS = 120;

export async function deliverWebhook(pool: Pool, deliveryId: string, opts: DeliverOptions): Promise<DeliverOutcome> {
  const now = opts.now ?? new Date();
  const row = await claim(pool, deliveryId, now);
  if (!row) return "already";
  // No transaction is open while the receiver answers: a slow one holds no row and no connection.
  const { body, headers } = request(row, now, opts.appUrl);
  const result = await sendWebhook(row.url, body, headers, opts.allowedNetworks);
  return inTransaction(pool, (client) => record(client, row, { now, body, headers, result }, opts));
}

/** Takes a due delivery for this worker: its next attempt moves out by the lease, then COMMIT. */
async function claim(pool: Pool, deliveryId: string, now: Date): Promise<Row | null> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<Row>(
      `SELECT d.id, d.attempts, e.id AS endpoint_id, e.kind, e.url, e.secret, e.previous_secret, e.previous_secret_until,
              e.failing_since, e.project_id, ev.id AS event_id, ev.type, ev.payload, ev.created_at
         FROM webhook_deliveries d
         JOIN webhook_endpoints e ON e.id = d.endpoint_id
         JOIN webhook_events ev ON ev.id = d.event_id
        WHERE d.id = $1 AND d.status = 'pending' AND d.next_attempt_at <= $2 AND e.enabled
          FOR UPDATE OF d SKIP LOCKED`,
      [deliveryId, now],
    );
    const row = rows[0];
    if (row)
      await client.query("UPDATE webhook_deliveries SET next_attempt_at = $2 WHERE id = $1", [
        row.id,
        new Date(now.getTime() + CLAIM_LEASE_SECONDS * 1000),
      ]);
    return row ?? null;
  });
}

type Sent = {
  now: Date;
  body: string;
  headers: Record<string, string>;
  result: Awaited<ReturnType<typeof sendWebhook>>;
};

/** Records the attempt and the delivery's new state, unless another worker recorded it meanwhile. */
async function record(client: PoolClient, row: Row, sent: Sent, opts: DeliverOptions): Promise<DeliverOutcome> {
  const { now, body, headers, result } = sent;
  const { rows: current } = await client.query<{ attempts: number; status: string; failing_since: Date | null }>(
    `SELECT d.attempts, d.status, e.failing_since FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
      WHERE d.id = $1 FOR UPDATE OF d, e`,
    [row.id],
  );
  // The lease ran out and another worker took over: its record stands, ours would count twice.
  if (current[0]?.status !== "pending" || current[0].attempts !== row.attempts) return "already";
  const attempt = row.attempts + 1;
  const ok = result.status !== null && result.status >= 200 && result.status < 300;
  const { "webhook-signature": _signature, ...shownHeaders } = headers;
  await client.query(
    `INSERT INTO webhook_attempts (id, delivery_id, attempt, request_headers, request_body, response_status, response_body, error, duration_ms, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      randomUUID(),
      row.id,
      attempt,
      JSON.stringify({ ...shownHeaders, ...(_signature ? { "webhook-signature": "(signed)" } : {}) }),
      body,
      result.status,
      result.body.slice(0, 4096),
      result.error,
      result.durationMs,
      now,
    ],
  );
  if (ok) {
    await client.query(
      "UPDATE webhook_deliveries SET status = 'delivered', attempts = $2, delivered_at = $3 WHERE id = $1",
      [row.id, attempt, now],
    );
    await client.query("UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1", [row.endpoint_id]);
    return "delivered";
  }
  const gaveUp = attempt >= MAX_DELIVERY_ATTEMPTS;
  await client.query("UPDATE webhook_deliveries SET status = $2, attempts = $3, next_attempt_at = $4 WHERE id = $1", [
    row.id,
    gaveUp ? "failed" : "pending",
    attempt,
    new Date(now.getTime() + retryDelaySeconds(attempt) * 1000),
  ]);
  const failingSince = current[0].failing_since ?? now;
  await client.query("UPDATE webhook_endpoints SET failing_since = $2 WHERE id = $1", [row.endpoint_id, failingSince]);
  if (!shouldDisable(failingSince, now, opts.disableAfterDays)) return gaveUp ? "failed" : "retry";
  await disableEndpoint(client, row, opts.disableAfterDays);
  return "disabled";
}

async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const value = await work(client);
    await client.query("COMMIT");
    return value;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Disables the endpoint and tells its owners (the project's owners, or the admins for the organisation's). */
async function disableEndpoint(client: PoolClient, row: Row, days: number): Promise<void> {
  const reason = `Every delivery failed for ${days} day${days === 1 ? "" : "s"}; the last event was ${row.type === TEST_EVENT_TYPE ? "a test" : row.type}.`;
  await client.query(
    "UPDATE webhook_endpoints SET enabled = false, disabled_reason = $2, version = version + 1 WHERE id = $1",
    [row.endpoint_id, reason],
  );
  await client.query("UPDATE webhook_deliveries SET status = 'failed' WHERE endpoint_id = $1 AND status = 'pending'", [
    row.endpoint_id,
  ]);
  const { rows: owners } = row.project_id
    ? await client.query<{ user_id: string; slug: string }>(
        `SELECT m.user_id, p.slug FROM project_members m JOIN projects p ON p.id = m.project_id
          WHERE m.project_id = $1 AND m.role = 'owner'`,
        [row.project_id],
      )
    : await client.query<{ user_id: string; slug: string | null }>(
        "SELECT id AS user_id, NULL AS slug FROM users WHERE 'admin' = ANY(roles) AND active",
      );
  for (const o of owners)
    await client.query(
      `INSERT INTO notifications (id, user_id, kind, title, body, url, project_id) VALUES ($1, $2, 'webhook.disabled', $3, $4, $5, $6)`,
      [
        randomUUID(),
        o.user_id,
        `A webhook was disabled: ${new URL(row.url).host}`,
        reason + " Fix the receiver, then enable the webhook again.",
        o.slug ? `/projects/${o.slug}/webhooks/${row.endpoint_id}` : `/admin/webhooks/${row.endpoint_id}`,
        row.project_id,
      ],
    );
}

/** Pending deliveries whose time has come, of enabled endpoints (what the sweeper enqueues). */
export async function dueDeliveryIds(pool: Pool, now = new Date(), limit = 200): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
      WHERE d.status = 'pending' AND d.next_attempt_at <= $1 AND e.enabled
      ORDER BY d.next_attempt_at, d.id LIMIT $2`,
    [now, limit],
  );
  return rows.map((r) => r.id);
}
