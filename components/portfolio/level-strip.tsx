import { PHASE_CLASSES } from "@/components/shared/level-pill";
import { phaseOf } from "@/lib/domain/system-level";

/**
 * The component levels of a project in one line: one chip per level with how many active
 * components sit there ("5 ×3"). The projects list's ComponentStrip draws a chip per component,
 * which at fifty rows of ten components made the portfolio page several times heavier; the
 * project page still lists every component by name.
 */
export function LevelStrip({ levels }: { levels: readonly [number, number][] }) {
  if (levels.length === 0) return <span className="small">No active components</span>;
  const label = levels.map(([l, n]) => `${n} at level ${l}`).join(", ");
  return (
    <span className="flex flex-wrap gap-1" role="img" aria-label={`Components: ${label}`}>
      {levels.map(([l, n]) => {
        const phase = phaseOf(l);
        return (
          <span key={l} className={`level-chip ${phase ? PHASE_CLASSES[phase] : "bg-slate-200"}`}>
            {l}
            {n > 1 ? <span className="ml-0.5 font-normal">×{n}</span> : null}
          </span>
        );
      })}
    </span>
  );
}
