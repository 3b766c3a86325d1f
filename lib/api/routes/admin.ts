import { z } from "zod";
import { listApiAuditEvents } from "@/lib/dal/projects/read-api-lists";
import type { ApiRoute } from "../define-route";
import { decodeCursor, listOf, page, pageQuerySchema, type PageQuery } from "../pagination";

/** The audit log, newest first: admins only (the DAL's permit("admin") refuses everyone else). */
const auditEventSchema = z
  .object({
    id: z.string(),
    actorId: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    projectId: z.string().nullable(),
    createdAt: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "AuditEvent" });

export const adminRoutes = {
  listAuditEvents: {
    method: "GET",
    path: "/audit-events",
    summary: "Audit events, newest first (admins); filter by projectId or action",
    scope: "read",
    query: pageQuerySchema.extend({
      projectId: z.string().max(64).optional(),
      action: z.string().max(100).optional(),
    }),
    response: listOf(auditEventSchema),
    handle: async (ctx) => {
      const q = ctx.query as PageQuery & { projectId?: string; action?: string };
      const rows = await listApiAuditEvents({ ...q, cursor: decodeCursor(q.cursor) });
      return { body: page(rows, q.limit, (e) => ({ ...e, createdAt: e.createdAt.toISOString() })) };
    },
  },
} satisfies Record<string, ApiRoute>;
