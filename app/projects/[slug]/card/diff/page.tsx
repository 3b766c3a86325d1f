import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCardRevisions } from "@/lib/dal/cards/revisions";
import { getCardPage } from "@/lib/dal/cards/read-card-page";
import { cardDiff } from "@/lib/domain/card-diff";
import { CardToolbar } from "@/components/card/card-toolbar";
import { DiffTable } from "@/components/card/diff-table";
import { ProjectPageHeader } from "@/components/card/project-subnav";
import { positiveInt } from "@/lib/search-params/search-params";
import { formatDate, plural } from "@/components/shared/format";
import { Alert } from "@/components/ui/alert";
import { safeParams } from "@/lib/route-params";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getCardPage({ slug: (await safeParams(params)).slug });
  return {
    title: result.found ? `Compare card revisions · ${result.page.snapshot.project.name}` : "Project not found",
  };
}

export default async function CardDiffPage({ params, searchParams }: Props) {
  const { slug } = await safeParams(params);
  const sp = await safeParams(searchParams);
  const result = await getCardPage({ slug });
  if (!result.found) notFound();
  const { page } = result;
  const s = page.snapshot;
  const to = positiveInt(sp.to) ?? page.latestNumber;
  const from = positiveInt(sp.from) ?? Math.max(1, to - 1);
  const showAll = sp.all === "1";
  const revisions = await getCardRevisions({ projectId: page.projectDbId, numbers: [from, to] });
  const a = revisions.find((r) => r.number === from);
  const b = revisions.find((r) => r.number === to);
  const base = `/projects/${slug}/card`;
  const label = (r: NonNullable<typeof a>) =>
    `Revision ${r.number}${r.authorName ? ` by ${r.authorName}` : ""}, ${formatDate(r.createdAt)}`;
  const sections = a && b ? cardDiff(a.content, b.content) : [];
  const changed = sections.filter((x) => x.changed);
  const shown = showAll ? sections : changed;

  return (
    <div className="flex flex-col gap-6">
      <ProjectPageHeader
        slug={slug}
        projectName={s.project.name}
        projectId={s.project.projectId}
        title={`Card revision ${from} ↔ ${to}`}
        current="card"
      >
        <CardToolbar slug={slug} canEdit={page.canEdit} current="diff" />
      </ProjectPageHeader>
      {!a || !b ? (
        <Alert tone="warning" title="Those revisions do not exist">
          <p>
            The card has {page.latestNumber} {plural(page.latestNumber, "revision")}. Pick two in the{" "}
            <Link href={`${base}/history`} className="underline">
              history
            </Link>
            .
          </p>
        </Alert>
      ) : (
        <>
          <p className="text-sm text-slate-800">
            Left: {label(a)}. Right: {label(b)}.{" "}
            {changed.length === 0
              ? "The two revisions read the same."
              : `${changed.length} ${plural(changed.length, "section")} changed: ${changed.map((c) => c.title).join(", ")}.`}
          </p>
          <p className="flex flex-wrap gap-x-4 text-sm">
            <Link href={`${base}/diff?from=${to}&to=${from}`} className="text-blue-700 underline">
              Swap sides
            </Link>
            {showAll ? (
              <Link href={`${base}/diff?from=${from}&to=${to}`} className="text-blue-700 underline">
                Only changed sections
              </Link>
            ) : (
              <Link href={`${base}/diff?from=${from}&to=${to}&all=1`} className="text-blue-700 underline">
                Show every section
              </Link>
            )}
            <Link href={`${base}?revision=${from}`} className="text-blue-700 underline">
              Read revision {from}
            </Link>
            <Link href={`${base}?revision=${to}`} className="text-blue-700 underline">
              Read revision {to}
            </Link>
          </p>
          {shown.map((section) => (
            <section key={section.section} aria-labelledby={`diff-${section.section}`} className="flex flex-col gap-3">
              <h2
                id={`diff-${section.section}`}
                className="border-b border-slate-200 pb-1 text-lg font-semibold text-slate-900"
              >
                {section.title}
                {section.changed ? "" : " (unchanged)"}
              </h2>
              {section.fields
                .filter((f) => f.changed || showAll || section.fields.length === 1)
                .map((f) => (
                  <div key={f.field} className="flex flex-col gap-1">
                    {section.fields.length > 1 ? (
                      <h3 className="text-sm font-semibold text-slate-800">
                        {f.label}
                        {f.changed ? "" : " (unchanged)"}
                      </h3>
                    ) : null}
                    <DiffTable
                      rows={f.rows}
                      caption={`${f.label}: revision ${from} and revision ${to}`}
                      leftLabel={`Revision ${from}`}
                      rightLabel={`Revision ${to}`}
                    />
                  </div>
                ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
