import { phaseOf } from "@/lib/domain/system-level";
import type { Phase } from "@/lib/domain/vocabulary";
import { PHASE_LABELS, levelName } from "./labels";

/**
 * Phase colours (.phase-* in app/globals.css). Text colours are chosen per background for WCAG AA
 * (≥ 4.5:1): white on research red (4.8), near-black on orange (5.7), yellow (6.9) and green (6.1).
 */
export const PHASE_CLASSES: Record<Phase, string> = {
  research: "phase-research",
  prototyping: "phase-prototyping",
  productization: "phase-productization",
  deployment: "phase-deployment",
};

const NO_LEVEL_CLASSES = "phase-none";

/**
 * A level as a coloured pill. The number is always visible, so colour is never the only signal;
 * the phase and level name are given to assistive technology and as a tooltip.
 */
export function LevelPill({ level, detail = false }: { level: number | null; detail?: boolean }) {
  const base = "level-pill";
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
      {detail ? (
        <span aria-hidden="true" className="font-medium">
          · {levelName(level)}
        </span>
      ) : null}
      <span className="sr-only">{description}</span>
    </span>
  );
}
