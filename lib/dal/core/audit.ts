import "server-only";
import type { DbClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { eventsFromAudit } from "@/lib/domain/webhooks";
import { recordWebhookEvents } from "@/lib/dal/core/webhook-outbox";

/** The interactive-transaction client of our PrismaClient (the one with `omit` configured). */
export type Tx = Parameters<Extract<Parameters<DbClient["$transaction"]>[0], (tx: never) => unknown>>[0];

export type AuditInput = {
  /** null only for system actions (scripts, migrations); users always have an id. */
  actorId: string | null;
  /** "user.create", "review.open", … — verb after the entity, dot-separated. */
  action: string;
  entityType: string;
  entityId: string;
  projectId?: string | null;
  /** Plain JSON snapshots; never put secrets (password hashes, tokens) in here. */
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/**
 * Appends one audit event. Takes the transaction client on purpose: the event must commit or roll
 * back together with the change it describes (audit_events is append-only, see the migration).
 * The webhook events the change reports (lib/domain/webhooks.ts eventsFromAudit) go to the outbox here too.
 */
export async function writeAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      projectId: input.projectId ?? null,
      before: input.before ?? Prisma.DbNull,
      after: input.after ?? Prisma.DbNull,
    },
  });
  const events = eventsFromAudit({ ...input, projectId: input.projectId ?? null });
  await recordWebhookEvents(tx, input.projectId ?? null, events, input.actorId);
}
