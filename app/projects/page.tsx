import type { Metadata } from "next";
import Link from "next/link";
import { listProjectsPage } from "@/lib/dal/projects/read-list";
import { canCreateProject } from "@/lib/dal/projects/read-new";
import { buttonClasses } from "@/components/ui/button";
import { parseProjectListParams, projectsHref } from "@/lib/search-params/project-list-params";
import { Pagination } from "@/components/ui/pagination";
import { ProjectSearch } from "@/components/projects/project-search";
import { ProjectTable } from "@/components/projects/project-table";
import { safeParams } from "@/lib/route-params";
import { formatNumber } from "@/components/shared/format";

export const metadata: Metadata = { title: "Projects" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const n = formatNumber;

export default async function ProjectsPage({ searchParams }: Props) {
  const params = parseProjectListParams(await safeParams(searchParams));
  const { query, mine, archived, stopped } = params;
  const [list, mayCreate] = await Promise.all([listProjectsPage(params), canCreateProject()]);
  const now = new Date();
  const whose = mine ? "My projects" : "All projects";
  const caption = query ? `${whose} matching “${query}”` : whose;
  const first = (list.page - 1) * list.pageSize + 1;
  const last = first + list.rows.length - 1;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold text-slate-900">Projects</h1>
          {mayCreate ? (
            <Link href="/projects/new" className={buttonClasses()}>
              New project
            </Link>
          ) : null}
        </div>
        <p className="text-sm text-slate-700">
          Each project&apos;s system level is the level of its least mature active component. Most recently changed
          first; archived and stopped projects are listed only when asked for.
        </p>
      </div>
      <ProjectSearch query={query} mine={Boolean(mine)} archived={Boolean(archived)} stopped={Boolean(stopped)} />
      <p className="text-sm text-slate-700" role="status">
        {mine ? "Your projects: " : ""}
        {list.total === 1 ? "1 project" : `${n(list.total)} projects`}
        {query ? ` matching “${query}”` : ""}
        {list.rows.length > 0 && list.pageCount > 1 ? ` — showing ${n(first)}–${n(last)}` : ""}
      </p>
      {list.rows.length > 0 ? (
        <ProjectTable projects={list.rows} now={now} caption={caption} />
      ) : list.total > 0 ? (
        <p className="text-sm text-slate-800">
          There is no page {n(list.page)}: the list has {list.pageCount === 1 ? "1 page" : `${n(list.pageCount)} pages`}
          .{" "}
          <Link
            prefetch={false}
            href={projectsHref({ ...params, page: list.pageCount })}
            className="text-blue-700 underline"
          >
            Go to the last page
          </Link>
        </p>
      ) : null}
      {list.rows.length > 0 ? (
        <Pagination page={list.page} pageCount={list.pageCount} href={(n) => projectsHref({ ...params, page: n })} />
      ) : null}
    </div>
  );
}
