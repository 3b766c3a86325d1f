import "server-only";
import type { MetricComparator, MetricValue, RequirementMetric } from "@/lib/domain/evidence";
import type { RequirementStatus } from "@/lib/domain/vocabulary";

/** Evidence runs as pages show them (a requirement's "verified by", a criterion's latest run). */

export type EvidenceRunDto = {
  id: string;
  passed: boolean;
  metrics: MetricValue[];
  url: string | null;
  provider: string | null;
  commit: string | null;
  modelVersion: string | null;
  dataVersion: string | null;
  summary: string;
  requirementStatus: RequirementStatus | null;
  reporterName: string | null;
  createdAt: Date;
};

export const evidenceRunSelect = {
  id: true,
  passed: true,
  metrics: true,
  url: true,
  provider: true,
  commit: true,
  modelVersion: true,
  dataVersion: true,
  summary: true,
  requirementStatus: true,
  createdAt: true,
  reporter: { select: { name: true } },
} as const;

type RunRow = {
  id: string;
  passed: boolean;
  metrics: unknown;
  url: string | null;
  provider: string | null;
  commit: string | null;
  modelVersion: string | null;
  dataVersion: string | null;
  summary: string;
  requirementStatus: RequirementStatus | null;
  createdAt: Date;
  reporter: { name: string } | null;
};

/** The stored metrics JSON, keeping only well-formed { name, value } entries. */
export function parseMetrics(raw: unknown): MetricValue[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((m: unknown) => {
    const o = (m && typeof m === "object" ? m : {}) as Record<string, unknown>;
    return typeof o.name === "string" && typeof o.value === "number" ? [{ name: o.name, value: o.value }] : [];
  });
}

export function toEvidenceRunDto({ reporter, metrics, ...run }: RunRow): EvidenceRunDto {
  return { ...run, metrics: parseMetrics(metrics), reporterName: reporter?.name ?? null };
}

export function metricOf(row: {
  metricName: string | null;
  metricComparator: MetricComparator | null;
  metricTarget: number | null;
}): RequirementMetric | null {
  return row.metricName && row.metricComparator && row.metricTarget !== null
    ? { name: row.metricName, comparator: row.metricComparator, target: row.metricTarget }
    : null;
}
