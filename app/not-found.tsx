import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-semibold text-slate-500">404</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">Page not found</h1>
      <p className="mt-3 text-slate-700">This page does not exist, or it was moved.</p>
      <p className="mt-6">
        <Link href="/projects" className="font-medium text-blue-700 underline underline-offset-2">
          Go to projects
        </Link>
      </p>
    </div>
  );
}
