import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getRequirementsPage } from "@/lib/dal/requirements/read-requirements";
import { getVoteResets } from "@/lib/dal/reviews/vote-resets";
import { ProjectPageHeader } from "@/components/card/project-subnav";
import { RequirementForm } from "@/components/requirements/requirement-form";
import { safeParams } from "@/lib/route-params";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "New requirement" };

export default async function NewRequirementPage({ params }: Props) {
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
        title="New requirement"
        current="requirements"
      />
      <RequirementForm
        voteResets={voteResets}
        target={{ mode: "create", projectId: page.project.id }}
        slug={slug}
        ownerOptions={page.ownerOptions}
        defaults={{
          kind: "research",
          statement: "",
          verification: "",
          validation: "",
          status: "open",
          waiverReason: "",
          pFailure: Number.NaN,
          value: 5,
          ownerId: "",
          evidenceLinks: "",
          metricName: "",
          metricComparator: "",
          metricTarget: "",
        }}
      />
    </div>
  );
}
