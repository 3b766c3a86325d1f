import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getRequirementsPage } from "@/lib/dal/requirements/read-requirements";
import { getVoteResets } from "@/lib/dal/reviews/vote-resets";
import { ProjectPageHeader } from "@/components/card/project-subnav";
import { positiveInt } from "@/lib/search-params/search-params";
import { RequirementForm } from "@/components/requirements/requirement-form";
import { safeParams } from "@/lib/route-params";

type Props = { params: Promise<{ slug: string; number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit R${positiveInt((await safeParams(params)).number) ?? "?"}` };
}

export default async function EditRequirementPage({ params }: Props) {
  const { slug, number } = await safeParams(params);
  const page = await getRequirementsPage({ slug });
  const n = positiveInt(number);
  const r = page?.requirements.find((x) => x.number === n);
  if (!page || !r) notFound();
  if (!page.canEdit) forbidden();
  const voteResets = await getVoteResets(page.project.id);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <ProjectPageHeader
        slug={slug}
        projectName={page.project.name}
        projectId={page.project.projectId}
        title={`Edit R${r.number}`}
        current="requirements"
      />
      <RequirementForm
        voteResets={voteResets}
        target={{ mode: "edit", requirementId: r.id, version: r.version, number: r.number }}
        slug={slug}
        ownerOptions={page.ownerOptions}
        defaults={{
          kind: r.kind,
          statement: r.statement,
          verification: r.verification,
          validation: r.validation,
          status: r.status,
          waiverReason: r.waiverReason ?? "",
          pFailure: r.pFailure,
          value: r.value,
          ownerId: r.owner?.id ?? "",
          evidenceLinks: r.evidenceLinks.join("\n"),
          metricName: r.metric?.name ?? "",
          metricComparator: r.metric?.comparator ?? "",
          metricTarget: r.metric ? String(r.metric.target) : "",
        }}
      />
    </div>
  );
}
