"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useMemo, useTransition, type ReactNode } from "react";

/**
 * Shared by the section editors of one card page: after a save, the page re-reads the card, and
 * until the new revision has arrived no section can be opened for editing. Opening one earlier
 * would start it from the revision before the save, and the next save would then be reported as
 * merged with "changes saved meanwhile" — the user's own.
 */
const CardRefresh = createContext<{ refresh: () => void; refreshing: boolean } | null>(null);

export function CardRefreshProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const value = useMemo(
    () => ({ refresh: () => startTransition(() => router.refresh()), refreshing }),
    [router, refreshing],
  );
  return <CardRefresh.Provider value={value}>{children}</CardRefresh.Provider>;
}

/** Outside a provider (a single editor) this is a plain router.refresh(). */
export function useCardRefresh(): { refresh: () => void; refreshing: boolean } {
  const router = useRouter();
  return useContext(CardRefresh) ?? { refresh: () => router.refresh(), refreshing: false };
}
