import ipaddr from "ipaddr.js";
import { reason, type Reason } from "./decision";
import { isDecided } from "./review-state";
import type { ReviewStatus } from "./vocabulary";

/**
 * Webhooks and chat notifications, the rules: which event types exist, which audited change
 * reports which event, the retry schedule, when a failing endpoint is disabled, where an endpoint
 * may point, and the readable text of a chat message. Pure: the outbox (lib/dal/core/webhook-outbox.ts)
 * and the worker (lib/webhooks/) call these.
 */

export const WEBHOOK_EVENT_TYPES = [
  "review.opened",
  "vote.cast",
  "vote.stale",
  "review.decided",
  "level.changed",
  "switchback",
  "card.revised",
  "requirement.regressed",
  "target.at_risk",
  "monitoring.alert",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
/** Sent only by "send a test event", to the one endpoint asked. */
export const TEST_EVENT_TYPE = "webhook.test";

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  "review.opened": "Review opened",
  "vote.cast": "Vote cast",
  "vote.stale": "Vote went stale",
  "review.decided": "Review decided",
  "level.changed": "Level changed",
  switchback: "Switchback",
  "card.revised": "Card revised",
  "requirement.regressed": "Requirement regressed",
  "target.at_risk": "Target at risk",
  "monitoring.alert": "Monitoring alert",
};

export type WebhookEventDraft = { type: WebhookEventType; data: Record<string, unknown> };

type Json = Record<string, unknown> | null | undefined;
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === "object" ? (v as Record<string, unknown>) : {});

const REQUIREMENT_STATUS_RANK: Record<string, number> = { open: 0, waived: 1, verified: 2, validated: 3 };

/**
 * The events an audited change reports (none for most actions). Called by writeAudit, so every
 * command that audits reports its events in its own transaction without code of its own.
 */
export function eventsFromAudit(input: {
  action: string;
  entityType: string;
  entityId: string;
  projectId: string | null;
  before?: unknown;
  after?: unknown;
}): WebhookEventDraft[] {
  const after = obj(input.after as Json);
  const before = obj(input.before as Json);
  const base = { projectId: input.projectId, [`${input.entityType}Id`]: input.entityId };
  switch (input.action) {
    case "review.submit":
      return [{ type: "review.opened", data: { ...base, ...after } }];
    case "review.vote":
    case "review.vote_change": {
      // How someone voted stays hidden until the panel decides (vote-visibility.ts): a receiver
      // or a chat channel must not learn it earlier than the panel does.
      const decided = typeof after.reviewStatus === "string" && isDecided(after.reviewStatus as ReviewStatus);
      const events: WebhookEventDraft[] = [
        {
          type: "vote.cast",
          data: {
            ...base,
            voteId: after.voteId,
            pinRound: after.pinRound,
            ...(decided ? { choice: after.choice } : {}),
            changed: input.action === "review.vote_change",
          },
        },
      ];
      if (after.reviewStatus === "graduated" || after.reviewStatus === "returned")
        events.push({ type: "review.decided", data: { ...base, outcome: after.reviewStatus } });
      return events;
    }
    case "review.switchback":
      return [{ type: "switchback", data: { ...base, ...after } }];
    case "alert.report":
    case "alert.repeat": {
      // A new alert, or a repeat that raised its severity (a plain repeat only counts).
      if (input.action === "alert.repeat" && before.severity === after.severity) return [];
      const status = input.action === "alert.report" ? "reported" : "raised";
      // `link` is the app's page in every payload; the monitoring tool's own link travels as alertLink.
      const { link: alertLink, ...fields } = after;
      return [
        {
          type: "monitoring.alert",
          data: { projectId: input.projectId, alertId: input.entityId, status, ...fields, alertLink },
        },
      ];
    }
    case "alert.switchback":
      return [{ type: "switchback", data: { projectId: input.projectId, alertId: input.entityId, ...after } }];
    case "card.save":
    case "card.restore":
    case "card.publish_held":
      return [{ type: "card.revised", data: { ...base, ...after } }];
    case "requirement.update": {
      const from = REQUIREMENT_STATUS_RANK[String(before.status)];
      const to = REQUIREMENT_STATUS_RANK[String(after.status)];
      if (from === undefined || to === undefined || to >= from) return [];
      return [
        {
          type: "requirement.regressed",
          data: { ...base, number: after.number, from: before.status, to: after.status },
        },
      ];
    }
    default:
      return [];
  }
}

/** Attempts before a delivery is given up (each one recorded). */
export const MAX_DELIVERY_ATTEMPTS = 8;
/** Seconds before attempt `attempt + 1`, after `attempt` failed ones: 30 s doubling, capped at 6 h. */
export function retryDelaySeconds(failedAttempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, failedAttempts - 1), 6 * 3600);
}

/** Days of failures after which an endpoint is disabled (WEBHOOK_DISABLE_AFTER_DAYS, default 5). */
export const DEFAULT_DISABLE_AFTER_DAYS = 5;
export function shouldDisable(failingSince: Date | null, now: Date, days: number): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= days * 86_400_000;
}

/** How long the previous secret keeps signing after a rotation. */
export const ROTATION_GRACE_HOURS = 24;

