import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/domain/webhooks";
import { idSchema, optionalText } from "./common";

/**
 * Webhook and chat endpoints. The URL is checked here for its shape; where it may point (https,
 * no private address unless the operator allows the network) is checked by the command, which
 * knows WEBHOOK_ALLOWED_NETWORKS (lib/domain/webhooks.ts webhookUrlReasons).
 */

const urlSchema = z
  .string({ error: "Enter the endpoint's URL." })
  .trim()
  .min(1, "Enter the endpoint's URL.")
  .max(2000, "Use at most 2000 characters.")
  .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), "Enter a URL starting with https://.");

const eventsSchema = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Choose events from the list." }), {
    error: "Choose the events to send.",
  })
  .min(1, "Choose at least one event.")
  .max(WEBHOOK_EVENT_TYPES.length, "Choose events from the list.")
  .transform((events) => [...new Set(events)]);

export const createWebhookSchema = z
  .object({
    /** null: the organisation's endpoint (admins); else the project's (its owners). */
    projectId: idSchema("project").nullable(),
    kind: z.enum(["webhook", "chat"], { error: "Choose a webhook or a chat channel." }),
    url: urlSchema,
    description: optionalText(200),
    events: eventsSchema,
  })
  .strict();
export type CreateWebhookInput = z.input<typeof createWebhookSchema>;
export type CreateWebhookData = z.output<typeof createWebhookSchema>;

export const updateWebhookSchema = z
  .object({
    webhookId: idSchema("webhook"),
    /** The version the editor read: a concurrent edit is refused, not overwritten. */
    version: z.number({ error: "Missing version." }).int().min(0),
    url: urlSchema,
    description: optionalText(200),
    events: eventsSchema,
    enabled: z.boolean({ error: "Choose on or off." }),
  })
  .strict();
export type UpdateWebhookInput = z.input<typeof updateWebhookSchema>;
export type UpdateWebhookData = z.output<typeof updateWebhookSchema>;

export const webhookIdSchema = z.object({ webhookId: idSchema("webhook") }).strict();
export type WebhookIdInput = z.input<typeof webhookIdSchema>;
export type WebhookIdData = z.output<typeof webhookIdSchema>;

export const redeliverWebhookSchema = z.object({ deliveryId: idSchema("delivery") }).strict();
export type RedeliverWebhookInput = z.input<typeof redeliverWebhookSchema>;
export type RedeliverWebhookData = z.output<typeof redeliverWebhookSchema>;
