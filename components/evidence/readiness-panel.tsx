import type { ReadinessPanelDto } from "@/lib/dal/evidence/read-readiness";
import { plural } from "@/components/shared/format";
import { Badge } from "@/components/ui/badge";
import { EvidenceForm } from "./evidence-form";
import { RunDetails } from "./run-line";

/**
 * The readiness check of the project's current level (what `mltrl check` reports): its problems,
 * then the next gate's criteria with their newest evidence and its age, each with a form to add
 * evidence by hand.
 */
export function ReadinessPanel({ panel, now }: { panel: ReadinessPanelDto; now: Date }) {
  const { check, criteria } = panel;
  if (check.level === null) {
    return <p className="text-sm text-slate-700">The project has no level yet: nothing to check.</p>;
  }
  const level = check.level;
  return (
    <div className="flex flex-col gap-4 text-sm">
      <div
        role="status"
        className={
          check.ok
            ? "rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900"
            : "rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"
        }
      >
        {check.ok ? (
          <p>Level {check.level} is ready for its gate: no regressions, fresh evidence, no overdue review.</p>
        ) : (
          <>
            <p className="font-medium">
              Level {check.level}: {plural(check.problems.length, "problem")}
            </p>
            <ul className="mt-1 list-disc pl-5">
              {check.problems.map((p) => (
                <li key={p.message} className="break-words">
                  {p.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {criteria.length > 0 ? (
        <div>
          <h3 className="mb-2 font-semibold text-slate-900">
            Evidence for the level {check.level} gate{" "}
            <span className="font-normal text-slate-600">
              (older than {plural(panel.freshnessDays, "day")} is stale)
            </span>
          </h3>
          <ul className="flex flex-col gap-2" aria-label={`Level ${check.level} gate criteria`}>
            {criteria.map((c) => (
              <li key={c.key} id={`criterion-${c.key}`} className="rounded-md border border-slate-200 bg-white p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="min-w-0 flex-1 break-words font-medium text-slate-900">{c.label}</span>
                  {c.latest === null ? (
                    <Badge tone="amber">No evidence</Badge>
                  ) : c.stale ? (
                    <Badge tone="amber">Stale</Badge>
                  ) : c.latest.passed ? (
                    <Badge tone="green">Passed</Badge>
                  ) : (
                    <Badge tone="red">Failed</Badge>
                  )}
                </div>
                {c.latest ? (
                  <p className="mt-1 text-slate-700">
                    Latest: <RunDetails run={c.latest} now={now} />
                  </p>
                ) : null}
                {panel.canReport ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer font-medium text-blue-700">
                      Add evidence<span className="sr-only"> for {c.label}</span>
                    </summary>
                    <div className="mt-3">
                      <EvidenceForm
                        slug={panel.slug}
                        target={{ kind: "criterion", level: level, key: c.key }}
                        metricName={null}
                        label={c.label}
                      />
                    </div>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
