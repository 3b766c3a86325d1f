import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppHeader, type HeaderUser } from "@/components/app-shell/app-header";
import { getSessionUser } from "@/lib/auth";
import { getUnreadCount } from "@/lib/dal/notifications/inbox";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "MLTRL", template: "%s · MLTRL" },
  description: "Gated reviews for machine-learning systems, following the MLTRL framework.",
  // Files in public/: the favicon is found by browsers at /favicon.ico on their own.
  icons: { icon: [{ url: "/icon.svg", type: "image/svg+xml" }], apple: "/icon-192.png" },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f172a" };

/** The header needs a name, one flag and the bell's count; a failed session check must not break every page. */
async function headerUser(): Promise<HeaderUser | null> {
  try {
    const user = await getSessionUser();
    if (!user) return null;
    // getUnreadCount answers 0 on a database error itself, so the bell never breaks the page.
    const unreadNotifications = await getUnreadCount();
    return { name: user.name, email: user.email, isAdmin: user.roles.includes("admin"), unreadNotifications };
  } catch {
    return null; // the page's own requireUser() surfaces the error through app/error.tsx
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await headerUser();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          Skip to main content
        </a>
        <AppHeader user={user} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
