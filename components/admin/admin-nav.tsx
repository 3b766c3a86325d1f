"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/levels", label: "Level definitions" },
  { href: "/admin/ethics", label: "Ethics checklist" },
  { href: "/admin/sign-ins", label: "Sign-in log" },
  { href: "/admin/webhooks", label: "Webhooks" },
];

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Administration" className="border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-4">
        {ITEMS.map((item) => {
          const current = pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block whitespace-nowrap border-b-2 px-1 py-2 text-sm font-medium ${current ? "border-slate-900 text-slate-900" : "border-transparent text-slate-700 hover:text-slate-900"}`}
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
