import type { Metadata } from "next";
import { listProjects } from "@/lib/dal/projects";
import { ProjectSearch } from "@/components/projects/project-search";
import { ProjectTable } from "@/components/projects/project-table";

export const metadata: Metadata = { title: "Projects" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProjectsPage({ searchParams }: Props) {
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.trim().slice(0, 100) : "";
  const projects = await listProjects({ query });
  const now = new Date();
  const caption = query ? `Projects matching “${query}”` : "All projects";

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold text-slate-900">Projects</h1>
        <p className="text-sm text-slate-700">
          Each project&apos;s system level is the level of its least mature active component.
        </p>
      </div>
      <ProjectSearch query={query} />
      <p className="text-sm text-slate-700" role="status">
        {projects.length === 1 ? "1 project" : `${projects.length} projects`}
        {query ? ` matching “${query}”` : ""}
      </p>
      {projects.length > 0 ? <ProjectTable projects={projects} now={now} caption={caption} /> : null}
    </div>
  );
}
