import type PgBoss from "pg-boss";
import type { Pool } from "pg";
import { DEFAULT_DISABLE_AFTER_DAYS, parseAllowedNetworks } from "../domain/webhooks";
import { deliverWebhook, dueDeliveryIds, type DeliverOptions } from "./deliver";

/**
 * The webhook side of the worker: a sweeper enqueues the pending deliveries whose time has come
 * into the pg-boss queue "webhook-delivery" (one job per delivery, singleton key = delivery id),
 * and each job sends its delivery (deliver.ts). The sweeper is also what makes a crash harmless:
 * whatever was committed to the outbox and not delivered is still pending and is enqueued again.
 * Settings: WEBHOOK_ALLOWED_NETWORKS (CIDRs the SSRF filter lets through, none by default),
 * WEBHOOK_DISABLE_AFTER_DAYS (default 5), NEXTAUTH_URL for links.
 */

export const WEBHOOK_QUEUE = "webhook-delivery";

export function webhookOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DeliverOptions {
  const raw = env.WEBHOOK_DISABLE_AFTER_DAYS;
  const days = raw ? Number(raw) : DEFAULT_DISABLE_AFTER_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw new Error("WEBHOOK_DISABLE_AFTER_DAYS must be a whole number of days (1-365).");
  return {
    allowedNetworks: parseAllowedNetworks(env.WEBHOOK_ALLOWED_NETWORKS),
    disableAfterDays: days,
    appUrl: env.NEXTAUTH_URL,
  };
}

export async function startWebhookDelivery(
  boss: PgBoss | null,
  ctx: { pool: Pool; log: (m: string) => void; intervalMs: number; env?: NodeJS.ProcessEnv },
): Promise<() => Promise<void>> {
  const opts = webhookOptionsFromEnv(ctx.env);
  const deliver = async (id: string) => {
    const outcome = await deliverWebhook(ctx.pool, id, opts);
    if (outcome !== "already") ctx.log(`[webhooks] ${outcome} ${id}`);
  };
  if (boss) {
    await boss.createQueue(WEBHOOK_QUEUE, {
      name: WEBHOOK_QUEUE,
      policy: "stately",
      retryLimit: 2,
      expireInSeconds: 120,
    });
    await boss.work<{ deliveryId: string }>(
      WEBHOOK_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: Math.max(0.5, ctx.intervalMs / 2000) },
      async ([job]) => {
        if (job) await deliver(job.data.deliveryId);
      },
    );
  }
  let sweeping = false;
  const sweep = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      for (const id of await dueDeliveryIds(ctx.pool)) {
        if (boss) await boss.send(WEBHOOK_QUEUE, { deliveryId: id }, { singletonKey: id });
        else await deliver(id);
      }
    } catch (error) {
      ctx.log(`[webhooks] sweep failed, will retry: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      sweeping = false;
    }
  };
  await sweep();
  const timer = setInterval(() => void sweep(), ctx.intervalMs);
  return async () => {
    clearInterval(timer);
    while (sweeping) await new Promise((r) => setTimeout(r, 50));
  };
}
