import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { AuthEventTable } from "@/components/admin/auth-event-table";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth";
import { listAuthEvents } from "@/lib/dal/users/read-sign-ins";
import { formatNumber } from "@/components/shared/format";

export const metadata: Metadata = { title: "Sign-in log" };

export default async function AdminSignInsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireUser();
  const raw = (await searchParams).page;
  const requested = Number(Array.isArray(raw) ? raw[0] : raw);
  const events = await listAuthEvents(viewer, Number.isInteger(requested) && requested > 0 ? requested : 1);
  if (!events.ok) forbidden();
  const { rows, page, pageCount, total } = events.value;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Sign-in log</h1>
        <p className="mt-1 text-slate-700">
          Sign-ins, failed and refused attempts, sign-outs, password and two-factor changes ({formatNumber(total)}{" "}
          events), newest first. Failed attempts for an email that has no account show “No such account”.
        </p>
      </div>
      <AuthEventTable rows={rows} />
      <Pagination page={page} pageCount={pageCount} href={(n) => `/admin/sign-ins?page=${n}`} firstLast />
    </div>
  );
}
