import { ADMIN, project, t, type Row } from "./authorization-fixtures";

/**
 * The authorisation matrix's rows for webhooks and chat channels: a project's belong to its owners
 * (and admins), the organisation's to admins. Keyed by command name (lib/commands/registry.ts).
 */
const OWNERS: Row["allowed"] = ["owner", "admin"];

async function endpoint(org = false) {
  const projectId = org ? null : (await project([1])).id;
  return t.db.webhookEndpoint.create({
    data: {
      projectId,
      url: "https://hooks.example.com/in",
      events: ["review.decided"],
      secret: "whsec_dGVzdHNlY3JldHRlc3RzZWNyZXQ=",
    },
  });
}

export const WEBHOOK_SCENARIOS: Record<string, Row> = {
  createWebhook: {
    allowed: OWNERS,
    setup: async () => ({
      projectId: (await project([1])).id,
      kind: "webhook",
      url: "https://hooks.example.com/mltrl",
      description: "CI",
      events: ["review.decided", "level.changed"],
    }),
  },
  createOrgWebhook: {
    command: "createWebhook",
    allowed: ADMIN,
    setup: async () => ({
      projectId: null,
      kind: "chat",
      url: "https://chat.example.com/hook",
      description: "",
      events: ["review.decided"],
    }),
  },
  updateWebhook: {
    allowed: OWNERS,
    setup: async () => {
      const e = await endpoint();
      return {
        webhookId: e.id,
        version: e.version,
        url: e.url,
        description: "renamed",
        events: ["vote.cast"],
        enabled: false,
      };
    },
  },
  rotateWebhookSecret: {
    allowed: OWNERS,
    setup: async () => ({ webhookId: (await endpoint()).id }),
  },
  rotateOrgWebhookSecret: {
    command: "rotateWebhookSecret",
    allowed: ADMIN,
    setup: async () => ({ webhookId: (await endpoint(true)).id }),
  },
  sendTestWebhook: {
    allowed: OWNERS,
    setup: async () => ({ webhookId: (await endpoint()).id }),
  },
  redeliverWebhook: {
    allowed: OWNERS,
    setup: async () => {
      const e = await endpoint();
      const event = await t.db.webhookEvent.create({
        data: { type: "review.decided", projectId: e.projectId, payload: {} },
      });
      const d = await t.db.webhookDelivery.create({ data: { endpointId: e.id, eventId: event.id, status: "failed" } });
      return { deliveryId: d.id };
    },
  },
};
