import type { ComponentDto } from "@/lib/dal/projects/read-detail";
import { Badge } from "@/components/ui/badge";
import { ClaimBadge } from "@/components/shared/badges";
import { formatDuration } from "@/components/shared/format";
import { COMPONENT_KIND_LABELS } from "@/components/shared/labels";
import { LevelPill } from "@/components/shared/level-pill";
import { ColumnHeader, RowHeader, Table, TableHead } from "@/components/ui/table";

function timeAtLevel(c: ComponentDto, now: Date) {
  return c.status === "archived" ? "—" : formatDuration(c.levelSince, now);
}

function Name({ c }: { c: ComponentDto }) {
  const archived = c.status === "archived";
  return (
    <>
      <span className={archived ? "line-through decoration-slate-400" : undefined}>{c.name}</span>
      {archived ? (
        <>
          {" "}
          <Badge>Archived</Badge>
        </>
      ) : null}
      {c.claimedLevel !== null ? (
        <>
          {" "}
          <ClaimBadge claimedLevel={c.claimedLevel} />
        </>
      ) : null}
    </>
  );
}

/**
 * Archived components stay visible (greyed, struck through and marked in words) but do not set
 * the system level. A table from the md breakpoint up, a list of cards on phones.
 */
export function ComponentsTable({ components, now }: { components: ComponentDto[]; now: Date }) {
  if (components.length === 0) {
    return <p className="text-sm italic text-slate-700">This project has no components yet, so it has no level.</p>;
  }
  return (
    <>
      <Table className="hidden md:table" caption="Components with their levels and versions">
        <TableHead>
          <ColumnHeader>Component</ColumnHeader>
          <ColumnHeader>Kind</ColumnHeader>
          <ColumnHeader>Level</ColumnHeader>
          <ColumnHeader>Code</ColumnHeader>
          <ColumnHeader>Model</ColumnHeader>
          <ColumnHeader>Data</ColumnHeader>
          <ColumnHeader last>Time at level</ColumnHeader>
        </TableHead>
        <tbody>
          {components.map((c) => {
            const archived = c.status === "archived";
            return (
              <tr
                key={c.id}
                className={`border-b border-slate-200 align-top ${archived ? "bg-slate-100 text-slate-600" : "text-slate-900"}`}
              >
                <RowHeader>
                  <Name c={c} />
                </RowHeader>
                <td className="py-2 pr-3">{COMPONENT_KIND_LABELS[c.kind]}</td>
                <td className="py-2 pr-3">
                  <LevelPill level={c.level} />
                </td>
                <td className="py-2 pr-3 font-mono">{c.codeVersion}</td>
                <td className="py-2 pr-3 font-mono">{c.modelVersion}</td>
                <td className="py-2 pr-3 font-mono">{c.dataVersion}</td>
                <td className="py-2 whitespace-nowrap">{timeAtLevel(c, now)}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>

      <ul className="flex flex-col gap-3 md:hidden" aria-label="Components with their levels and versions">
        {components.map((c) => {
          const archived = c.status === "archived";
          return (
            <li
              key={c.id}
              className={`rounded-lg border border-slate-300 p-3 text-sm ${archived ? "bg-slate-100 text-slate-600" : "bg-white text-slate-900"}`}
            >
              <div className="flex items-start justify-between gap-3">
                <h3 className="min-w-0 font-medium break-words">
                  <Name c={c} />
                </h3>
                <LevelPill level={c.level} />
              </div>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                <dt className="text-slate-600">Kind</dt>
                <dd>{COMPONENT_KIND_LABELS[c.kind]}</dd>
                <dt className="text-slate-600">Code</dt>
                <dd className="font-mono">{c.codeVersion}</dd>
                <dt className="text-slate-600">Model</dt>
                <dd className="font-mono">{c.modelVersion}</dd>
                <dt className="text-slate-600">Data</dt>
                <dd className="font-mono">{c.dataVersion}</dd>
                <dt className="text-slate-600">At level</dt>
                <dd>{timeAtLevel(c, now)}</dd>
              </dl>
            </li>
          );
        })}
      </ul>
    </>
  );
}
