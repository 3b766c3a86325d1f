import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listCardRevisions } from "@/lib/dal/cards/revisions";
import { getCardPage } from "@/lib/dal/cards/read-card-page";
import { CARD_SECTION_LABELS, isOneOf, CARD_SECTIONS } from "@/lib/domain/vocabulary";
import { CardToolbar } from "@/components/card/card-toolbar";
import { ProjectPageHeader } from "@/components/card/project-subnav";
import { RestoreButton } from "@/components/card/restore-button";
import { formatDate, isoDate } from "@/components/shared/format";
import { LevelPill } from "@/components/shared/level-pill";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { safeParams } from "@/lib/route-params";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getCardPage({ slug: (await safeParams(params)).slug });
  return { title: result.found ? `Card history · ${result.page.snapshot.project.name}` : "Project not found" };
}

const sectionLabel = (s: string) => (isOneOf(CARD_SECTIONS, s) ? CARD_SECTION_LABELS[s] : s);

export default async function CardHistoryPage({ params }: Props) {
  const { slug } = await safeParams(params);
  const result = await getCardPage({ slug });
  if (!result.found) notFound();
  const { page } = result;
  const s = page.snapshot;
  const revisions = await listCardRevisions({ projectId: page.projectDbId });
  const options = revisions.map((r) => ({
    value: String(r.number),
    label: `Revision ${r.number} (${formatDate(r.createdAt)})`,
  }));
  const base = `/projects/${slug}/card`;

  return (
    <div className="flex flex-col gap-6">
      <ProjectPageHeader
        slug={slug}
        projectName={s.project.name}
        projectId={s.project.projectId}
        title="TRL Card history"
        current="card"
      >
        <CardToolbar slug={slug} canEdit={page.canEdit} current="history" />
      </ProjectPageHeader>
      {revisions.length === 0 ? (
        <p className="text-sm italic text-slate-700">The card has no revisions yet.</p>
      ) : (
        <>
          {revisions.length > 1 ? (
            <form
              action={`${base}/diff`}
              method="get"
              className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
              aria-label="Compare two revisions"
            >
              <div>
                <Label htmlFor="diff-from">Compare</Label>
                <Select id="diff-from" name="from" options={options} defaultValue={String(revisions[1]!.number)} />
              </div>
              <div>
                <Label htmlFor="diff-to">with</Label>
                <Select id="diff-to" name="to" options={options} defaultValue={String(revisions[0]!.number)} />
              </div>
              <Button type="submit" variant="primary">
                Show side by side
              </Button>
            </form>
          ) : null}
          <ol className="flex flex-col gap-3" aria-label="Revisions, newest first">
            {revisions.map((r, i) => {
              const previous = revisions[i + 1];
              return (
                <li
                  key={r.number}
                  className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between"
                >
                  <div className="flex min-w-0 flex-col gap-1 text-sm">
                    <p className="flex flex-wrap items-center gap-2">
                      <Link href={`${base}?revision=${r.number}`} className="font-semibold text-blue-700 underline">
                        Revision {r.number}
                      </Link>
                      {i === 0 ? <span className="text-slate-700">(newest)</span> : null}
                      <LevelPill level={r.systemLevel} />
                    </p>
                    <p className="text-slate-800">
                      {r.authorName ?? "Unknown author"},{" "}
                      <time dateTime={isoDate(r.createdAt)}>
                        {formatDate(r.createdAt)} {r.createdAt.toISOString().slice(11, 16)} UTC
                      </time>
                    </p>
                    <p className="text-slate-800">
                      Sections: {r.changedSections.length ? r.changedSections.map(sectionLabel).join(", ") : "—"}
                    </p>
                    {r.summary ? <p className="break-words text-slate-700">{r.summary}</p> : null}
                    {r.restoredFrom ? <p className="text-slate-700">Restored from revision {r.restoredFrom}.</p> : null}
                  </div>
                  <div className="flex shrink-0 flex-col items-start gap-2 sm:items-end">
                    {previous ? (
                      <Link
                        href={`${base}/diff?from=${previous.number}&to=${r.number}`}
                        className="text-sm text-blue-700 underline"
                      >
                        Changes from revision {previous.number}
                      </Link>
                    ) : null}
                    {page.canEdit && i > 0 ? (
                      <RestoreButton
                        projectId={page.projectDbId}
                        revision={r.number}
                        latestNumber={page.latestNumber}
                      />
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
