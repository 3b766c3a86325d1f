import { BAD_ID, SOME_ID, huge, type Case } from "./junk-cases";

/** The junk-input test's cases for webhooks and chat channels (./junk-input.db.test.ts). */
export const WEBHOOK_CASES: Record<string, Case> = {
  createWebhook: {
    base: (i) => ({
      projectId: i.projectId,
      kind: "webhook",
      url: "https://hooks.example.com/a",
      description: "",
      events: ["vote.cast"],
    }),
    junk: [
      [{ url: "ftp://hooks.example.com/a" }, "url"],
      [{ url: "javascript:alert(1)" }, "url"],
      [{ url: huge }, "url"],
      [{ kind: "email" }, "kind"],
      [{ events: [] }, "events"],
      [{ events: ["review.deleted"] }, "events.0"],
      [{ projectId: BAD_ID }, "projectId"],
      [{ secret: "whsec_mine" }, "secret"],
    ],
  },
  updateWebhook: {
    base: () => ({
      webhookId: SOME_ID,
      version: 0,
      url: "https://hooks.example.com/a",
      description: "",
      events: ["vote.cast"],
      enabled: true,
    }),
    junk: [
      [{ version: -1 }, "version"],
      [{ enabled: "yes" }, "enabled"],
      [{ description: huge }, "description"],
      [{ webhookId: BAD_ID }, "webhookId"],
    ],
  },
  rotateWebhookSecret: {
    base: () => ({ webhookId: SOME_ID }),
    junk: [
      [{ webhookId: BAD_ID }, "webhookId"],
      [{ secret: "x" }, "secret"],
    ],
  },
  sendTestWebhook: {
    base: () => ({ webhookId: SOME_ID }),
    junk: [[{ webhookId: "" }, "webhookId"]],
  },
  redeliverWebhook: {
    base: () => ({ deliveryId: SOME_ID }),
    junk: [[{ deliveryId: BAD_ID }, "deliveryId"]],
  },
};
