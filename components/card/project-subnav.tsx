import Link from "next/link";
import { cx } from "@/components/ui/cx";

export type ProjectTab = "overview" | "card" | "requirements" | "components";

const TABS: { key: ProjectTab; label: string; path: string }[] = [
  { key: "overview", label: "Overview", path: "" },
  { key: "card", label: "TRL Card", path: "/card" },
  { key: "requirements", label: "Requirements", path: "/requirements" },
  { key: "components", label: "Components", path: "/components" },
];

/** The project's own navigation: overview, card, requirements, components. */
export function ProjectSubnav({ slug, current }: { slug: string; current: ProjectTab }) {
  return (
    <nav aria-label="Project" className="print:hidden">
      <ul className="flex flex-wrap gap-1 border-b border-slate-200 pb-2">
        {TABS.map((t) => (
          <li key={t.key}>
            <Link
              href={`/projects/${slug}${t.path}`}
              aria-current={t.key === current ? "page" : undefined}
              className={cx(
                "inline-flex min-h-9 items-center rounded-md px-3 text-sm font-medium",
                t.key === current ? "bg-blue-700 text-white" : "text-slate-700 hover:bg-slate-100",
              )}
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Breadcrumb + title block shared by the project's sub-pages. */
export function ProjectPageHeader({
  slug,
  projectName,
  projectId,
  title,
  current,
  children,
}: {
  slug: string;
  projectName: string;
  projectId: string;
  title: string;
  current: ProjectTab;
  children?: React.ReactNode;
}) {
  return (
    <header className="flex flex-col gap-3">
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <ol className="flex flex-wrap gap-1 text-slate-700">
          <li>
            <Link href="/projects" className="text-blue-700 underline-offset-2 hover:underline">
              Projects
            </Link>{" "}
            /
          </li>
          <li>
            <Link href={`/projects/${slug}`} className="text-blue-700 underline-offset-2 hover:underline">
              {projectName}
            </Link>{" "}
            <span className="font-mono">({projectId})</span>
          </li>
        </ol>
      </nav>
      <ProjectSubnav slug={slug} current={current} />
      <h1 className="text-2xl font-bold break-words text-slate-900">{title}</h1>
      {children}
    </header>
  );
}
