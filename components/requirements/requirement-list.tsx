import Link from "next/link";
import type { RequirementDto } from "@/lib/dal/requirements/read-requirements";
import { REQUIREMENT_KIND_LABELS, REQUIREMENT_STATUS_LABELS } from "@/components/shared/labels";
import { safeHref } from "@/components/ui/safe-href";
import { Badge } from "@/components/ui/badge";
import { metricLabel } from "@/lib/domain/evidence";
import { EvidenceForm } from "@/components/evidence/evidence-form";
import { StatusRunLine } from "@/components/evidence/run-line";
import { RiskBadge } from "./risk-badge";

const STATUS_TONES = {
  open: "amber",
  verified: "blue",
  validated: "green",
  waived: "neutral",
  regressed: "red",
} as const;

function Text({ label, text }: { label: string; text: string | null }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="whitespace-pre-wrap break-words text-slate-900">
        {text?.trim() ? text : <span className="italic text-slate-600">Not written yet.</span>}
      </dd>
    </div>
  );
}

/** Requirements as cards (one layout for every screen width), highest number last. */
export function RequirementList({
  requirements,
  slug,
  canEdit,
  canReport = false,
  now = new Date(),
}: {
  requirements: RequirementDto[];
  slug: string;
  canEdit: boolean;
  /** Members may add evidence by hand (lib/domain/evidence.ts decides what it does). */
  canReport?: boolean;
  now?: Date;
}) {
  return (
    <ol className="flex flex-col gap-3" aria-label="Requirements">
      {requirements.map((r) => (
        <li key={r.id} id={`R${r.number}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <article aria-labelledby={`R${r.number}-title`} className="flex flex-col gap-3 text-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 id={`R${r.number}-title`} className="min-w-0 flex-1 text-base font-semibold text-slate-900">
                <span className="font-mono">R{r.number}</span>{" "}
                <span className="break-words font-normal">{r.statement}</span>
              </h3>
              {canEdit ? (
                <Link
                  href={`/projects/${slug}/requirements/${r.number}`}
                  className="text-sm font-medium text-blue-700 underline"
                >
                  Edit<span className="sr-only"> R{r.number}</span>
                </Link>
              ) : null}
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <Badge>{REQUIREMENT_KIND_LABELS[r.kind]}</Badge>
              <Badge tone={STATUS_TONES[r.status]}>{REQUIREMENT_STATUS_LABELS[r.status]}</Badge>
              <RiskBadge risk={r.risk} />
              <span className="tabular-nums text-slate-700">
                p(failure) {r.pFailure} × value {r.value}
              </span>
              <span className="text-slate-700">Owner: {r.owner?.name ?? "nobody"}</span>
              {r.metric ? <span className="text-slate-700">Target: {metricLabel(r.metric)}</span> : null}
            </div>
            {r.statusRun ? <StatusRunLine run={r.statusRun} status={r.status} now={now} /> : null}
            {r.source ? (
              <p className="text-slate-700">
                Carried over from{" "}
                <Link
                  href={`/projects/${r.source.slug}/requirements#R${r.source.number}`}
                  className="text-blue-700 underline"
                >
                  {r.source.projectId} R{r.source.number}
                </Link>
              </p>
            ) : null}
            <dl className="grid gap-3 md:grid-cols-2">
              <Text label="Verification (are we building it right?)" text={r.verification} />
              <Text label="Validation (are we building the right thing?)" text={r.validation} />
              {r.status === "waived" ? <Text label="Waiver reason" text={r.waiverReason} /> : null}
              {r.evidenceLinks.length > 0 ? (
                <div className="min-w-0">
                  <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">Evidence</dt>
                  <dd>
                    <ul className="flex flex-col gap-1">
                      {r.evidenceLinks.map((l) => {
                        const href = safeHref(l);
                        return (
                          <li key={l} className="break-all">
                            {href ? (
                              <a href={href} className="text-blue-700 underline" rel="noopener noreferrer">
                                {l}
                              </a>
                            ) : (
                              l
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </dd>
                </div>
              ) : null}
            </dl>
            {canReport ? (
              <details className="rounded-md border border-slate-200 p-3">
                <summary className="cursor-pointer font-medium text-blue-700">
                  Add evidence<span className="sr-only"> for R{r.number}</span>
                </summary>
                <div className="mt-3">
                  <EvidenceForm
                    slug={slug}
                    target={{ kind: "requirement", id: r.id }}
                    metricName={r.metric?.name ?? null}
                    label={`R${r.number}`}
                  />
                </div>
              </details>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
