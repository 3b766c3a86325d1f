import Link from "next/link";
import type { ComponentDetailDto } from "@/lib/dal/components/read-components-page";
import { formatDate, isoDate } from "@/components/shared/format";
import { COMPONENT_KIND_LABELS } from "@/components/shared/labels";
import { ClaimBadge } from "@/components/shared/badges";
import { LevelPill } from "@/components/shared/level-pill";
import { Badge } from "@/components/ui/badge";
import { ArchiveComponentForm } from "./archive-component-form";
import { BumpVersionForm } from "./bump-version-form";
import { WithdrawClaimForm } from "./withdraw-claim-form";

/** Each component with its versions, changelog and (for editors) version bump and archive. */
export function ComponentList({
  components,
  canEdit,
  canBump,
  canWithdrawClaim = false,
}: {
  components: ComponentDetailDto[];
  canEdit: boolean;
  canBump: boolean;
  canWithdrawClaim?: boolean;
}) {
  if (components.length === 0)
    return <p className="text-sm italic text-slate-700">No components yet, so the project has no level.</p>;
  return (
    <ul className="flex flex-col gap-4" aria-label="Components">
      {components.map((c) => {
        const active = c.status === "active";
        return (
          <li key={c.id} id={`component-${c.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <article aria-labelledby={`component-${c.id}-name`} className="flex flex-col gap-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <h3
                  id={`component-${c.id}-name`}
                  className={
                    active
                      ? "text-base font-semibold text-slate-900"
                      : "text-base font-semibold text-slate-700 line-through"
                  }
                >
                  {c.name}
                </h3>
                <Badge>{COMPONENT_KIND_LABELS[c.kind]}</Badge>
                <LevelPill level={c.level} detail />
                <ClaimBadge claimedLevel={c.claimedLevel} />
                {active ? null : <Badge>Archived</Badge>}
              </div>
              {c.description ? <p className="max-w-prose break-words text-slate-800">{c.description}</p> : null}
              <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
                <dt className="font-medium text-slate-700">Versions</dt>
                <dd className="font-mono text-slate-900">
                  code {c.versions.code} · model {c.versions.model} · data {c.versions.data}
                </dd>
                <dt className="font-medium text-slate-700">At this level since</dt>
                <dd>
                  <time dateTime={isoDate(c.levelSince)}>{formatDate(c.levelSince)}</time>
                </dd>
                {c.importedFrom ? (
                  <>
                    <dt className="font-medium text-slate-700">Imported from</dt>
                    <dd>
                      <Link href={c.importedFrom.path} className="text-blue-700 underline">
                        {c.importedFrom.name}
                      </Link>{" "}
                      of {c.importedFrom.projectName}
                    </dd>
                  </>
                ) : null}
                {c.sourceReview ? (
                  <>
                    <dt className="font-medium text-slate-700">Level earned by</dt>
                    <dd>
                      <Link href={c.sourceReview.path} className="text-blue-700 underline">
                        the level {c.sourceReview.level} review
                      </Link>{" "}
                      of {c.sourceReview.projectName}
                    </dd>
                  </>
                ) : null}
                {c.claimedLevel !== null ? (
                  <>
                    <dt className="font-medium text-slate-700">Claim</dt>
                    <dd>
                      Counts at level {c.level} until an entry review at level {c.claimedLevel} confirms it (with that
                      level&apos;s criteria and panel).
                    </dd>
                  </>
                ) : null}
              </dl>
              <details className="group">
                <summary className="cursor-pointer font-medium text-blue-700">Changelog ({c.changelog.length})</summary>
                {c.changelog.length === 0 ? (
                  <p className="mt-2 italic text-slate-600">No version changes yet.</p>
                ) : (
                  <ol className="mt-2 flex flex-col gap-1">
                    {c.changelog.map((v) => (
                      <li key={v.id} className="break-words">
                        <time dateTime={isoDate(v.createdAt)} className="text-slate-700">
                          {formatDate(v.createdAt)}
                        </time>{" "}
                        <span className="font-mono">
                          {v.code}/{v.model}/{v.data}
                        </span>{" "}
                        — {v.changelog}
                        {v.authorName ? <span className="text-slate-700"> ({v.authorName})</span> : null}
                      </li>
                    ))}
                  </ol>
                )}
              </details>
              {active && canBump ? (
                <details>
                  <summary className="cursor-pointer font-medium text-blue-700">
                    New versions<span className="sr-only"> of {c.name}</span>
                  </summary>
                  <div className="mt-3">
                    <BumpVersionForm componentId={c.id} name={c.name} level={c.level} versions={c.versions} />
                  </div>
                </details>
              ) : null}
              {active && canWithdrawClaim && c.claimedLevel !== null ? (
                <details>
                  <summary className="cursor-pointer font-medium text-blue-700">
                    Withdraw the claim<span className="sr-only"> of {c.name}</span>
                  </summary>
                  <div className="mt-3">
                    <WithdrawClaimForm componentId={c.id} name={c.name} />
                  </div>
                </details>
              ) : null}
              {active && canEdit ? (
                <details>
                  <summary className="cursor-pointer font-medium text-red-800">
                    Archive<span className="sr-only"> {c.name}</span>
                  </summary>
                  <div className="mt-3">
                    <ArchiveComponentForm componentId={c.id} name={c.name} />
                  </div>
                </details>
              ) : null}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
