import { forwardRef } from "react";
import type { Reason } from "@/lib/domain/decision";
import { plural } from "@/components/shared/format";

/**
 * Where each submit refusal is fixed. Reasons carry a `field` ("criteria.poc_metrics",
 * "ethics.bias_impact", "seats.software_engineer", "card.tldr", "requirements.<id>", …); this maps
 * it to the id of the form part that fixes it, for the summary's links and the inline messages.
 */
export function anchorOf(r: Reason): string {
  const f = r.field ?? "";
  if (f.startsWith("criteria.")) return `criterion-${f.slice("criteria.".length)}`;
  if (f.startsWith("ethics.")) return `ethics-${f.slice("ethics.".length)}`;
  if (f.startsWith("seats")) return "panel";
  if (f.startsWith("requirements")) return "requirements";
  if (f.startsWith("card.")) return "card-sections";
  if (f === "componentIds") return "components";
  if (f === "unconfirmedItems") return "carried";
  return "draft-top";
}

export function reasonsAt(reasons: readonly Reason[], anchor: string): Reason[] {
  return reasons.filter((r) => anchorOf(r) === anchor);
}

/** Inline list of what is missing at one place of the form. */
export function InlineReasons({ reasons, id }: { reasons: readonly Reason[]; id: string }) {
  if (reasons.length === 0) return null;
  return (
    <ul id={id} className="mt-2 flex flex-col gap-1 text-sm text-red-800">
      {reasons.map((r, i) => (
        <li key={`${r.code}-${i}`} className="flex gap-1">
          <span aria-hidden="true">✗</span>
          <span>{r.message}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The error summary after a refused submit: every missing item at once, each a link to where it
 * is fixed (the GOV.UK pattern). It takes focus so keyboard and screen-reader users start here.
 */
export const ReadinessSummary = forwardRef<HTMLDivElement, { reasons: readonly Reason[]; attempted: boolean }>(
  function ReadinessSummary({ reasons, attempted }, ref) {
    if (!attempted) {
      return (
        <div className="rounded-md border border-slate-300 bg-white px-4 py-3 text-sm text-slate-800" id="draft-top">
          {reasons.length === 0 ? (
            <p>Everything the gate checks is in place: you can submit this review.</p>
          ) : (
            <details>
              <summary className="cursor-pointer font-medium">
                {reasons.length} {plural(reasons.length, "item")} still missing before this review can open (as last
                saved)
              </summary>
              <ul className="mt-2 list-disc pl-5">
                {reasons.map((r, i) => (
                  <li key={i}>
                    <a href={`#${anchorOf(r)}`} className="text-blue-700 underline">
                      {r.message}
                    </a>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      );
    }
    return (
      <div
        ref={ref}
        tabIndex={-1}
        id="draft-top"
        role="alert"
        aria-labelledby="readiness-heading"
        className="rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900 focus:outline-none"
      >
        <h2 id="readiness-heading" className="text-base font-semibold">
          {reasons.length === 0
            ? "Checking the draft…"
            : `The review cannot open yet: ${reasons.length} ${plural(reasons.length, "item")} to fix`}
        </h2>
        {reasons.length > 0 ? (
          <ul className="mt-2 list-disc pl-5">
            {reasons.map((r, i) => (
              <li key={i}>
                <a href={`#${anchorOf(r)}`} className="text-red-900 underline">
                  {r.message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  },
);
