import "server-only";
import { randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Decision } from "@/lib/domain/decision";
import {
  ROTATION_GRACE_HOURS,
  TEST_EVENT_TYPE,
  parseAllowedNetworks,
  redactedWebhookUrl,
  redeliverReasons,
  webhookUrlReasons,
} from "@/lib/domain/webhooks";
import type { CreateWebhookData, RedeliverWebhookData, UpdateWebhookData, WebhookIdData } from "@/lib/schemas/webhooks";
import { writeAudit, type Tx } from "@/lib/dal/core/audit";
import {
  editedMeanwhile,
  expectOne,
  memberRoleOf,
  notFound,
  permit,
  refuseIf,
  runTransaction,
} from "@/lib/dal/core/transaction";

/**
 * Webhook and chat endpoints: create, edit (URL, events, on/off), rotate the secret, send a test
 * event, redeliver. An organisation endpoint (no project) is an admin's; a project's belongs to its
 * owners (permission "manage_webhooks"). Secrets are returned once, by create and rotate, and never
 * written to the audit log.
 */

export const newWebhookSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

/** The operator's allowed networks; read per call so tests and deployments set them in the environment. */
const allowedNetworks = () => parseAllowedNetworks(process.env.WEBHOOK_ALLOWED_NETWORKS);

/** The permission check for an endpoint of `projectId` (null: the organisation's). */
async function permitWebhooks(tx: Tx, user: SessionUser, projectId: string | null): Promise<void> {
  if (projectId === null) return permit(user, "manage_webhooks");
  const project = await tx.project.findUnique({
    where: { id: projectId },
    select: { members: { where: { userId: user.id }, select: { userId: true, role: true } } },
  });
  if (!project) throw notFound("project", "projectId");
  permit(user, "manage_webhooks", { projectMemberRole: memberRoleOf(project.members, user.id) });
}

async function loadEndpoint(tx: Tx, user: SessionUser, webhookId: string) {
  const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: webhookId } });
  if (!endpoint) throw notFound("webhook", "webhookId");
  await permitWebhooks(tx, user, endpoint.projectId);
  return endpoint;
}

export type WebhookSecretResult = { id: string; secret: string | null };

export async function createWebhook(
  user: SessionUser,
  data: CreateWebhookData,
): Promise<Decision<WebhookSecretResult>> {
  return runTransaction(async (tx) => {
    await permitWebhooks(tx, user, data.projectId);
    refuseIf(webhookUrlReasons(data.url, allowedNetworks()));
    const secret = data.kind === "webhook" ? newWebhookSecret() : null;
    const created = await tx.webhookEndpoint.create({
      data: { ...data, secret, createdById: user.id },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "webhook.create",
      entityType: "webhook",
      entityId: created.id,
      projectId: data.projectId,
      after: { kind: data.kind, url: redactedWebhookUrl(data.url), events: data.events },
    });
    return { id: created.id, secret };
  });
}

export async function updateWebhook(user: SessionUser, data: UpdateWebhookData): Promise<Decision<{ id: string }>> {
  return runTransaction(async (tx) => {
    const before = await loadEndpoint(tx, user, data.webhookId);
    refuseIf(webhookUrlReasons(data.url, allowedNetworks()));
    const { webhookId, version, ...changes } = data;
    const reenabled = changes.enabled && !before.enabled;
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: webhookId, version },
      data: {
        ...changes,
        version: { increment: 1 },
        ...(reenabled ? { failingSince: null, disabledReason: null } : {}),
      },
    });
    if (count !== 1) refuseIf([editedMeanwhile("webhook")]);
    await writeAudit(tx, {
      actorId: user.id,
      action: "webhook.update",
      entityType: "webhook",
      entityId: webhookId,
      projectId: before.projectId,
      before: {
        url: redactedWebhookUrl(before.url),
        events: before.events,
        enabled: before.enabled,
        description: before.description,
      },
      after: { ...changes, url: redactedWebhookUrl(changes.url) },
    });
    return { id: webhookId };
  });
}

/** A new secret; the previous one keeps signing (a second signature) for ROTATION_GRACE_HOURS. */
export async function rotateWebhookSecret(
  user: SessionUser,
  data: WebhookIdData,
  now = new Date(),
): Promise<Decision<WebhookSecretResult>> {
  return runTransaction(async (tx) => {
    const e = await loadEndpoint(tx, user, data.webhookId);
    if (e.kind !== "webhook")
      refuseIf([{ code: "no_secret", message: "Chat channels are not signed: there is no secret to rotate." }]);
    const secret = newWebhookSecret();
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: e.id, version: e.version },
      data: {
        secret,
        previousSecret: e.secret,
        previousSecretUntil: new Date(now.getTime() + ROTATION_GRACE_HOURS * 3_600_000),
        version: { increment: 1 },
      },
    });
    expectOne(count, `webhook ${e.id}`);
    await writeAudit(tx, {
      actorId: user.id,
      action: "webhook.rotate_secret",
      entityType: "webhook",
      entityId: e.id,
      projectId: e.projectId,
      after: { graceHours: ROTATION_GRACE_HOURS },
    });
    return { id: e.id, secret };
  });
}

/** A "webhook.test" event to this endpoint only (even if disabled events would not reach it). */
export async function sendTestWebhook(
  user: SessionUser,
  data: WebhookIdData,
): Promise<Decision<{ deliveryId: string }>> {
  return runTransaction(async (tx) => {
    const e = await loadEndpoint(tx, user, data.webhookId);
    refuseIf(e.enabled ? [] : [{ code: "disabled", message: "Enable the webhook before sending a test event." }]);
    const event = await tx.webhookEvent.create({
      data: {
        type: TEST_EVENT_TYPE,
        projectId: e.projectId,
        payload: { webhookId: e.id, message: "A test event from MLTRL." },
      },
      select: { id: true },
    });
    const delivery = await tx.webhookDelivery.create({
      data: { endpointId: e.id, eventId: event.id },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "webhook.test",
      entityType: "webhook",
      entityId: e.id,
      projectId: e.projectId,
      after: { deliveryId: delivery.id },
    });
    return { deliveryId: delivery.id };
  });
}

/** Sends a delivered or failed event again: a new delivery of the same event (same webhook-id). */
export async function redeliverWebhook(
  user: SessionUser,
  data: RedeliverWebhookData,
): Promise<Decision<{ deliveryId: string }>> {
  return runTransaction(async (tx) => {
    const d = await tx.webhookDelivery.findUnique({
      where: { id: data.deliveryId },
      select: { endpointId: true, eventId: true },
    });
    if (!d) throw notFound("delivery", "deliveryId");
    const e = await loadEndpoint(tx, user, d.endpointId);
    // Under the endpoint's row lock, so two clicks at once queue one copy.
    await tx.$executeRaw`SELECT 1 FROM webhook_endpoints WHERE id = ${e.id} FOR UPDATE`;
    const pending = await tx.webhookDelivery.count({
      where: { endpointId: e.id, eventId: d.eventId, status: "pending" },
    });
    refuseIf(redeliverReasons({ enabled: e.enabled, pendingOfSameEvent: pending > 0 }));
    const delivery = await tx.webhookDelivery.create({
      data: { endpointId: e.id, eventId: d.eventId },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "webhook.redeliver",
      entityType: "webhook",
      entityId: e.id,
      projectId: e.projectId,
      after: { deliveryId: delivery.id, of: data.deliveryId },
    });
    return { deliveryId: delivery.id };
  });
}
