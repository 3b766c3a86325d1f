import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireUser } from "@/lib/auth";

// Each admin page checks the admin role itself (and answers 403); the layout only adds the
// section's navigation, and only for admins: others see the refusal, not the admin tabs.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <div className="space-y-6">
      {user.roles.includes("admin") ? <AdminNav /> : null}
      {children}
    </div>
  );
}
