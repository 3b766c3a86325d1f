import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import type { TestDb } from "@/test/db";
import { makeUser, openAppDatabase } from "@/test/gate-fixtures";
import { startReceiver, type Receiver } from "@/test/webhook-receiver";
import { deliverWebhook, dueDeliveryIds } from "./deliver";
import { sendWebhook } from "./send";
import { startWebhookDelivery } from "./worker";

/**
 * Webhook delivery on real Postgres with a real receiver on the loopback (allowed as the operator
 * would with WEBHOOK_ALLOWED_NETWORKS): the outbox is written with the change and only once, even
 * when the transaction is retried; retries with backoff until the receiver answers 200; a crash
 * between commit and delivery loses nothing; signatures verify with `standardwebhooks`, also during
 * a rotation; private and loopback targets are refused, also behind a redirect; an endpoint failing
 * for days is disabled and its owners told.
 */
let t: TestDb;
let closeDb: () => Promise<void>;
let receiver: Receiver;
const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const OLD_SECRET = "whsec_dGVzdHNlY3JldHRlc3RzZWNyZXQ=";
const ALLOWED = ["127.0.0.1/32"];
const opts = (now: Date) => ({
  now,
  allowedNetworks: ALLOWED,
  disableAfterDays: 5,
  appUrl: "https://mltrl.example.org",
});

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await closeDb?.();
});

async function endpointWithEvent(url = receiver.url, extra: Record<string, unknown> = {}) {
  const e = await t.db.webhookEndpoint.create({ data: { url, events: ["review.decided"], secret: SECRET, ...extra } });
  const event = await t.db.webhookEvent.create({
    data: { type: "review.decided", payload: { reviewId: "r1", outcome: "graduated" } },
  });
  const d = await t.db.webhookDelivery.create({ data: { endpointId: e.id, eventId: event.id } });
  return { e, event, d };
}

describe("the outbox", () => {
  it("writes one event per change even when the transaction is retried, and none when it rolls back", async () => {
    const { runTransaction, ConflictError, DomainError } = await import("@/lib/dal/core/transaction");
    const { writeAudit } = await import("@/lib/dal/core/audit");
    const e = await t.db.webhookEndpoint.create({
      data: { url: "https://hooks.example.com/a", events: ["vote.cast", "review.decided"], secret: SECRET },
    });
    const entityId = `retry-${Date.now()}`;
    let attempts = 0;
    const audit = (tx: Parameters<typeof writeAudit>[0]) =>
      writeAudit(tx, {
        actorId: null,
        action: "review.vote",
        entityType: "review",
        entityId,
        after: { choice: "graduate", reviewStatus: "graduated" },
      });
    const d = await runTransaction(async (tx) => {
      await audit(tx);
      if (++attempts < 3) throw new ConflictError("lost a race");
      return true;
    });
    expect(d.ok).toBe(true);
    expect(attempts).toBe(3);
    const events = await t.db.webhookEvent.findMany({ where: { payload: { path: ["reviewId"], equals: entityId } } });
    expect(events.map((x) => x.type).sort()).toEqual(["review.decided", "vote.cast"]);
    expect(await t.db.webhookDelivery.count({ where: { endpointId: e.id } })).toBe(2);

    const rolledBack = await runTransaction(async (tx) => {
      await writeAudit(tx, {
        actorId: null,
        action: "review.vote",
        entityType: "review",
        entityId: `${entityId}-x`,
        after: {},
      });
      throw new DomainError([{ code: "no", message: "Refused." }]);
    });
    expect(rolledBack.ok).toBe(false);
    expect(await t.db.webhookEvent.count({ where: { payload: { path: ["reviewId"], equals: `${entityId}-x` } } })).toBe(
      0,
    );
    await t.db.webhookEndpoint.update({ where: { id: e.id }, data: { enabled: false } });
  });
});

