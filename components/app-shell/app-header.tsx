import Link from "next/link";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { NavLinks, type NavItem } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export type HeaderUser = { name: string; email: string; isAdmin: boolean; unreadNotifications: number };

/** The top bar. Without a user (sign-in page, error pages) it shows only the product name. */
export function AppHeader({ user }: { user: HeaderUser | null }) {
  const items: NavItem[] = user
    ? [
        { href: "/projects", label: "Projects" },
        { href: "/my-reviews", label: "My reviews" },
        { href: "/portfolio", label: "Portfolio" },
        { href: "/analytics", label: "Analytics" },
      ]
    : [];
  if (user?.isAdmin) items.push({ href: "/admin/users", label: "Admin" });
  return (
    <header className="border-b border-slate-200 bg-white">
      {/* On a phone: the name and account on the first row, the navigation on a second (under 100 px in all). */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 sm:py-3">
        <Link
          href={user ? "/projects" : "/sign-in"}
          className="text-lg font-bold tracking-tight text-slate-900 max-sm:order-first"
        >
          MLTRL
        </Link>
        {user ? (
          <>
            <NavLinks items={items} />
            <div className="ml-auto flex items-center gap-3 max-sm:order-first max-sm:-mr-1">
              <NotificationBell unread={user.unreadNotifications} />
              <Link
                href="/account"
                className="max-w-32 truncate text-sm text-slate-700 underline-offset-2 hover:underline sm:max-w-64"
                title={`${user.email}: your account`}
              >
                <span className="sr-only">Signed in as </span>
                {user.name}
              </Link>
              <SignOutButton />
            </div>
          </>
        ) : null}
      </div>
    </header>
  );
}
