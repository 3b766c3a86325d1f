import type { ComponentDto } from "@/lib/dal/projects";
import { ScrollRegion } from "@/components/card/scroll-region";
import { Badge } from "@/components/ui/badge";
import { formatDuration } from "./format";
import { COMPONENT_KIND_LABELS } from "./labels";
import { LevelPill } from "./level-pill";

/** Archived components stay visible (greyed, marked in words) but do not set the system level. */
export function ComponentsTable({ components, now }: { components: ComponentDto[]; now: Date }) {
  if (components.length === 0) {
    return <p className="text-sm italic text-slate-700">This project has no components yet, so it has no level.</p>;
  }
  return (
    <ScrollRegion label="Components table">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">Components with their levels and versions</caption>
        <thead>
          <tr className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-600">
            <th scope="col" className="py-2 pr-3 font-semibold">Component</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Kind</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Level</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Code</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Model</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Data</th>
            <th scope="col" className="py-2 font-semibold">Time at level</th>
          </tr>
        </thead>
        <tbody>
          {components.map((c) => {
            const archived = c.status === "archived";
            return (
              <tr key={c.id} className={`border-b border-slate-200 align-top ${archived ? "bg-slate-50 text-slate-600" : "text-slate-900"}`}>
                <th scope="row" className="py-2 pr-3 font-medium">
                  <span className={archived ? "line-through decoration-slate-400" : undefined}>{c.name}</span>
                  {archived ? <> <Badge>Archived</Badge></> : null}
                </th>
                <td className="py-2 pr-3">{COMPONENT_KIND_LABELS[c.kind]}</td>
                <td className={`py-2 pr-3 ${archived ? "opacity-60" : ""}`}><LevelPill level={c.level} /></td>
                <td className="py-2 pr-3 font-mono">{c.codeVersion}</td>
                <td className="py-2 pr-3 font-mono">{c.modelVersion}</td>
                <td className="py-2 pr-3 font-mono">{c.dataVersion}</td>
                <td className="py-2 whitespace-nowrap">{archived ? "—" : formatDuration(c.levelSince, now)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