/** Parses WEBHOOK_ALLOWED_NETWORKS ("127.0.0.1/32, 10.0.0.0/8"): the networks the operator lets endpoints reach. */
export function parseAllowedNetworks(raw: string | undefined): string[] {
  const list = (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const cidr of list) {
    if (!ipaddr.isValidCIDR(cidr))
      throw new Error(`WEBHOOK_ALLOWED_NETWORKS: "${cidr}" is not a network (e.g. 127.0.0.1/32).`);
  }
  return list;
}

function inNetworks(ip: ipaddr.IPv4 | ipaddr.IPv6, networks: readonly string[]): boolean {
  const addr =
    ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress() ? (ip as ipaddr.IPv6).toIPv4Address() : ip;
  return networks.some((cidr) => {
    const [net, bits] = ipaddr.parseCIDR(cidr);
    return net.kind() === addr.kind() && addr.match([net, bits] as never);
  });
}

/**
 * "Redeliver" sends an event again as a new delivery (same webhook-id): only to an enabled
 * endpoint, and not while a delivery of that event to it is still pending — the worker is
 * already sending it, and repeated clicks would queue copies.
 */
export function redeliverReasons(input: { enabled: boolean; pendingOfSameEvent: boolean }): Reason[] {
  const out: Reason[] = [];
  if (!input.enabled) out.push(reason("webhook_disabled", "Enable the webhook before redelivering.", "deliveryId"));
  if (input.pendingOfSameEvent)
    out.push(
      reason(
        "delivery_pending",
        "This event is still being delivered to this endpoint; wait for the attempt to finish, then redeliver if it failed.",
        "deliveryId",
      ),
    );
  return out;
}

/**
 * An endpoint URL as the audit log keeps it: the origin only. A chat incoming-webhook URL is its
 * own credential (Slack's and Teams' carry the secret in the path), and a receiver may put a
 * token in the query; whoever reads the audit log must not be able to post with it.
 */
export function redactedWebhookUrl(raw: string): string {
  try {
    const url = new URL(raw);
    return url.pathname === "/" && !url.search ? url.origin : `${url.origin}/…`;
  } catch {
    return "(invalid URL)";
  }
}

/**
 * Where an endpoint may point, checked when it is saved (the worker checks every DNS answer and
 * redirect again, through the SSRF filter): https, no credentials in the URL, and a host that is
 * not a private, loopback, link-local or reserved address — unless it is in an allowed network,
 * where plain http is accepted too (a test receiver on the loopback).
 */
export function webhookUrlReasons(raw: string, allowedNetworks: readonly string[], field = "url"): Reason[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [reason("invalid_url", "Enter a full URL, e.g. https://hooks.example.com/mltrl.", field)];
  }
  if (url.username || url.password)
    return [reason("invalid_url", "Leave user names and passwords out of the URL.", field)];
  // "localhost." is "localhost": a fully qualified name's trailing dot changes nothing for DNS.
  const host = url.hostname.replace(/^\[|\]$/g, "").replace(/\.+$/, "");
  const literal = ipaddr.isValid(host) ? ipaddr.parse(host) : null;
  const allowed = literal !== null && inNetworks(literal, allowedNetworks);
  if (literal && !allowed && literal.range() !== "unicast")
    return [
      reason("private_address", "This address is private, loopback or reserved: webhooks cannot reach it.", field),
    ];
  if (!literal && (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".internal")))
    return [reason("private_address", "This host name is local: webhooks cannot reach it.", field)];
  if (url.protocol === "https:") return [];
  if (url.protocol === "http:" && allowed) return [];
  return [reason("https_required", "Use an https:// URL.", field)];
}

/** The readable text of a chat message (Slack and Teams incoming webhooks both take `{ text }`). */
export function chatText(type: string, data: Record<string, unknown>, link: string | null): string {
  const project = typeof data.projectName === "string" ? data.projectName : "a project";
  const who = typeof data.actorName === "string" ? data.actorName : "Someone";
  const owing =
    Array.isArray(data.owingVotes) && data.owingVotes.length > 0
      ? ` Still to vote: ${data.owingVotes.join(", ")}.`
      : "";
  const lines: Record<string, string> = {
    "review.opened": `${who} opened the level ${String(data.level ?? "?")} review of ${project}.${owing}`,
    "vote.cast": `${who} voted${typeof data.choice === "string" ? ` ${data.choice}` : ""} on the review of ${project}.${owing}`,
    "vote.stale": `Votes on the review of ${project} went stale: the card changed, the panel must look again.`,
    "review.decided": `The review of ${project} was decided: ${data.outcome === "graduated" ? "graduated" : "returned with tasks"}.`,
    "level.changed": `${project}: ${String(data.componentName ?? "a component")} moved from level ${String(data.fromLevel)} to level ${String(data.toLevel)}.`,
    switchback: `${project}: switchback to level ${String(data.toLevel ?? "?")}.`,
    "card.revised": `${who} revised the card of ${project}.`,
    "requirement.regressed": `${project}: requirement R${String(data.number ?? "?")} went back from ${String(data.from)} to ${String(data.to)}.`,
    "target.at_risk": `${project}: the level ${String(data.targetLevel ?? "?")} target by ${String(data.targetDate ?? "?")} is at risk${typeof data.projectedFinish === "string" ? ` (projected ${data.projectedFinish})` : ""}.`,
    "monitoring.alert": `${project}: monitoring alert.`,
    [TEST_EVENT_TYPE]: "Test message from MLTRL: this chat is connected.",
  };
  const text = lines[type] ?? `${project}: ${type}`;
  return link ? `${text}\n${link}` : text;
}
