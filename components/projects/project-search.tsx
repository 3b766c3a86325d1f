import Link from "next/link";
import { INCLUDE_STOPPED_PARAM } from "@/lib/search-params/search-params";

/** Plain GET form: works without JavaScript and keeps the filter in the URL (?q=&mine=1&archived=1&stopped=1). */
export function ProjectSearch({
  query,
  mine,
  archived,
  stopped,
}: {
  query: string;
  mine: boolean;
  archived: boolean;
  stopped: boolean;
}) {
  return (
    <form role="search" method="get" action="/projects" className="flex flex-wrap items-end gap-2">
      <div className="flex min-w-0 flex-1 flex-col gap-1 sm:max-w-sm">
        <label htmlFor="project-search" className="text-sm font-medium text-slate-800">
          Filter by name, slug, tag or ID
        </label>
        <input
          id="project-search"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={100}
          placeholder="e.g. vision, R02"
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500"
        />
      </div>
      <label htmlFor="project-mine" className="flex min-h-10 items-center gap-2 text-sm text-slate-900">
        <input id="project-mine" type="checkbox" name="mine" value="1" defaultChecked={mine} className="size-4" />
        My projects
      </label>
      <label htmlFor="project-archived" className="flex min-h-10 items-center gap-2 text-sm text-slate-900">
        <input
          id="project-archived"
          type="checkbox"
          name="archived"
          value="1"
          defaultChecked={archived}
          className="size-4"
        />
        Include archived
      </label>
      <label htmlFor="project-stopped" className="flex min-h-10 items-center gap-2 text-sm text-slate-900">
        <input
          id="project-stopped"
          type="checkbox"
          name={INCLUDE_STOPPED_PARAM}
          value="1"
          defaultChecked={stopped}
          className="size-4"
        />
        Include stopped projects
      </label>
      <button
        type="submit"
        className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700"
      >
        Filter
      </button>
      {query || mine || archived || stopped ? (
        <Link href="/projects" className="px-2 py-2 text-sm text-blue-700 underline hover:text-blue-900">
          Clear filter
        </Link>
      ) : null}
    </form>
  );
}
