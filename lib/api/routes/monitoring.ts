import { z } from "zod";
import { reportMonitoringSignalCommand } from "@/lib/commands/monitoring";
import { listApiAlerts } from "@/lib/dal/monitoring/read-api-alerts";
import { belongsToProject } from "@/lib/dal/projects/read-api-lists";
import { commandRoute } from "../command-route";
import type { ApiContext, ApiRoute } from "../define-route";
import { decodeCursor, listOf, page, pageQuerySchema, type PageQuery } from "../pagination";
import { problem } from "../problem";

/**
 * Monitoring at level 9 (issue 14): a monitoring tool posts signals on a deployed component with a
 * `monitoring`-scoped token; anyone with `read` lists the project's alerts.
 */

const date = z.string().meta({ format: "date-time" });

const alertSchema = z
  .object({
    id: z.string(),
    componentId: z.string(),
    kind: z.string(),
    severity: z.string(),
    status: z.string(),
    metric: z.string(),
    value: z.number(),
    threshold: z.number().nullable(),
    link: z.string(),
    source: z.string(),
    externalId: z.string().nullable(),
    count: z.number().int(),
    firstSeenAt: date,
    lastSeenAt: date,
    switchbackId: z.string().nullable(),
  })
  .meta({ id: "MonitoringAlert" });

const reportSignal = commandRoute({
  method: "POST",
  path: "/projects/{slug}/monitoring/signals",
  summary: "Report a monitoring signal on a deployed (level 9) component: opens an alert, or counts a repeat",
  scope: "monitoring",
  command: reportMonitoringSignalCommand,
  status: 201,
  response: z.object({ alertId: z.string(), repeated: z.boolean(), count: z.number().int() }),
});

export const monitoringRoutes = {
  reportMonitoringSignal: {
    ...reportSignal,
    // The body names the component: it must be one of the path's project (a service token stays in its project).
    async handle(ctx: ApiContext, body: unknown) {
      const componentId = body && typeof body === "object" ? (body as Record<string, unknown>).componentId : undefined;
      if (typeof componentId === "string" && !(await belongsToProject("component", componentId, ctx.project!.id)))
        return problem(404, "This component does not exist in this project.");
      return reportSignal.handle(ctx, body);
    },
  },
  listAlerts: {
    method: "GET",
    path: "/projects/{slug}/alerts",
    summary: "The project's monitoring alerts (open, acknowledged and resolved)",
    scope: "read",
    query: pageQuerySchema,
    response: listOf(alertSchema),
    handle: async (ctx) => {
      const q = ctx.query as PageQuery;
      const p = { cursor: decodeCursor(q.cursor), limit: q.limit };
      return {
        body: page(await listApiAlerts(ctx.project!.id, p), p.limit, (a) => ({
          ...a,
          firstSeenAt: a.firstSeenAt.toISOString(),
          lastSeenAt: a.lastSeenAt.toISOString(),
        })),
      };
    },
  },
} satisfies Record<string, ApiRoute>;
