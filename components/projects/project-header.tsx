import Link from "next/link";
import type { ProjectDetailDto, ProjectLinkDto } from "@/lib/dal/projects/read-detail";
import { ProjectStatusBadge, TagList } from "@/components/shared/badges";
import { formatDate, formatDuration } from "@/components/shared/format";
import { LevelPill } from "@/components/shared/level-pill";

function names(people: { name: string }[]) {
  return people.length ? people.map((p) => p.name).join(", ") : "—";
}

function ProjectLink({ link }: { link: ProjectLinkDto }) {
  return (
    <Link href={`/projects/${link.slug}`} className="text-blue-700 underline-offset-2 hover:underline">
      <span className="font-mono">{link.projectId}</span> {link.name}
    </Link>
  );
}

export function ProjectHeader({ project, now }: { project: ProjectDetailDto; now: Date }) {
  return (
    <header className="flex flex-col gap-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/projects" className="text-blue-700 underline-offset-2 hover:underline">
          ← All projects
        </Link>
      </nav>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h1 className="text-2xl font-bold break-words text-slate-900">{project.name}</h1>
        <span className="font-mono text-base text-slate-700">
          <span className="sr-only">Project ID </span>
          {project.projectId}
        </span>
        <ProjectStatusBadge status={project.status} />
      </div>
      {project.status === "archived" ? (
        <p className="rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-sm text-slate-900">
          This project is archived: it stays readable with its history, and takes no more reviews, card edits,
          components or requirements.
        </p>
      ) : null}
      {project.description ? <p className="max-w-prose text-sm text-slate-800">{project.description}</p> : null}

      <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium text-slate-700">System level</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <LevelPill level={project.systemLevel} detail />
            {project.systemLevel !== null ? (
              <span className="text-slate-700">for {formatDuration(project.levelSince, now)}</span>
            ) : null}
          </dd>
          {project.targetLevel !== null ? (
            <>
              <dt className="font-medium text-slate-700">Target</dt>
              <dd className="text-slate-900">
                L{project.targetLevel}
                {project.targetDate ? ` by ${formatDate(project.targetDate)}` : ""}
              </dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-700">Owners</dt>
          <dd className="text-slate-900">{names(project.owners)}</dd>
          <dt className="font-medium text-slate-700">Contributors</dt>
          <dd className="text-slate-900">{names(project.contributors)}</dd>
          <dt className="font-medium text-slate-700">Tags</dt>
          <dd>
            <TagList tags={project.tags} />
          </dd>
          {project.parent ? (
            <>
              <dt className="font-medium text-slate-700">Research track of</dt>
              <dd>
                <ProjectLink link={project.parent} />
              </dd>
            </>
          ) : null}
          {project.researchTracks.length > 0 ? (
            <>
              <dt className="font-medium text-slate-700">Research tracks</dt>
              <dd className="flex flex-col gap-1">
                {project.researchTracks.map((t) => (
                  <ProjectLink key={t.slug} link={t} />
                ))}
              </dd>
            </>
          ) : null}
        </dl>
        <aside
          aria-label="How the system level is set"
          className="self-start rounded-lg border border-slate-300 bg-slate-50 p-3 text-sm text-slate-800"
        >
          <p>
            <strong>The system is at the level of its least mature component:</strong> the lowest level among its active
            components. Archived components do not count.
          </p>
        </aside>
      </div>
    </header>
  );
}
