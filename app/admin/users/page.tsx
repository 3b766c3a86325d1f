import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { TwoFactorPolicyForm } from "@/components/admin/two-factor-policy-form";
import { UserList } from "@/components/admin/user-list";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { getTwoFactorPolicy } from "@/lib/auth/two-factor-requirement";
import { listUsers } from "@/lib/dal/users/admin";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage() {
  const viewer = await requireUser();
  const users = await listUsers(viewer);
  if (!users.ok) forbidden();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Users</h1>
        <p className="mt-1 text-slate-700">
          Create accounts, set roles and review disciplines, deactivate people who left. Single sign-on users must be
          created here first; they sign in with the same email address.
        </p>
      </div>
      <Card title="Create a user">
        <CreateUserForm />
      </Card>
      <Card title="Sign-in security">
        <TwoFactorPolicyForm requireForAdminsAndManagers={(await getTwoFactorPolicy()).requireForAdminsAndManagers} />
      </Card>
      <section aria-labelledby="all-users">
        <h2 id="all-users" className="mb-3 text-lg font-semibold text-slate-900">
          All users ({users.value.length})
        </h2>
        <UserList users={users.value} currentUserId={viewer.id} />
      </section>
    </div>
  );
}
