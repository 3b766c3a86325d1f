import Link from "next/link";

/**
 * The "403" page body for signed-in users who may not see a page (Next's forbidden() needs an
 * experimental flag, so pages render this instead). The reason comes from lib/domain/permissions.
 */
export function Forbidden({ reason }: { reason: string }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-semibold text-slate-500">403 — Not allowed</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">You do not have access to this page</h1>
      <p className="mt-3 text-slate-700">{reason}</p>
      <p className="mt-6">
        <Link href="/projects" className="font-medium text-blue-700 underline underline-offset-2">
          Back to projects
        </Link>
      </p>
    </div>
  );
}
