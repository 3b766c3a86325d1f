import type { ApiRoute } from "./define-route";
import { adminRoutes } from "./routes/admin";
import { monitoringRoutes } from "./routes/monitoring";
import { evidenceRoutes } from "./routes/evidence";
import { cardRoutes } from "./routes/card";
import { projectRoutes } from "./routes/projects";
import { projectWorkRoutes } from "./routes/project-work";

/**
 * Every REST endpoint, once: the route files (`export const GET = apiHandler(ROUTES.getCard)`), the
 * OpenAPI document (lib/api/openapi.ts) and the tests read this table. Adding an endpoint: an entry
 * here (a commandRoute for a command) and a one-line route file under app/api/v1.
 */
export const ROUTES = {
  ...projectRoutes,
  ...cardRoutes,
  ...projectWorkRoutes,
  ...adminRoutes,
  // Monitoring at level 9 (issue 14): signals in, alerts out.
  ...monitoringRoutes,
  // Evidence from CI and the readiness check (issue 13 item 4): POST …/evidence, GET …/check.
  ...evidenceRoutes,
} satisfies Record<string, ApiRoute>;

export type RouteId = keyof typeof ROUTES;
export const ROUTE_LIST: readonly (ApiRoute & { id: string })[] = Object.entries(ROUTES).map(([id, r]) => ({
  ...(r as ApiRoute),
  id,
}));
