"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

export type NavItem = { href: string; label: string };

/** Main navigation; the current section gets aria-current="page". */
export function NavLinks({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="max-sm:-mx-1.5 max-sm:w-[calc(100%+0.75rem)] max-sm:overflow-x-auto">
      {/* One row on a phone (the admin's five items fit); on a narrower screen the row scrolls rather than adding one. */}
      <ul className="flex items-center gap-0.5 sm:gap-1">
        {items.map((item) => {
          const section = item.href.split("/").slice(0, 2).join("/");
          const current = pathname === item.href || pathname.startsWith(`${section}/`) || pathname === section;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cx(
                  "inline-flex min-h-9 items-center whitespace-nowrap rounded-md px-1.5 text-sm font-medium sm:px-3",
                  current ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
