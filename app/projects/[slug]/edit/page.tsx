import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getProjectEdit } from "@/lib/dal/projects/read-edit";
import { ArchiveProjectForm } from "@/components/projects/edit/archive-project-form";
import { EditProjectForm } from "@/components/projects/edit/edit-project-form";
import { Section } from "@/components/projects/section";
import { safeParams } from "@/lib/route-params";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Edit project" };

export default async function EditProjectPage({ params }: Props) {
  const { slug } = await safeParams(params);
  const project = await getProjectEdit({ slug });
  if (!project) notFound();
  if (!project.allowed) forbidden();
  return (
    <div className="flex flex-col gap-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/projects/${project.slug}`} className="text-blue-700 underline-offset-2 hover:underline">
          ← {project.name}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold text-slate-900">Edit project</h1>
      {project.status === "archived" ? (
        <p className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800">
          This project is archived: it stays readable, but its details and people no longer change.
        </p>
      ) : (
        <>
          <Section id="details" title="Details and people">
            <EditProjectForm project={project} />
          </Section>
          <Section id="archive" title="Archive the project">
            <ArchiveProjectForm projectId={project.projectId} slug={project.slug} liveReviews={project.liveReviews} />
          </Section>
        </>
      )}
    </div>
  );
}
