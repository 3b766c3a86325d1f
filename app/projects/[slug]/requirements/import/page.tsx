import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getRequirementsPage } from "@/lib/dal/requirements/read-requirements";
import { getVoteResets } from "@/lib/dal/reviews/vote-resets";
import { ProjectPageHeader } from "@/components/card/project-subnav";
import { ImportForm } from "@/components/requirements/import-form";
import { safeParams } from "@/lib/route-params";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Import requirements" };

export default async function ImportRequirementsPage({ params }: Props) {
  const { slug } = await safeParams(params);
  const page = await getRequirementsPage({ slug });
  if (!page) notFound();
  if (!page.canEdit) forbidden();
  const voteResets = await getVoteResets(page.project.id);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <ProjectPageHeader
        slug={slug}
        projectName={page.project.name}
        projectId={page.project.projectId}
        title="Import requirements from CSV"
        current="requirements"
      />
      <div className="max-w-prose text-sm text-slate-800">
        <p>
          Every row becomes a new requirement of this project. The whole file is checked first: if any row has a
          problem, nothing is imported and each problem is listed by row and column. Numbers from the file are kept when
          this project does not use them yet; otherwise the new requirements are numbered after the existing ones.
          Owners are matched by e-mail address; the risk column is recalculated.
        </p>
      </div>
      <ImportForm projectId={page.project.id} slug={slug} voteResets={voteResets} />
    </div>
  );
}
