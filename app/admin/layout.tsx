import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";

// Each admin page checks the admin role itself; the layout only adds the section's navigation.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-6">
      <AdminNav />
      {children}
    </div>
  );
}