describe("delivery", () => {
  it("retries a receiver that answers 500 three times, with backoff, and marks the delivery delivered on the 200", async () => {
    receiver.received.length = 0;
    receiver.answers = [500, 500, 500, 200];
    const { e, event, d } = await endpointWithEvent();
    let now = new Date();
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i++) {
      expect(await deliverWebhook(t.pool, d.id, opts(now))).not.toBe("already");
      outcomes.push((await t.db.webhookDelivery.findUniqueOrThrow({ where: { id: d.id } })).status);
      const next = (await t.db.webhookDelivery.findUniqueOrThrow({ where: { id: d.id } })).nextAttemptAt;
      // Not before its time: the backoff holds the next attempt back.
      if (i < 3) expect(await deliverWebhook(t.pool, d.id, opts(now))).toBe("already");
      now = new Date(Math.max(next.getTime(), now.getTime()) + 1);
    }
    expect(outcomes).toEqual(["pending", "pending", "pending", "delivered"]);
    expect(receiver.received).toHaveLength(4);
    const attempts = await t.db.webhookAttempt.findMany({ where: { deliveryId: d.id }, orderBy: { attempt: "asc" } });
    expect(attempts.map((a) => [a.attempt, a.responseStatus])).toEqual([
      [1, 500],
      [2, 500],
      [3, 500],
      [4, 200],
    ]);
    const gaps = attempts.slice(1).map((a, i) => a.createdAt.getTime() - attempts[i]!.createdAt.getTime());
    expect(gaps[1]!).toBeGreaterThan(gaps[0]!);
    for (const r of receiver.received) {
      expect(r.headers["webhook-id"]).toBe(`msg_${event.id}`);
      const payload = new Webhook(SECRET).verify(r.body, r.headers) as { type: string; data: Record<string, unknown> };
      expect(payload).toMatchObject({ type: "review.decided", data: { reviewId: "r1", outcome: "graduated" } });
    }
    expect((await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: e.id } })).failingSince).toBeNull();
  });

  it("signs with the old and the new secret during a rotation's grace period", async () => {
    receiver.received.length = 0;
    receiver.answers = [200];
    const { d } = await endpointWithEvent(receiver.url, {
      previousSecret: OLD_SECRET,
      previousSecretUntil: new Date(Date.now() + 3_600_000),
    });
    expect(await deliverWebhook(t.pool, d.id, opts(new Date()))).toBe("delivered");
    const r = receiver.received[0]!;
    expect(r.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(() => new Webhook(SECRET).verify(r.body, r.headers)).not.toThrow();
    expect(() => new Webhook(OLD_SECRET).verify(r.body, r.headers)).not.toThrow();
    expect(() =>
      new Webhook("whsec_" + Buffer.from("another secret!").toString("base64")).verify(r.body, r.headers),
    ).toThrow();
  });

  it("loses nothing on a crash between commit and delivery: the sweeper sends it on the next start", async () => {
    receiver.received.length = 0;
    receiver.answers = [200];
    const { d } = await endpointWithEvent();
    // A worker took the row and died before sending (its transaction never committed).
    const client = await t.pool.connect();
    await client.query("BEGIN");
    await client.query("SELECT id FROM webhook_deliveries WHERE id = $1 FOR UPDATE", [d.id]);
    client.release(true);
    expect(await dueDeliveryIds(t.pool)).toContain(d.id);
    const stop = await startWebhookDelivery(null, {
      pool: t.pool,
      log: () => {},
      intervalMs: 100,
      env: { ...process.env, WEBHOOK_ALLOWED_NETWORKS: "127.0.0.1/32" },
    });
    for (let i = 0; i < 50 && receiver.received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    await stop();
    expect((await t.db.webhookDelivery.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("delivered");
    expect(receiver.received).toHaveLength(1);
  });

  it("disables an endpoint failing for the set number of days and tells the project's owners", async () => {
    const owner = await makeUser(t.db, ["researcher"], [], "Hook owner");
    const p = await t.db.project.findFirstOrThrow({ select: { id: true } }).catch(() => null);
    receiver.answers = [500];
    const { e, d } = await endpointWithEvent(receiver.url, {
      failingSince: new Date(Date.now() - 6 * 86_400_000),
      projectId: p?.id ?? null,
    });
    if (p)
      await t.db.projectMember.upsert({
        where: { projectId_userId: { projectId: p.id, userId: owner.id } },
        create: { projectId: p.id, userId: owner.id, role: "owner" },
        update: {},
      });
    expect(await deliverWebhook(t.pool, d.id, opts(new Date()))).toBe("disabled");
    const after = await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: e.id } });
    expect(after).toMatchObject({ enabled: false });
    expect(after.disabledReason).toContain("5 days");
    if (p) expect(await t.db.notification.count({ where: { userId: owner.id, kind: "webhook.disabled" } })).toBe(1);
  });
});

describe("the SSRF filter", () => {
  it("refuses loopback, private and link-local targets when no network is allowed", async () => {
    receiver.received.length = 0;
    for (const url of [
      receiver.url,
      "http://10.0.0.1/x",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]:80/",
      `https://localhost:${receiver.port}/`,
    ]) {
      const r = await sendWebhook(url, "{}", {}, []);
      expect(r.status, url).toBeNull();
      expect(r.error, url).toMatch(/refused|not allowed/i);
    }
    expect(receiver.received).toHaveLength(0);
  });

  it("refuses a loopback address a DNS answer gives (the filter checks the resolved address)", async () => {
    const r = await sendWebhook(`https://localhost.:${receiver.port}/`, "{}", {}, []);
    expect(r.status).toBeNull();
    expect(receiver.received).toHaveLength(0);
  });

  it("refuses a private target behind a redirect from an allowed receiver", async () => {
    const inner = await startReceiver("0.0.0.0");
    receiver.received.length = 0;
    receiver.redirectTo = `http://127.0.0.2:${inner.port}/steal`;
    try {
      const r = await sendWebhook(receiver.url, "{}", {}, ALLOWED);
      expect(r.status).toBeNull();
      expect(r.error).toMatch(/refused/);
      expect(receiver.received).toHaveLength(1);
      expect(inner.received).toHaveLength(0);
    } finally {
      receiver.redirectTo = undefined;
      await inner.close();
    }
  });
});
