import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCardPage } from "@/lib/dal/cards/read-card-page";
import { cardId } from "@/lib/domain/card-export";
import { CardDocument } from "@/components/card/card-document";
import { PrintButton } from "@/components/card/print-button";
import { positiveInt } from "@/lib/search-params/search-params";
import { formatDate } from "@/components/shared/format";
// The print stylesheet, as a file: the Content-Security-Policy refuses inline <style> elements.
import "./print.css";
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
  return { title: `TRL Card ${cardId(s.project.projectId, s.revision?.number)} ${s.project.name}` };
}

export default async function PrintCardPage({ params, searchParams }: Props) {
  const { slug } = await safeParams(params);
  const result = await getCardPage({ slug, revision: positiveInt((await safeParams(searchParams)).revision) });
  if (!result.found || result.revisionMissing) notFound();
  const { page } = result;
  const s = page.snapshot;
  return (
    <article className="print-card mx-auto flex max-w-4xl flex-col gap-6 bg-white p-4 sm:p-8">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/projects/${slug}/card`} className="text-sm text-blue-700 underline">
          ← Back to the card
        </Link>
        <PrintButton />
      </div>
      <header className="flex flex-col gap-1 border-b-2 border-slate-900 pb-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">MLTRL · TRL Card</p>
        <h1 className="text-2xl font-bold text-slate-900">
          {s.project.name} <span className="font-mono text-xl">{cardId(s.project.projectId, s.revision?.number)}</span>
        </h1>
        <p className="text-sm text-slate-700">
          {s.revision
            ? `Revision ${s.revision.number}${s.revision.authorName ? ` by ${s.revision.authorName}` : ""}, ${formatDate(new Date(s.revision.createdAt))}`
            : "Not started yet"}
          {" · "}Printed from /projects/{slug}/card
        </p>
      </header>
      <CardDocument page={page} />
    </article>
  );
}
