import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getNewProjectForm } from "@/lib/dal/projects/read-new";
import { NewProjectForm } from "@/components/projects/new/new-project-form";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage() {
  const form = await getNewProjectForm();
  if (!form.allowed) forbidden();
  return (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/projects" className="text-blue-700 underline-offset-2 hover:underline">
          ← All projects
        </Link>
      </nav>
      <header>
        <h1 className="text-2xl font-bold text-slate-900">New project</h1>
        <p className="mt-1 max-w-prose text-sm text-slate-700">
          Name the project, choose its people and its first components. It starts at level 0 with its TRL Card started;
          request its level 0 review from the project page.
        </p>
      </header>
      <NewProjectForm form={form} />
    </div>
  );
}
