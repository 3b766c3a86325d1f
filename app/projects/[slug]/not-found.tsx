import Link from "next/link";

export default function ProjectNotFound() {
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-bold text-slate-900">Project not found</h1>
      <p className="text-sm text-slate-800">There is no project at this address. It may have been renamed.</p>
      <p className="text-sm">
        <Link href="/projects" className="text-blue-700 underline">
          Back to all projects
        </Link>
      </p>
    </div>
  );
}
