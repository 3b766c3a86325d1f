import "server-only";
import {
  createWebhook,
  redeliverWebhook,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhook,
} from "@/lib/dal/webhooks/commands";
import {
  createWebhookSchema,
  redeliverWebhookSchema,
  updateWebhookSchema,
  webhookIdSchema,
} from "@/lib/schemas/webhooks";
import { defineCommand } from "./define-command";

/** Webhook and chat endpoints of the organisation (admins) or a project (its owners). */

export const createWebhookCommand = defineCommand({
  name: "createWebhook",
  schema: createWebhookSchema,
  run: createWebhook,
  invalidates: ["webhooks"],
  audit: ["webhook.create"],
});

export const updateWebhookCommand = defineCommand({
  name: "updateWebhook",
  schema: updateWebhookSchema,
  run: updateWebhook,
  invalidates: ["webhooks"],
  audit: ["webhook.update"],
});

export const rotateWebhookSecretCommand = defineCommand({
  name: "rotateWebhookSecret",
  schema: webhookIdSchema,
  run: (user, data) => rotateWebhookSecret(user, data),
  invalidates: ["webhooks"],
  audit: ["webhook.rotate_secret"],
});

export const sendTestWebhookCommand = defineCommand({
  name: "sendTestWebhook",
  schema: webhookIdSchema,
  run: sendTestWebhook,
  invalidates: ["webhooks"],
  audit: ["webhook.test"],
});

export const redeliverWebhookCommand = defineCommand({
  name: "redeliverWebhook",
  schema: redeliverWebhookSchema,
  run: redeliverWebhook,
  invalidates: ["webhooks"],
  audit: ["webhook.redeliver"],
});
