import type { ReactNode } from "react";
import type { Phase } from "@/lib/domain/vocabulary";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "blue" | "green" | "amber" | "red";

const TONES: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  blue: "bg-blue-50 text-blue-800 ring-blue-200",
  green: "bg-green-50 text-green-800 ring-green-200",
  amber: "bg-amber-50 text-amber-900 ring-amber-200",
  red: "bg-red-50 text-red-800 ring-red-200",
};

export function Badge({ tone = "neutral", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return (
    <span className={cx("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", TONES[tone], className)}>
      {children}
    </span>
  );
}

/** Phase colours of the paper's level figure (theme tokens in app/globals.css). */
const PHASE_CLASSES: Record<Phase, string> = {
  research: "bg-phase-research text-white",
  prototyping: "bg-phase-prototyping text-white",
  productization: "bg-phase-productization text-slate-950",
  deployment: "bg-phase-deployment text-white",
};

/**
 * "L4" in the colour of its phase; `level` null renders "—" (a project without components). The
 * phase is passed in (lib/domain/system-level `phaseOf`) so this stays a dumb view.
 */
export function LevelPill({ level, phase, className }: { level: number | null; phase: Phase | null; className?: string }) {
  if (level === null || phase === null) {
    return (
      <span className={cx("inline-flex min-w-9 items-center justify-center rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-700", className)} aria-label="No level">
        —
      </span>
    );
  }
  return (
    <span
      className={cx("inline-flex min-w-9 items-center justify-center rounded-full px-2 py-0.5 text-xs font-semibold", PHASE_CLASSES[phase], className)}
      aria-label={`Level ${level} (${phase})`}
    >
      L{level}
    </span>
  );
}
