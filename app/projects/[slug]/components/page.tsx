import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getComponentsPage } from "@/lib/dal/components/read-components-page";
import { ProjectPageHeader } from "@/components/card/project-subnav";
import { AddComponentForm } from "@/components/components-editor/add-component-form";
import { ComponentList } from "@/components/components-editor/component-list";
import { ImportComponentForm } from "@/components/components-editor/import-component-form";
import { LevelPill } from "@/components/shared/level-pill";
import { Card } from "@/components/ui/card";
import { safeParams } from "@/lib/route-params";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getComponentsPage({ slug: (await safeParams(params)).slug });
  return { title: page ? `Components · ${page.project.name}` : "Project not found" };
}

export default async function ComponentsPage({ params }: Props) {
  const { slug } = await safeParams(params);
  const page = await getComponentsPage({ slug });
  if (!page) notFound();
  return (
    <div className="flex flex-col gap-6">
      <ProjectPageHeader
        slug={slug}
        projectName={page.project.name}
        projectId={page.project.projectId}
        title="Components"
        current="components"
      >
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
          System level <LevelPill level={page.project.systemLevel} detail /> — the lowest level among the active
          components.
        </p>
      </ProjectPageHeader>
      <section aria-labelledby="component-list-heading" className="flex flex-col gap-3">
        <h2 id="component-list-heading" className="text-xl font-semibold text-slate-900">
          All components
        </h2>
        <ComponentList
          components={page.components}
          canEdit={page.canEdit}
          canBump={page.canBump}
          canWithdrawClaim={page.canWithdrawClaim}
        />
      </section>
      {page.canEdit ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="Add a component" titleAs="h2">
            <AddComponentForm projectId={page.project.id} />
          </Card>
          <Card title="Import from another project" titleAs="h2">
            <p className="mb-3 text-sm text-slate-700">
              The component keeps its versions and links back to its history there. It starts at level 0 here and claims
              the level it earned there, until an entry review of this project confirms it.
            </p>
            <ImportComponentForm projectId={page.project.id} importable={page.importable} />
          </Card>
        </div>
      ) : null}
    </div>
  );
}
