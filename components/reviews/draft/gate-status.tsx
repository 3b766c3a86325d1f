import Link from "next/link";
import type { DraftEditorDto } from "@/lib/dal/reviews/read-draft-editor";
import type { Reason } from "@/lib/domain/decision";
import { REQUIREMENT_KIND_LABELS, REQUIREMENT_STATUS_LABELS } from "@/components/shared/labels";
import { InlineReasons } from "./readiness";

/** What the level demands of the requirements, as the project holds them now (edited elsewhere). */
export function RequirementsStatus({ draft, shown }: { draft: DraftEditorDto; shown: Reason[] }) {
  const { expectedKinds, rows } = draft.requirements;
  const rules: Record<number, string> = {
    2: "Leaving level 2: at least one research requirement, each with verification and validation steps.",
    5: "Leaving level 5: every research and technical requirement verified, validated or waived; at least one product requirement with V&V.",
    8: "Leaving level 8: every technical and product requirement validated or waived.",
  };
  return (
    <section
      id="requirements"
      tabIndex={-1}
      aria-labelledby="requirements-heading"
      className={`flex flex-col gap-2 rounded-lg border bg-white p-4 ${shown.length ? "border-red-600" : "border-slate-200"}`}
    >
      <h2 id="requirements-heading" className="text-xl font-semibold text-slate-900">
        Requirements
      </h2>
      <p className="text-sm text-slate-700">
        {rules[draft.level] ?? `Level ${draft.level} sets no rule on requirement status; they are shown for the panel.`}
      </p>
      {rows.length === 0 ? (
        <p className="text-sm italic text-slate-700">
          No {expectedKinds.map((k) => REQUIREMENT_KIND_LABELS[k].toLowerCase()).join(", ") || ""} requirements yet.
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 text-sm">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-col gap-0.5 py-2">
              <span className="font-medium text-slate-900">
                R{r.number} ({REQUIREMENT_KIND_LABELS[r.kind]}) — {REQUIREMENT_STATUS_LABELS[r.status]}
              </span>
              <span className="break-words text-slate-800">{r.statement}</span>
              <span className="text-slate-600">
                Verification {r.hasVerification ? "written" : "missing"} · validation{" "}
                {r.hasValidation ? "written" : "missing"} · risk {r.risk.toFixed(2)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <InlineReasons id="requirements-reasons" reasons={shown} />
      <p className="text-sm">
        <Link href={`/projects/${draft.project.slug}#requirements`} className="text-blue-700 underline">
          Requirements of {draft.project.name}
        </Link>
      </p>
    </section>
  );
}

export function CardSectionsStatus({ draft, shown }: { draft: DraftEditorDto; shown: Reason[] }) {
  return (
    <section
      id="card-sections"
      tabIndex={-1}
      aria-labelledby="card-heading"
      className={`flex flex-col gap-2 rounded-lg border bg-white p-4 ${shown.length ? "border-red-600" : "border-slate-200"}`}
    >
      <h2 id="card-heading" className="text-xl font-semibold text-slate-900">
        TRL Card sections
      </h2>
      <p className="text-sm text-slate-700">The card revision current when you submit is pinned to the review.</p>
      <ul className="flex flex-col gap-1 text-sm">
        {draft.cardSections.map((s) => (
          <li key={s.key} className={s.filled ? "text-green-800" : "text-red-800"}>
            <span aria-hidden="true">{s.filled ? "✓ " : "✗ "}</span>
            {s.label}: {s.filled ? "filled" : "empty"}
          </li>
        ))}
      </ul>
      <InlineReasons id="card-reasons" reasons={shown} />
      <p className="text-sm">
        <Link href={`/projects/${draft.project.slug}/card`} className="text-blue-700 underline">
          Edit the TRL Card
        </Link>
      </p>
    </section>
  );
}
