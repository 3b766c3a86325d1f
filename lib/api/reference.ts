import { API_SCOPE_LABELS } from "@/lib/domain/api-tokens";
import { ROUTE_LIST } from "./routes";

/** The reference page's rows, from the same route table as the route files and the OpenAPI document. */
export type ApiReferenceRow = { id: string; method: string; path: string; summary: string; scope: string | null };

export function apiReferenceRows(): ApiReferenceRow[] {
  return ROUTE_LIST.map((r) => ({
    id: r.id,
    method: r.method,
    path: `/api/v1${r.path}`,
    summary: r.summary,
    scope: r.scope,
  }));
}

export const SCOPE_DESCRIPTIONS = API_SCOPE_LABELS;
