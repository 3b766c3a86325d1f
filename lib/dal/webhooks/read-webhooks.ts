import "server-only";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { can } from "@/lib/domain/permissions";
import { memberRoleOf, toActor } from "@/lib/dal/core/transaction";

/**
 * Reads of the webhook pages: the list of a scope (the organisation, or one project) and one
 * endpoint with its delivery log. Only those who may manage the scope's webhooks see them; the
 * secret is never read here (it is shown once, by the command that makes it).
 */

export type WebhookScopeDto = { projectId: string | null; slug: string | null; name: string };
export type WebhookSummaryDto = {
  id: string;
  kind: "webhook" | "chat";
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  failingSince: Date | null;
  version: number;
  lastDelivery: { status: string; at: Date } | null;
};
export type WebhookListDto = { scope: WebhookScopeDto; endpoints: WebhookSummaryDto[] };

const summarySelect = {
  id: true,
  projectId: true,
  kind: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  disabledReason: true,
  failingSince: true,
  version: true,
  previousSecretUntil: true,
  deliveries: { orderBy: { createdAt: "desc" as const }, take: 1, select: { status: true, createdAt: true } },
};

type SummaryRow = {
  id: string;
  kind: "webhook" | "chat";
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  failingSince: Date | null;
  version: number;
  deliveries: { status: string; createdAt: Date }[];
};
const toSummary = (e: SummaryRow): WebhookSummaryDto => ({
  id: e.id,
  kind: e.kind,
  url: e.url,
  description: e.description,
  events: e.events,
  enabled: e.enabled,
  disabledReason: e.disabledReason,
  failingSince: e.failingSince,
  version: e.version,
  lastDelivery: e.deliveries[0] ? { status: e.deliveries[0].status, at: e.deliveries[0].createdAt } : null,
});

/** The scope and whether the viewer manages it: "missing" (no such project), "forbidden", or the scope. */
async function scopeFor(slug: string | null): Promise<WebhookScopeDto | "missing" | "forbidden"> {
  const viewer = await requireUser();
  if (slug === null)
    return can(toActor(viewer), "manage_webhooks").ok
      ? { projectId: null, slug: null, name: "Organisation" }
      : "forbidden";
  const p = await prisma.project.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      members: { where: { userId: viewer.id }, select: { userId: true, role: true } },
    },
  });
  if (!p) return "missing";
  const role = memberRoleOf(p.members, viewer.id);
  if (!can(toActor(viewer), "manage_webhooks", { projectMemberRole: role }).ok) return "forbidden";
  return { projectId: p.id, slug: p.slug, name: p.name };
}

export async function listWebhooks(slug: string | null): Promise<WebhookListDto | "missing" | "forbidden"> {
  const scope = await scopeFor(slug);
  if (typeof scope === "string") return scope;
  const rows = await prisma.webhookEndpoint.findMany({
    where: { projectId: scope.projectId },
    orderBy: { createdAt: "asc" },
    select: summarySelect,
  });
  return { scope, endpoints: rows.map(toSummary) };
}

export type WebhookAttemptDto = {
  attempt: number;
  at: Date;
  responseStatus: number | null;
  durationMs: number;
  error: string | null;
  requestHeaders: Record<string, string>;
  requestBody: string;
  responseBody: string;
};
export type WebhookDeliveryDto = {
  id: string;
  eventType: string;
  eventId: string;
  status: string;
  attempts: number;
  createdAt: Date;
  nextAttemptAt: Date;
  log: WebhookAttemptDto[];
};
export type WebhookDetailDto = WebhookListDto["scope"] & {
  endpoint: WebhookSummaryDto & { rotatingUntil: Date | null };
  deliveries: WebhookDeliveryDto[];
};

/** One endpoint of the scope with its last 50 deliveries and each one's attempts. */
export async function getWebhook(slug: string | null, id: string): Promise<WebhookDetailDto | "missing" | "forbidden"> {
  const scope = await scopeFor(slug);
  if (typeof scope === "string") return scope;
  const e = await prisma.webhookEndpoint.findFirst({
    where: { id, projectId: scope.projectId },
    select: summarySelect,
  });
  if (!e) return "missing";
  const deliveries = await prisma.webhookDelivery.findMany({
    where: { endpointId: id },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      status: true,
      attempts: true,
      createdAt: true,
      nextAttemptAt: true,
      event: { select: { id: true, type: true } },
      log: { orderBy: { attempt: "desc" } },
    },
  });
  return {
    ...scope,
    endpoint: {
      ...toSummary(e),
      rotatingUntil: e.previousSecretUntil && e.previousSecretUntil > new Date() ? e.previousSecretUntil : null,
    },
    deliveries: deliveries.map((d) => ({
      id: d.id,
      eventType: d.event.type,
      eventId: d.event.id,
      status: d.status,
      attempts: d.attempts,
      createdAt: d.createdAt,
      nextAttemptAt: d.nextAttemptAt,
      log: d.log.map((a) => ({
        attempt: a.attempt,
        at: a.createdAt,
        responseStatus: a.responseStatus,
        durationMs: a.durationMs,
        error: a.error,
        requestHeaders: a.requestHeaders as Record<string, string>,
        requestBody: a.requestBody,
        responseBody: a.responseBody,
      })),
    })),
  };
}
