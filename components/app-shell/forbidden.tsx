import Link from "next/link";

/**
 * The body of the 403 pages (the forbidden.tsx files under app/, rendered by forbidden() from next/navigation
 * with experimental.authInterrupts, so the response really answers 403).
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
