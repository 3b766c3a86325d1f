import { PHASE_CLASSES } from "@/components/projects/level-pill";
import type { ComponentLevelDto } from "@/lib/dal/projects";
import { phaseOf } from "@/lib/domain/system-level";

/**
 * The component levels of a project in one line: one chip per level with how many active
 * components sit there ("5 ×3"). The projects list's ComponentStrip draws a chip per component,
 * which at fifty rows of ten components made the portfolio page several times heavier; the
 * project page still lists every component by name.
 */
export function LevelStrip({ components }: { components: ComponentLevelDto[] }) {
  if (components.length === 0) return <span className="text-xs text-slate-700">No active components</span>;
  const counts = new Map<number, number>();
  for (const c of components) counts.set(c.level, (counts.get(c.level) ?? 0) + 1);
  const levels = [...counts.entries()].sort((a, b) => a[0] - b[0]);
  const label = levels.map(([l, n]) => `${n} at level ${l}`).join(", ");
  return (
    <span className="flex flex-wrap gap-1" role="img" aria-label={`Components: ${label}`}>
      {levels.map(([l, n]) => {
        const phase = phaseOf(l);
        return (
          <span key={l} className={`inline-flex h-5 items-center rounded px-1 text-xs font-semibold tabular-nums ${phase ? PHASE_CLASSES[phase] : "bg-slate-200"}`}>
            {l}
            {n > 1 ? <span className="ml-0.5 font-normal">×{n}</span> : null}
          </span>
        );
      })}
    </span>
  );
}
