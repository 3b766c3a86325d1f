import type { EvidenceRunDto } from "@/lib/dal/evidence/runs";
import { formatRelative, isoDate } from "@/components/shared/format";
import { safeHref } from "@/components/ui/safe-href";

/** "run <link> (commit abc123, accuracy = 0.93, 3 days ago)": one evidence run in a sentence. */
export function RunDetails({ run, now }: { run: EvidenceRunDto; now: Date }) {
  const href = run.url ? safeHref(run.url) : null;
  const details = [
    run.commit ? `commit ${run.commit.slice(0, 7)}` : null,
    ...run.metrics.slice(0, 3).map((m) => `${m.name} = ${m.value}`),
    run.modelVersion ? `model ${run.modelVersion}` : null,
  ].filter(Boolean);
  return (
    <>
      {href ? (
        <a href={href} className="text-blue-700 underline" rel="noopener noreferrer">
          run
        </a>
      ) : (
        "run"
      )}{" "}
      ({details.length > 0 ? `${details.join(", ")}, ` : ""}
      <time dateTime={isoDate(run.createdAt)}>{formatRelative(run.createdAt, now)}</time>
      {run.reporterName ? `, reported by ${run.reporterName}` : ""})
    </>
  );
}

/** A requirement's automatic status: "Verified by run …" or "Regressed by run …". */
export function StatusRunLine({ run, status, now }: { run: EvidenceRunDto; status: string; now: Date }) {
  const verb = status === "regressed" ? "Regressed by" : run.passed ? "Verified by" : "Last checked by";
  return (
    <p className={status === "regressed" ? "text-red-800" : "text-slate-700"}>
      {verb} <RunDetails run={run} now={now} />
      {run.summary ? <span className="block break-words text-slate-600">{run.summary}</span> : null}
    </p>
  );
}
