import Link from "next/link";
import type { CardContent } from "@/lib/domain/card-content";
import { LevelPill } from "@/components/shared/level-pill";
import { Markdown } from "./markdown";
import { safeHref } from "@/components/ui/safe-href";

export type CardSummaryData = {
  projectName: string;
  /** "R02.3": project ID and card revision. */
  cardId: string;
  level: number | null;
  owners: string[];
  reviewers: string[];
  /** This app's page for the project. */
  projectPath: string;
};

function ExternalLink({ label, url }: { label: string; url: string }) {
  const href = safeHref(url);
  if (!url.trim()) return <span className="text-slate-600">{label}: not given</span>;
  if (!href)
    return (
      <span className="break-all text-slate-800">
        {label}: {url}
      </span>
    );
  return (
    <a href={href} className="break-all text-blue-700 underline" rel="noopener noreferrer">
      {label}
    </a>
  );
}

/** The card's summary block. Derived from the project, never stored in the card revision. */
export function CardSummary({
  data,
  links,
  coupledComponents,
}: {
  data: CardSummaryData;
  links: CardContent["links"] | undefined;
  coupledComponents: string;
}) {
  return (
    <section aria-labelledby="card-summary" className="rounded-lg border border-slate-300 bg-slate-50 p-4">
      <h3 id="card-summary" className="text-lg font-semibold text-slate-900">
        Summary
      </h3>
      <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">Name</dt>
        <dd className="text-slate-900">{data.projectName}</dd>
        <dt className="font-medium text-slate-700">Project ID</dt>
        <dd className="font-mono text-slate-900">{data.cardId}</dd>
        <dt className="font-medium text-slate-700">Current level</dt>
        <dd>
          <LevelPill level={data.level} detail />
        </dd>
        <dt className="font-medium text-slate-700">Owners</dt>
        <dd className="text-slate-900">{data.owners.length ? data.owners.join(", ") : "—"}</dd>
        <dt className="font-medium text-slate-700">Reviewers</dt>
        <dd className="text-slate-900">{data.reviewers.length ? data.reviewers.join(", ") : "None yet"}</dd>
        <dt className="font-medium text-slate-700">Links</dt>
        <dd>
          <ul className="flex flex-col gap-1">
            <li>
              <Link href={data.projectPath} className="text-blue-700 underline">
                Project page
              </Link>
              {links?.project.trim() ? (
                <>
                  {" "}
                  · <ExternalLink label="External project page" url={links.project} />
                </>
              ) : null}
            </li>
            <li>
              <ExternalLink label="Requirements" url={links?.requirements ?? ""} />
            </li>
            <li>
              <ExternalLink label="Code" url={links?.code ?? ""} />
            </li>
          </ul>
        </dd>
        <dt className="font-medium text-slate-700">Coupled components</dt>
        <dd>
          <Markdown text={coupledComponents} empty="None listed." />
        </dd>
      </dl>
    </section>
  );
}
