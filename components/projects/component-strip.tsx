import type { ComponentLevelDto } from "@/lib/dal/projects/read-list";
import { claimLabel } from "@/lib/domain/component-entry";
import { phaseOf } from "@/lib/domain/system-level";
import { COMPONENT_KIND_LABELS } from "@/components/shared/labels";
import { PHASE_CLASSES } from "@/components/shared/level-pill";

/** One small numbered chip per active component, lowest level first. */
export function ComponentStrip({ components }: { components: ComponentLevelDto[] }) {
  if (components.length === 0) {
    return <span className="text-sm text-slate-600">No active components</span>;
  }
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Component levels">
      {components.map((c) => {
        const phase = phaseOf(c.level);
        const claim = claimLabel({ claimedLevel: c.claimedLevel ?? null });
        const label = `${c.name} (${COMPONENT_KIND_LABELS[c.kind].toLowerCase()}): level ${c.level}${claim ? `, ${claim}` : ""}`;
        return (
          <li key={c.name} title={label}>
            <span
              aria-hidden="true"
              className={`component-chip ${phase ? PHASE_CLASSES[phase] : "bg-slate-200 text-slate-900"}`}
            >
              {c.level}
            </span>
            {claim ? <span className="ml-0.5 text-xs text-amber-900">{claim}</span> : null}
            <span className="sr-only">{label}</span>
          </li>
        );
      })}
    </ul>
  );
}
