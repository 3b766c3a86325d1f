import { phaseOf } from "@/lib/domain/system-level";
import type { Phase } from "@/lib/domain/vocabulary";
import { PHASE_LABELS, levelName } from "./labels";

/**
 * Phase colours from app/globals.css. Text colours are chosen per background for WCAG AA
 * (≥ 4.5:1): white on research red (4.8), near-black on orange (5.7), yellow (6.9) and green (6.1).
 */
export const PHASE_CLASSES: Record<Phase, string> = {
  research: "bg-phase-research text-white",
  prototyping: "bg-phase-prototyping text-slate-950",
  productization: "bg-phase-productization text-slate-950",
  deployment: "bg-phase-deployment text-slate-950",
};

const NO_LEVEL_CLASSES = "border border-slate-400 bg-white text-slate-700";

/**
 * A level as a coloured pill. The number is always visible, so colour is never the only signal;
 * the phase and level name are given to assistive technology and as a tooltip.
 */
export function LevelPill({ level, detail = false }: { level: number | null; detail?: boolean }) {
  const base = "inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-semibold tabular-nums";
  if (level === null) {
    return (
      <span className={`${base} ${NO_LEVEL_CLASSES}`} title="No active components, so no level">
        <span aria-hidden="true">—</span>
        <span className="sr-only">No level</span>
      </span>
    );
  }
  const phase = phaseOf(level);
  const classes = phase ? PHASE_CLASSES[phase] : NO_LEVEL_CLASSES;
  const phaseLabel = phase ? PHASE_LABELS[phase] : "";
  const description = `Level ${level}, ${levelName(level)} (${phaseLabel.toLowerCase()} phase)`;
  return (
    <span className={`${base} ${classes}`} title={description}>
      <span aria-hidden="true">L{level}</span>
      {detail ? <span aria-hidden="true" className="font-medium">· {levelName(level)}</span> : null}
      <span className="sr-only">{description}</span>
    </span>
  );
}
