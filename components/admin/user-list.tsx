import { Badge } from "@/components/ui/badge";
import type { UserListItem } from "@/lib/dal/users/admin";
import { EditUserAccessForm } from "./edit-user-access-form";
import { ResetPasswordForm } from "./reset-password-form";
import { ResetTwoFactorButton } from "./reset-two-factor-button";
import { ROLE_LABELS, disciplineLabel } from "./options";

/** One row per user; editing sits in a disclosure so the list stays readable on a phone. */
export function UserList({ users, currentUserId }: { users: readonly UserListItem[]; currentUserId: string }) {
  if (users.length === 0) return <p className="text-slate-700">No users yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {users.map((u) => {
        const isSelf = u.id === currentUserId;
        return (
          <li key={u.id} className="p-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">
                  {u.name}
                  {isSelf ? <span className="ml-2 text-sm font-normal text-slate-500">(you)</span> : null}
                </p>
                <p className="break-all text-sm text-slate-600">{u.email}</p>
              </div>
              <Badge tone={u.active ? "green" : "neutral"}>{u.active ? "Active" : "Deactivated"}</Badge>
            </div>
            <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
              <dt className="text-slate-500">Roles</dt>
              <dd className="flex flex-wrap gap-1">
                {u.roles.length > 0 ? (
                  u.roles.map((r) => (
                    <Badge key={r} tone={r === "admin" ? "blue" : "neutral"}>
                      {ROLE_LABELS[r]}
                    </Badge>
                  ))
                ) : (
                  <span className="text-slate-500">None (read only)</span>
                )}
              </dd>
              <dt className="text-slate-500">Disciplines</dt>
              <dd className="text-slate-800">
                {u.disciplines.length > 0 ? (
                  u.disciplines.map(disciplineLabel).join(", ")
                ) : (
                  <span className="text-slate-500">None</span>
                )}
              </dd>
              <dt className="text-slate-500">Sign-in</dt>
              <dd className="text-slate-800">
                {u.hasPassword ? (u.twoFactor ? "Password and two-factor" : "Password") : "Single sign-on only"}
              </dd>
            </dl>
            <details className="mt-3 group">
              <summary className="inline-flex min-h-9 cursor-pointer items-center text-sm font-medium text-blue-700 underline-offset-2 hover:underline">
                Edit {u.name}
              </summary>
              <div className="mt-3 grid gap-6 border-t border-slate-100 pt-4 lg:grid-cols-[2fr_1fr]">
                <EditUserAccessForm user={u} isSelf={isSelf} />
                <div className="space-y-4">
                  <ResetPasswordForm userId={u.id} email={u.email} />
                  {u.twoFactor && !isSelf ? <ResetTwoFactorButton userId={u.id} name={u.name} /> : null}
                </div>
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
