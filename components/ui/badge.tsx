import type { ReactNode } from "react";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "blue" | "green" | "amber" | "red";

/** Styles: .badge and .badge-<tone> in app/globals.css. */
export function Badge({
  tone = "neutral",
  children,
  className,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
}) {
  return <span className={cx("badge", `badge-${tone}`, className)}>{children}</span>;
}

// The level pill lives in components/shared/level-pill.tsx (one pill, AA contrast).
