import type { AuthEventRow } from "@/lib/dal/users/read-sign-ins";
import { ColumnHeader, Table, TableHead } from "@/components/ui/table";

const LABELS: Record<string, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
  "auth.sign_in_throttled": "Sign-in refused: too many attempts",
  "auth.sign_in_deactivated": "Sign-in refused: account deactivated",
  "auth.sign_out": "Signed out",
  "auth.password_changed": "Password changed",
  "auth.two_factor_enabled": "Two-factor sign-in turned on",
  "auth.two_factor_disabled": "Two-factor sign-in turned off",
  "auth.two_factor_failed": "Two-factor code refused",
};

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

const COLUMNS = ["When (UTC)", "Who", "What", "Address", "Details"];

function details(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .filter(([, v]) => v !== null && v !== undefined && v !== 0)
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(", ");
}

/** The admin's sign-in log: who, what, when (UTC), from which address; newest first. */
export function AuthEventTable({ rows }: { rows: AuthEventRow[] }) {
  if (rows.length === 0) return <p className="text-slate-700">No sign-in events yet.</p>;
  return (
    <Table
      scroll
      className="min-w-full divide-y divide-slate-200"
      caption="Sign-in and account security events, newest first"
    >
      <TableHead bare className="bg-slate-50 text-slate-700">
        {COLUMNS.map((c) => (
          <ColumnHeader key={c} bare className="px-3 py-2 font-semibold">
            {c}
          </ColumnHeader>
        ))}
      </TableHead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id}>
            <td className="whitespace-nowrap px-3 py-2 text-slate-900">
              <time dateTime={r.createdAt.toISOString()}>{when.format(r.createdAt)}</time>
            </td>
            <td className="px-3 py-2 text-slate-900">
              {r.user ? `${r.user.name} (${r.user.email})` : <span className="text-slate-700">No such account</span>}
            </td>
            <td className="px-3 py-2 text-slate-900">{LABELS[r.action] ?? r.action}</td>
            <td className="whitespace-nowrap px-3 py-2 font-mono text-slate-900">{r.ip ?? "unknown"}</td>
            <td className="px-3 py-2 text-slate-700">{details(r.detail)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
