import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCardPage } from "@/lib/dal/cards/read-card-page";
import { cardId } from "@/lib/domain/card-export";
import { CardDocument } from "@/components/card/card-document";
import { CardToolbar } from "@/components/card/card-toolbar";
import { ProjectPageHeader } from "@/components/card/project-subnav";
import { ProjectGateBanner } from "../gate-banner";
import { positiveInt } from "@/lib/search-params/search-params";
import { formatDate, isoDate, plural } from "@/components/shared/format";
import { Alert } from "@/components/ui/alert";
import { safeParams } from "@/lib/route-params";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const result = await getCardPage({
    slug: (await safeParams(params)).slug,
    revision: positiveInt((await safeParams(searchParams)).revision),
  });
  if (!result.found) return { title: "Project not found" };
  const s = result.page.snapshot;
  return { title: `TRL Card ${cardId(s.project.projectId, s.revision?.number)} · ${s.project.name}` };
}

export default async function CardPage({ params, searchParams }: Props) {
  const { slug } = await safeParams(params);
  const revision = positiveInt((await safeParams(searchParams)).revision);
  const result = await getCardPage({ slug, revision });
  if (!result.found) notFound();
  const { page } = result;
  const s = page.snapshot;
  const old = page.revision && page.revision.number < page.latestNumber;

  return (
    <div className="flex flex-col gap-6">
      <ProjectPageHeader
        slug={slug}
        projectName={s.project.name}
        projectId={s.project.projectId}
        title={`TRL Card ${cardId(s.project.projectId, s.revision?.number)}`}
        current="card"
      >
        <CardToolbar slug={slug} canEdit={page.canEdit} current="card" />
      </ProjectPageHeader>
      <ProjectGateBanner slug={slug} />
      {result.revisionMissing ? (
        <Alert tone="warning" title={`Revision ${revision} does not exist`}>
          <p>
            This card has {page.latestNumber} {plural(page.latestNumber, "revision")}.{" "}
            <Link href={`/projects/${slug}/card`} className="underline">
              Show the newest
            </Link>
            .
          </p>
        </Alert>
      ) : null}
      {page.revision ? (
        <p className="text-sm text-slate-700">
          Revision {page.revision.number}
          {page.revision.authorName ? ` by ${page.revision.authorName}` : ""},{" "}
          <time dateTime={isoDate(page.revision.createdAt)}>{formatDate(page.revision.createdAt)}</time>
          {page.revision.summary ? ` — ${page.revision.summary}` : ""}
        </p>
      ) : !result.revisionMissing ? (
        <p className="text-sm italic text-slate-700">
          The TRL Card has not been started yet.{page.canEdit ? " Choose “Edit card” to write its first sections." : ""}
        </p>
      ) : null}
      {old ? (
        <Alert
          tone="info"
          title={`You are reading revision ${page.revision!.number}; the newest is ${page.latestNumber}.`}
        >
          <p className="flex flex-wrap gap-x-4">
            <Link
              href={`/projects/${slug}/card/diff?from=${page.revision!.number}&to=${page.latestNumber}`}
              className="underline"
            >
              Compare with the newest
            </Link>
            <Link href={`/projects/${slug}/card`} className="underline">
              Read the newest
            </Link>
            <Link href={`/projects/${slug}/card/history`} className="underline">
              History (restore an earlier revision)
            </Link>
          </p>
          <p className="mt-1">The summary block, requirements and debriefs always show the project as it is today.</p>
        </Alert>
      ) : null}
      {!result.revisionMissing ? <CardDocument page={page} /> : null}
    </div>
  );
}
