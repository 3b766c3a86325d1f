import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Webhook } from "standardwebhooks";
import type { TestDb } from "@/test/db";
import { makeCast, makeProject, makeReview, makeUser, openAppDatabase, requiredSeats } from "@/test/gate-fixtures";
import { startReceiver, type Receiver } from "@/test/webhook-receiver";
import { deliverWebhook, dueDeliveryIds } from "./deliver";

/**
 * A whole review reported to a real receiver on the loopback (allowed through the operator's
 * WEBHOOK_ALLOWED_NETWORKS): opened → votes → decided → level changed, each payload signed so
 * that `standardwebhooks` verifies it with the secret the owner was shown once.
 */
vi.stubEnv("WEBHOOK_ALLOWED_NETWORKS", "127.0.0.1/32");
let t: TestDb;
let closeDb: () => Promise<void>;
let receiver: Receiver;

beforeAll(async () => {
  ({ t, close: closeDb } = await openAppDatabase());
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await closeDb?.();
});

describe("a review's events, end to end", () => {
  it("delivers signed review.opened, vote.cast, review.decided and level.changed payloads", async () => {
    const { createWebhook } = await import("@/lib/dal/webhooks/commands");
    const { submitReview } = await import("@/lib/dal/reviews/lifecycle");
    const { castVote } = await import("@/lib/dal/reviews/cast-vote");
    const cast = await makeCast(t.db);
    const project = await makeProject(t.db, { owners: [cast.owner.id], levels: [0], requirements: true });
    const created = await createWebhook(cast.owner, {
      projectId: project.id,
      kind: "webhook",
      url: receiver.url,
      description: "CI",
      events: ["review.opened", "vote.cast", "review.decided", "level.changed"],
    });
    expect(created.ok).toBe(true);
    const secret = created.ok ? created.value.secret! : "";
    expect(secret).toMatch(/^whsec_/);

    const wanted = requiredSeats(
      0,
      Array.from({ length: 10 }, (_, i) => `x${i}`),
    );
    const people: Awaited<ReturnType<typeof makeUser>>[] = [];
    for (const s of wanted) people.push(await makeUser(t.db, ["reviewer"], [s.discipline], `Judge ${s.discipline}`));
    const seats = wanted.map((s, i) => ({ ...s, userId: people[i]!.id }));
    const review = await makeReview(t.db, {
      projectId: project.id,
      componentIds: project.componentIds,
      level: 0,
      status: "draft",
      authorId: cast.owner.id,
      seats,
    });
    const opened = await submitReview(cast.owner, { reviewId: review.id });
    expect(opened.ok).toBe(true);
    const pinRound = opened.ok ? opened.value.pinRound : 0;
    for (const judge of people) {
      const v = await castVote(judge, { reviewId: review.id, pinRound, choice: "graduate", tasks: [], comment: "" });
      expect(v.ok).toBe(true);
    }

    for (const id of await dueDeliveryIds(t.pool))
      expect(await deliverWebhook(t.pool, id, { allowedNetworks: ["127.0.0.1/32"], disableAfterDays: 5 })).toBe(
        "delivered",
      );
    const payloads = receiver.received.map(
      (r) => new Webhook(secret).verify(r.body, r.headers) as { type: string; data: Record<string, unknown> },
    );
    const types = payloads.map((p) => p.type);
    expect(new Set(types)).toEqual(new Set(["review.opened", "vote.cast", "review.decided", "level.changed"]));
    expect(types.filter((x) => x === "vote.cast")).toHaveLength(people.length);
    expect(types[0]).toBe("review.opened");
    expect(payloads.find((p) => p.type === "review.decided")!.data).toMatchObject({
      reviewId: review.id,
      outcome: "graduated",
    });
    expect(payloads.find((p) => p.type === "level.changed")!.data).toMatchObject({
      fromLevel: 0,
      toLevel: 1,
      reviewId: review.id,
    });
    expect(payloads.find((p) => p.type === "review.opened")!.data).toMatchObject({ projectId: project.id });
    // One event row per change: no duplicates for a vote that decided the review.
    expect(await t.db.webhookEvent.count({ where: { projectId: project.id, type: "review.decided" } })).toBe(1);
  });
});

describe("the audit log of endpoints", () => {
  it("keeps a chat URL's secret path out, on creation and on edit", async () => {
    const { createWebhook, updateWebhook } = await import("@/lib/dal/webhooks/commands");
    const cast = await makeCast(t.db);
    const project = await makeProject(t.db, { owners: [cast.owner.id], levels: [1] });
    const secretPath = "/services/T0001/B0001/s3cr3tTOKENs3cr3t";
    const created = await createWebhook(cast.owner, {
      projectId: project.id,
      kind: "chat",
      url: `https://hooks.slack.com${secretPath}`,
      description: "",
      events: ["review.decided"],
    });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.id : "";
    const edited = await updateWebhook(cast.owner, {
      webhookId: id,
      version: 0,
      url: `https://hooks.slack.com${secretPath}2`,
      description: "",
      events: ["review.decided"],
      enabled: true,
    });
    expect(edited.ok).toBe(true);
    const rows = await t.db.auditEvent.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["webhook.create", "webhook.update"]);
    const logged = JSON.stringify(rows.map((r) => [r.before, r.after]));
    expect(logged).not.toContain("s3cr3t");
    expect(logged).toContain('"url":"https://hooks.slack.com/…"');
  });
});

describe("redeliver", () => {
  it("refuses while a delivery of the event is pending, also for two clicks at once; sends a finished one again", async () => {
    const { createWebhook, redeliverWebhook } = await import("@/lib/dal/webhooks/commands");
    const cast = await makeCast(t.db);
    const project = await makeProject(t.db, { owners: [cast.owner.id], levels: [1] });
    const created = await createWebhook(cast.owner, {
      projectId: project.id,
      kind: "webhook",
      url: "https://hooks.example.com/r",
      description: "",
      events: ["review.decided"],
    });
    const endpointId = created.ok ? created.value.id : "";
    const event = await t.db.webhookEvent.create({
      data: { type: "review.decided", projectId: project.id, payload: {} },
    });
    const failed = await t.db.webhookDelivery.create({ data: { endpointId, eventId: event.id, status: "failed" } });
    const twice = await Promise.all([
      redeliverWebhook(cast.owner, { deliveryId: failed.id }),
      redeliverWebhook(cast.owner, { deliveryId: failed.id }),
    ]);
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    const refused = twice.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.reasons.map((r) => r.code)).toEqual(["delivery_pending"]);
    expect(await t.db.webhookDelivery.count({ where: { eventId: event.id, status: "pending" } })).toBe(1);
    // Once the pending copy has finished, the event can be sent again.
    await t.db.webhookDelivery.updateMany({
      where: { eventId: event.id, status: "pending" },
      data: { status: "delivered" },
    });
    expect((await redeliverWebhook(cast.owner, { deliveryId: failed.id })).ok).toBe(true);
  });
});
